package com.frontdesk.cli;

import static com.frontdesk.testsupport.CommandLineRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.Workstation;
import com.frontdesk.core.Messages;
import com.frontdesk.db.DataDirectory;
import com.frontdesk.testsupport.CommandLineGlobals;
import com.frontdesk.testsupport.CommandLineRun;
import com.frontdesk.testsupport.MutableClock;
import com.frontdesk.testsupport.SqlRows;
import com.frontdesk.testsupport.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench} as a developer runs it: a small generated site in a new folder, every operation
 * in the table, the folder reused on a second run, and no real site ever touched.
 */
@ExtendWith(CommandLineGlobals.class)
class BenchCommandTest {
    private static final Messages ENGLISH = new Messages(Messages.ENGLISH);
    /** Every operation the visitors section must time; a row that disappears fails here. */
    private static final List<String> OPERATIONS = List.of(
            "on-site list, first page",
            "waiting list, first page",
            "history, first page",
            "history, next page (keyset)",
            "history by purpose (interview)",
            "history by status (turned away)",
            "history by host room",
            "history by date range (a week)",
            "history by purpose and dates (a month)",
            "history by purpose and outcome (sales, checked out)",
            "history by purpose and outcome (visit, waiting)",
            "history search: visit number",
            "history search: last 4 digits of a phone",
            "history search: whole phone (daily courier)",
            "history search: plate",
            "history search: surname (王)",
            "history search: full name",
            "returning visitor by phone (daily courier)",
            "visitor by phone (new, no match)",
            "returning visitor by name",
            "count on site",
            "count passes out",
            "passes out (list)",
            "everyone inside (roll call)",
            "check-in, saved",
            "check-out by number, saved",
            "parcels history, first page",
            "parcels held, first page",
            "repairs open, first page",
            "complaints open, first page",
            "parcel received, saved",
            "search: 3+ characters (name, tracking, words)",
            "search: 2 characters (a 2-character name)",
            "search: phone tail (4 digits)",
            "search: number (visit, parcel, repair, complaint)",
            "search: 1 character (a surname)");
    /** Operations printed beside their naive baseline. */
    private static final List<String> WITH_BASELINE = List.of(
            "history, first page",
            "parcels history, first page",
            "repairs open, first page",
            "search: 2 characters (a 2-character name)",
            "search: phone tail (4 digits)");
    private static final int VISITS = 5000;
    /** A thousandth of the five busy years: 300 parcels, 50 repairs, 10 complaints, the demo's occupants. */
    private static final String SCALE = "0.001";
    private static final int RUNS = 3;
    /** --runs 3 gives 3 warm-up runs: each run of the check-in saves one visit. */
    private static final int SAVED_PER_BENCH = RUNS + 3;

    @TempDir
    Path temp;

    @Test
    void benchGeneratesTheVisitsTimesEveryOperationAndReusesItsFolder() {
        Path d = temp.resolve("bench");

        CommandLineRun first = run("bench", "--data-dir", d.toString(), "--visits", String.valueOf(VISITS),
                "--scale", SCALE, "--runs", String.valueOf(RUNS));

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.stdout()).contains("Generated 5,000 visits", "parcels (and their deposits", "repairs in",
                "complaints, praise and suggestions", "The search index holds");
        assertThat(SqlRows.count(d.resolve(DataDirectory.DATABASE_FILE), "parcel")).isGreaterThanOrEqualTo(300);
        assertThat(SqlRows.count(d.resolve(DataDirectory.DATABASE_FILE), "repair")).isGreaterThanOrEqualTo(50);
        assertTable(first.stdout());
        Path db = d.resolve(DataDirectory.DATABASE_FILE);
        assertThat(SqlRows.count(db, "visit")).isEqualTo(VISITS + SAVED_PER_BENCH);
        // What bench checked in it checked out again: the on-site list is as generated.
        assertThat(SqlRows.query(db, "SELECT count(*) AS n FROM visit WHERE visitor_name LIKE '测试访客%'"
                + " AND status <> 'CHECKED_OUT'").get(0).get("n")).isEqualTo(0);
        // Generated, not history: no audit or outbox entries for the visits.
        assertThat(SqlRows.query(db, "SELECT count(*) AS n FROM outbox WHERE entity = 'visit'").get(0).get("n"))
                .isEqualTo(SAVED_PER_BENCH * 2);

