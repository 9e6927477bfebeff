package com.frontdesk.repairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frontdesk.core.Problem;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.core.ValidationException;
import com.frontdesk.testsupport.SqlRows;
import com.frontdesk.visitors.JobSize;
import com.frontdesk.visitors.Purpose;
import com.frontdesk.visitors.Verification;
import com.frontdesk.visitors.Visit;
import com.frontdesk.visitors.VisitForm;
import org.junit.jupiter.api.Test;

/** A contractor's visit in the register linked to the repair it serves. */
class RepairVisitLinkTest extends RepairTestBase {

    @Test
    void aContractorsVisitIsLinkedOnceAndFoundFromBothSides() {
        Repair r = inStatus(RepairStatus.IN_PROGRESS);
        Visit fitter = site.ws().visitors().checkIn(desk, VisitForm.of("奥的斯陈工", Purpose.CONTRACTOR, room.id(),
                Verification.CONFIRMED).withContractor(JobSize.SMALL, "工程部李师傅电话确认", null));

        RepairVisitLink link = repairs.linkVisit(desk, r.id(), fitter.id());

        assertThat(link.repairId()).isEqualTo(r.id());
        assertThat(link.visitId()).isEqualTo(fitter.id());
        assertThat(link.linkedBy()).isEqualTo(desk.user().id());
        assertThat(repairs.linkVisit(agent, r.id(), fitter.id())).as("a second link changes nothing").isEqualTo(link);
        assertThat(repairs.detail(r.id())).hasValueSatisfying(d -> assertThat(d.visits()).containsExactly(link));
        assertThat(repairs.repairsOfVisit(fitter.id())).containsExactly(r.id());
        assertThat(SqlRows.query(site.db(), "SELECT count(*) AS n FROM audit_log WHERE entity = 'repair_visit'"))
                .singleElement().satisfies(row -> assertThat(row.get("n")).isEqualTo(1));
    }

    @Test
    void onlyAContractorsVisitThatExistsIsLinked() {
        Repair r = taken(RepairPriority.NORMAL);
        Visit guest = site.ws().visitors().checkIn(desk, VisitForm.of("访客", Purpose.VISIT, room.id(),
                Verification.CONFIRMED).withHost(room.id(), zhang.id(), null));

        assertThatThrownBy(() -> repairs.linkVisit(desk, r.id(), guest.id()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::key).containsExactly("repair.visitNotContractor"));
        assertThatThrownBy(() -> repairs.linkVisit(desk, r.id(), "no-such-visit"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::key).containsExactly("repair.visitNotFound"));
        assertThatThrownBy(() -> repairs.linkVisit(desk, "no-such-repair", guest.id()))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key())
                        .isEqualTo("error.notFound"));
        assertThat(SqlRows.count(site.db(), "repair_visit")).isZero();
    }
}
