package com.frontdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.Workstation;
import com.frontdesk.testsupport.OpenWorkstation;
import com.frontdesk.testsupport.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The audit log is read by shift leads: staff phones appear there masked, never whole. */
class PersonalDataAuditTest {
    @RegisterExtension
    final OpenWorkstation site = OpenWorkstation.withSite();

    @Test
    void phonesAreMaskedInTheAuditLogButComparedWholeAndSentWholeToTheOutbox() {
        Workstation ws = site.ws();
        Session admin = site.admin();
        StaffMember desk = TestSites.addStaff(ws, admin, "R001", "张丽", Role.RECEPTIONIST, "desk2026");
        ws.accounts().updateStaff(admin, desk.id(), desk.name(), desk.role(), "13900003333", true);

        String created = auditChanges(desk.id(), "CREATE");
        String updated = auditChanges(desk.id(), "UPDATE");
        assertThat(created).contains("139****2222").doesNotContain("13900002222");
        assertThat(updated).contains("139****2222", "139****3333")
                .doesNotContain("13900002222", "13900003333");
        String outbox = ws.store().read(h -> h.createQuery(
                "SELECT payload FROM outbox WHERE entity_id = :id ORDER BY seq DESC LIMIT 1")
                .bind("id", desk.id()).mapTo(String.class).one());
        assertThat(outbox).contains("13900003333");
    }

    private String auditChanges(String id, String action) {
        return site.ws().store().read(h -> h.createQuery(
                "SELECT changes FROM audit_log WHERE entity_id = :id AND action = :action")
                .bind("id", id).bind("action", action).mapTo(String.class).one());
    }
}