        CommandLineRun again = run("bench", "--data-dir", d.toString(), "--visits", String.valueOf(VISITS),
                "--scale", SCALE, "--runs", String.valueOf(RUNS), "--plans");

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.stdout()).contains("Reusing the bench site").doesNotContain("Generated");
        assertTable(again.stdout());
        assertThat(SqlRows.count(db, "visit")).isEqualTo(VISITS + 2 * SAVED_PER_BENCH);
        assertThat(again.stdout()).contains("EXPLAIN QUERY PLAN", "USING INDEX visit_by_status",
                "USING INDEX visit_by_time", "USING INDEX visit_by_purpose", "USING INDEX visit_by_host_room",
                "FROM search_short f CROSS JOIN search_doc d", "FROM search_fts f CROSS JOIN search_doc d",
                "SCAN f VIRTUAL TABLE INDEX");

        CommandLineRun other = run("bench", "--data-dir", d.toString(), "--visits", "6000", "--runs", "1");

        assertThat(other.exitCode()).isEqualTo(1);
        assertThat(other.err())
                .contains(ENGLISH.get("cli.benchOtherRun", new DataDirectory(d).root().toString(), "5000", "42"));
        assertThat(SqlRows.count(db, "visit")).isEqualTo(VISITS + 2 * SAVED_PER_BENCH);
    }

    @Test
    void benchRefusesAFolderThatHoldsARealSiteAndChangesNothing() {
        Path d = temp.resolve("real-site");
        try (Workstation ws = Workstation.open(new DataDirectory(d), MutableClock.standard())) {
            TestSites.setUp(ws);
        }
        Path db = d.resolve(DataDirectory.DATABASE_FILE);
        Map<String, List<String>> before = SqlRows.snapshot(db);

        CommandLineRun run = run("bench", "--data-dir", d.toString(), "--visits", "100", "--runs", "1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(ENGLISH.get("cli.benchFolderInUse", new DataDirectory(d).root().toString()));
        assertThat(SqlRows.snapshot(db)).isEqualTo(before);
        assertThat(d.resolve(BenchCommand.MARKER)).doesNotExist();
    }

    @Test
    void benchRefusesAFolderWithOtherFilesAndLeavesThemAlone() throws IOException {
        Path d = Files.createDirectories(temp.resolve("papers"));
        Files.writeString(d.resolve("notes.txt"), "keep me");

        CommandLineRun run = run("bench", "--data-dir", d.toString(), "--visits", "100", "--runs", "1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(ENGLISH.get("cli.benchFolderInUse", new DataDirectory(d).root().toString()));
        try (var files = Files.list(d)) {
            assertThat(files).containsExactly(d.resolve("notes.txt"));
        }
    }

    @Test
    void benchNeedsAnExplicitDataFolder() {
        CommandLineRun run = run("bench", "--visits", "100", "--runs", "1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(ENGLISH.get("cli.benchNeedsDataDir"));
    }

    private static void assertTable(String out) {
        assertThat(out).contains("operation", "median ms", "p95 ms", "target", "naive ms", "faster", "result");
        for (String operation : OPERATIONS) {
            String naive = WITH_BASELINE.contains(operation) ? "\\d+\\.\\d\\d +\\d+x" : "(\\d+\\.\\d\\d +\\d+x|- +-)";
            Pattern row = Pattern.compile("(?m)^" + Pattern.quote(operation)
                    + " +\\d+ +\\d+\\.\\d\\d +\\d+\\.\\d\\d +\\d+ ms +" + naive + " +(ok|FAIL)$");
            assertThat(row.matcher(out).find()).as("a table row for \"%s\" in%n%s", operation, out).isTrue();
        }
    }
}
