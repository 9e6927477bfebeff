package com.frontdesk.handover;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.Launcher;
import com.frontdesk.testsupport.SqlRows;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tamper evidence: a row changed with plain SQL behind the program's back is found by
 * {@code verify()} and by {@code verify-handovers}, which names it. A determined tamperer drops the
 * database's guard triggers first, as these tests do.
 */
class HandoverChainTest extends HandoverTestBase {
    private Locale defaultLocale;
    private String logsProperty;

    @BeforeEach
    void englishMessages() {
        defaultLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        logsProperty = System.getProperty("frontdesk.logs");
    }

    @AfterEach
    void restoreGlobals() {
        Locale.setDefault(defaultLocale);
        if (logsProperty == null) {
            System.clearProperty("frontdesk.logs");
        } else {
            System.setProperty("frontdesk.logs", logsProperty);
        }
    }

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

        String[] ok = run("verify-handovers", "--data-dir", dir);
        assertThat(ok[0]).isEqualTo("0");
        assertThat(ok[1]).contains("All 2 signed handovers match");

        untriggered("UPDATE handover_item SET counted = 10 WHERE code = 'UMBRELLAS' AND handover_id = '" + b.id() + "'");
        String[] bad = run("verify-handovers", "--data-dir", dir);

        assertThat(bad[0]).isEqualTo("1");
        assertThat(bad[2]).contains("Handover " + b.number() + " (desk LOBBY): its counts, lines, notes or header"
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

    /** Exit code, what went to System.out, and picocli's error writer. */
    private static String[] run(String... args) {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int code;
        try (PrintStream capture = new PrintStream(stdout, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            code = Launcher.commandLine().setOut(new PrintWriter(new StringWriter(), true))
                    .setErr(new PrintWriter(err, true)).execute(args);
        } finally {
            System.setOut(original);
        }
        return new String[] {Integer.toString(code), stdout.toString(StandardCharsets.UTF_8), err.toString()};
    }
}
