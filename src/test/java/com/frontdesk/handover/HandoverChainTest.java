package com.frontdesk.handover;

import static com.frontdesk.testsupport.CommandLineRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.testsupport.CommandLineGlobals;
import com.frontdesk.testsupport.CommandLineRun;
import com.frontdesk.testsupport.SqlRows;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tamper evidence: a row changed with plain SQL behind the program's back is found by
 * {@code verify()} and by {@code verify-handovers}, which names it. A determined tamperer drops the
 * database's guard triggers first, as these tests do.
 */
@ExtendWith(CommandLineGlobals.class)
class HandoverChainTest extends HandoverTestBase {
    @Test
    void threeHandoversOfADeskFormAChain() {
        Handover a = fullySigned();
        Handover b = fullySigned();
        Handover c = fullySigned();

        assertThat(a.previousSha256()).isNull();
        assertThat(b.previousNumber()).isEqualTo(a.number());
        assertThat(b.previousSha256()).isEqualTo(a.sealSha256());
        assertThat(c.previousNumber()).isEqualTo(b.number());
        assertThat(c.previousSha256()).isEqualTo(b.sealSha256());
        assertThat(handovers.verify(LOBBY)).isEmpty();
        assertThat(handovers.verifyAll()).isEmpty();
    }

    @Test
    void aCountChangedWithSqlIsFoundAndNamed() {
        fullySigned();
        Handover b = fullySigned();
        fullySigned();
        untriggered("UPDATE handover_item SET counted = 10 WHERE code = 'UMBRELLAS' AND handover_id = '" + b.id() + "'");

        assertThat(handovers.verify(LOBBY)).containsExactly(
                new HandoverFlaw(b.number(), LOBBY, HandoverFlaw.Kind.CONTENT_CHANGED, null));
        assertThat(handovers.verify("SERVICE")).isEmpty();
    }

    @Test
    void aRewrittenSealBreaksTheChainAtTheNextHandover() {
        fullySigned();
        Handover b = fullySigned();
        Handover c = fullySigned();
        untriggered("UPDATE handover SET outgoing_name = '别人', seal_sha256 = 'abc' WHERE id = '" + b.id() + "'");

        assertThat(handovers.verifyAll()).containsExactly(
                new HandoverFlaw(b.number(), LOBBY, HandoverFlaw.Kind.CONTENT_CHANGED, null),
                new HandoverFlaw(b.number(), LOBBY, HandoverFlaw.Kind.SIGNATURES_CHANGED, null),
                new HandoverFlaw(c.number(), LOBBY, HandoverFlaw.Kind.CHAIN_BROKEN, b.number()));
    }

    @Test
    void aChangedCountersignatureIsFound() {
        Handover a = fullySigned();
        SqlRows.execute(site.db(), "UPDATE handover SET lead_name = '王班长' WHERE id = '" + a.id() + "'");

        assertThat(handovers.verifyAll()).containsExactly(
                new HandoverFlaw(a.number(), LOBBY, HandoverFlaw.Kind.SIGNATURES_CHANGED, null));
    }

    @Test
    void aHandoverDeletedFromTheMiddleIsFound() {
        fullySigned();
        Handover b = fullySigned();
        Handover c = fullySigned();
        untriggered("DELETE FROM handover WHERE id = '" + b.id() + "'");

        assertThat(handovers.verifyAll()).containsExactly(
                new HandoverFlaw(c.number(), LOBBY, HandoverFlaw.Kind.CHAIN_BROKEN, b.number()));
    }

    @Test
    void aDeletedLineOrShownNoteIsFound() {
        Handover h = handovers.start(outgoing, LOBBY, DAY);
        countAllAsExpected(h);
        handovers.addNote(outgoing, h.id(), "前台抽屉钥匙在班长处", NotePriority.NORMAL);
        handovers.signOutgoing(outgoing, h.id(), pw());
        assertThat(handovers.verifyAll()).isEmpty();

        untriggered("DELETE FROM handover_shown_note");

        assertThat(handovers.verifyAll()).extracting(HandoverFlaw::kind)
                .containsExactly(HandoverFlaw.Kind.CONTENT_CHANGED);
    }

    @Test
    void theCommandLineSaysAllIsWellOrNamesEachChangedHandoverAndExitsOne() {
        fullySigned();
        Handover b = fullySigned();
        String dir = site.root().toString();
        site.ws().close();

        CommandLineRun ok = run("verify-handovers", "--data-dir", dir);
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.stdout()).contains("All 2 signed handovers match");

        untriggered("UPDATE handover_item SET counted = 10 WHERE code = 'UMBRELLAS' AND handover_id = '" + b.id() + "'");
        CommandLineRun bad = run("verify-handovers", "--data-dir", dir);

        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("Handover " + b.number() + " (desk LOBBY): its counts, lines, notes or header"
                + " were changed after the outgoing signature").contains("1 handover(s) were changed");
        site.reopen();
    }

    /** The guard triggers stop careless SQL; someone set on tampering drops them, and is still found. */
    private void untriggered(String sql) {
        for (String trigger : List.of("handover_item_sealed_update", "handover_no_delete", "handover_sealed_update",
                "handover_shown_note_fixed")) {
            SqlRows.execute(site.db(), "DROP TRIGGER IF EXISTS " + trigger);
        }
        SqlRows.execute(site.db(), sql);
    }
}
