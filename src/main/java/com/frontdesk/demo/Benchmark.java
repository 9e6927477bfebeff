package com.frontdesk.demo;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.AccessControl;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.Ids;
import com.frontdesk.core.Store;
import com.frontdesk.db.Database;
import com.frontdesk.directory.DirectoryService;
import com.frontdesk.search.SearchResults;
import com.frontdesk.search.SearchService;
import com.frontdesk.settings.SiteSecrets;
import com.frontdesk.visitors.VisitorRules;
import com.frontdesk.visitors.VisitorService;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.Binding;
import org.jdbi.v3.core.statement.ParsedParameters;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The benchmark behind the {@code bench} command: a site generated at scale, then each
 * operation the desk waits for timed through the public services, after warm-up runs, as the
 * median and the 95th percentile. Each module is a {@link Section}: it generates its records and
 * names its operations; visitors come first, parcels, repairs and search join later.
 */
public final class Benchmark {
    /** The first page of any list must show within this (issue 4: "first page under 50 ms"). */
    public static final long PAGE_TARGET_MS = 50;
    /** Look-ups and counts the desk waits for: the same bar as a page. */
    public static final long READ_TARGET_MS = 50;
    /** A save the desk waits for, including the durable commit (synchronous=FULL). */
    public static final long WRITE_TARGET_MS = 100;

    /** A search answers within this at the 95th percentile (issue 11), on the whole five years. */
    public static final long SEARCH_TARGET_MS = 20;
    /** ... and at least this many times faster than the naive LIKE scan of the same data (issue 11). */
    public static final double SEARCH_MIN_SPEEDUP = 30;

    /**
     * What to generate and how to measure. {@code scale} sizes everything but the visits (parcels,
     * repairs, complaints, occupants) against the five busy years of issue 11: 1 is the real size.
     */
    public record Options(int visits, long seed, int runs, int warmUp, double scale) {
        public Options {
            if (visits < 0 || runs < 1 || warmUp < 0 || !(scale > 0)) {
                throw new IllegalArgumentException("visits " + visits + ", runs " + runs + ", warm-up " + warmUp
                        + ", scale " + scale);
            }
        }

        public Options(int visits, long seed, int runs, int warmUp) {
            this(visits, seed, runs, warmUp, 1.0);
        }

        /** A count of the real size, scaled (at least 1). */
        public int scaled(int atFullSize) {
            return (int) Math.max(1, Math.round(atFullSize * scale));
        }

        /** Timed runs of a naive baseline: a tenth of the runs, at least 3 (a scan of millions of rows takes a while). */
        public int baselineRuns() {
            return Math.max(3, runs / 10);
        }

        /** A fifth of the runs, at least three, run first and not counted: the JIT and the OS cache warm up. */
        public static int warmUpFor(int runs) {
            return Math.max(3, runs / 5);
        }
    }

    /** The services an operation calls, and the desk's session for writes. */
    public record Services(Workstation ws, VisitorService visitors, SearchService search, Session desk,
                           ZoneId zone) {
    }

    /**
     * One thing the desk waits for. Writes are timed but not explained with {@code --plans}. A
     * {@code baseline} is the naive way to the same answer (a LIKE scan, a list without its index),
     * timed in the same run and printed beside it; {@code minSpeedup} &gt; 0 makes the speed-up part
     * of the verdict.
     */
    public record Operation(String name, long targetMillis, boolean write, Action action, Action baseline,
                            double minSpeedup) {
        public static Operation read(String name, long targetMillis, Action action) {
            return new Operation(name, targetMillis, false, action, null, 0);
        }

        public static Operation write(String name, long targetMillis, Action action) {
            return new Operation(name, targetMillis, true, action, null, 0);
        }

        public Operation against(Action naive) {
            return new Operation(name, targetMillis, write, action, naive, minSpeedup);
        }

        public Operation atLeastFaster(double times) {
            return new Operation(name, targetMillis, write, action, baseline, times);
        }
    }

    @FunctionalInterface
    public interface Action {
        /** Runs the operation once; the result is counted as rows (a list's size, 1 for a record or a number). */
        Object run(Services services);
    }

    /** A module's part of the benchmark. */
    public interface Section {
        String title();

        /** Fills a freshly made bench site with this module's generated records. */
        void generate(Workstation ws, Options options, PrintStream out);

        /** A line under the title: what the data holds. */
        String describe(Options options);

        /** The operations to time; they may read the data first to pick realistic subjects (a busy room, a regular's phone). */
        List<Operation> operations(Services services);
    }

    /** One row of the table; {@code naiveMedianMs} is NaN without a baseline. */
    public record Result(String operation, int rows, double medianMs, double p95Ms, long targetMs,
                         double naiveMedianMs, double minSpeedup) {
        public Result(String operation, int rows, double medianMs, double p95Ms, long targetMs) {
            this(operation, rows, medianMs, p95Ms, targetMs, Double.NaN, 0);
        }

        /** How many times faster than the naive way (medians), NaN without a baseline. */
        public double speedup() {
            return naiveMedianMs / Math.max(medianMs, 0.001);
        }

        public boolean ok() {
            return p95Ms <= targetMs && (minSpeedup <= 0 || speedup() >= minSpeedup);
        }
    }

    private Benchmark() {
    }

    /** Every section, in the order the table shows them. */
    public static List<Section> sections() {
        return List.of(new SiteAtScale(), new VisitorsBenchmark(), new SearchBenchmark());
    }

    /** The demo site (staff, directory, passes) without its visits: the sections generate their own. */
    public static void createSite(Workstation ws) {
        new DemoData(ws).createSite();
    }

    /** The receptionist R001 of the demo site, signed in. */
    public static Session desk(Workstation ws) {
        return new DemoData(ws).signIn(DemoData.STAFF.get(2));
    }

    public static Services services(Workstation ws) {
        return new Services(ws, ws.visitors(), ws.search(), desk(ws), zone(ws));
    }

    private static ZoneId zone(Workstation ws) {
        return ws.store().read(h -> h.createQuery("SELECT zone_id FROM site").mapTo(String.class).findOne()
                .map(ZoneId::of).orElse(ZoneId.systemDefault()));
    }

    /** Times every operation: warm-up runs first, then {@code runs} timed ones. */
    public static List<Result> measure(List<Operation> operations, Services services, Options options) {
        List<Result> results = new ArrayList<>();
        for (Operation op : operations) {
            int[] rows = {0};
            double[] ms = time(op.action(), services, options.warmUp(), options.runs(), rows);
            double naive = Double.NaN;
            if (op.baseline() != null) {
                naive = median(time(op.baseline(), services, 1, options.baselineRuns(), new int[1]));
            }
            results.add(new Result(op.name(), rows[0], median(ms), percentile(ms, 95), op.targetMillis(), naive,
                    op.minSpeedup()));
        }
        return results;
    }

    /** Sorted milliseconds of {@code runs} timed calls after {@code warmUp} untimed ones; rows of the last call. */
    private static double[] time(Action action, Services services, int warmUp, int runs, int[] rows) {
        for (int i = 0; i < warmUp; i++) {
            rows[0] = rows(action.run(services));
        }
        double[] ms = new double[runs];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            Object result = action.run(services);
            ms[i] = (System.nanoTime() - start) / 1_000_000.0;
            rows[0] = rows(result);
        }
        Arrays.sort(ms);
        return ms;
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Nearest rank: the smallest value with at least p% of the runs at or below it. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static int rows(Object result) {
        if (result instanceof SearchResults r) {
            return r.size();
        }
        if (result instanceof Collection<?> c) {
            return c.size();
        }
        if (result instanceof Optional<?> o) {
            return o.isPresent() ? 1 : 0;
        }
        return result == null ? 0 : 1;
    }

    /**
     * The table: operation, rows, median, p95, target, the naive baseline's median and how many
     * times faster (— without one), ok/FAIL (judged on the p95, and on the speed-up where the
     * operation names one).
     */
    public static void printTable(List<Result> results, PrintStream out) {
        int width = Math.max(9, results.stream().mapToInt(r -> r.operation().length()).max().orElse(9));
        String format = "%-" + width + "s  %6s  %9s  %9s  %7s  %9s  %7s  %s%n";
        out.printf(Locale.ROOT, format, "operation", "rows", "median ms", "p95 ms", "target", "naive ms", "faster",
                "result");
        for (Result r : results) {
            boolean naive = !Double.isNaN(r.naiveMedianMs());
            out.printf(Locale.ROOT, format, r.operation(), r.rows(), String.format(Locale.ROOT, "%.2f", r.medianMs()),
                    String.format(Locale.ROOT, "%.2f", r.p95Ms()), r.targetMs() + " ms",
                    naive ? String.format(Locale.ROOT, "%.2f", r.naiveMedianMs()) : "-",
                    naive ? String.format(Locale.ROOT, "%.0fx", r.speedup()) : "-", r.ok() ? "ok" : "FAIL");
        }
    }

    // --- EXPLAIN QUERY PLAN -------------------------------------------------------------------

    /**
     * Runs each read once on a second connection to the same file whose Jdbi records every
     * statement, then prints SQLite's plan for each: which index answers it. The SQL is the
     * services' own, not a copy.
     */
    public static void printPlans(Section section, Services measured, Clock clock, PrintStream out) {
        Path file = measured.ws().dataDirectory().database();
        Recorder recorder = new Recorder();
        Database database = Database.open(file);
        database.jdbi().getConfig(SqlStatements.class).setSqlLogger(recorder);
        Store store = new Store(database.jdbi(), clock, new Ids(clock));
        AccessControl access = new AccessControl(store);
        SiteSecrets secrets = new SiteSecrets(store);
        // The composition root's wiring (Workstation), on the recording connection.
        VisitorService visitors = new VisitorService(store, access, new DirectoryService(store, access),
                () -> VisitorRules.defaults(secrets.visitorIdSalt()));
        Services recording = new Services(measured.ws(), visitors, new SearchService(store, access), measured.desk(),
                measured.zone());
        secrets.visitorIdSalt(); // read once, as the running program has long since done
        for (Operation op : section.operations(recording)) {
            if (op.write()) {
                continue;
            }
            recorder.statements.clear();
            op.action().run(recording);
            out.println(op.name() + ":");
            for (Recorded s : List.copyOf(recorder.statements)) {
                if (s.sql().contains("FROM site")) {
                    continue; // the site's time zone, read with every history page: one row
                }
                out.println("  " + shorten(s.sql()));
                for (String line : measured.ws().store().read(h -> explain(h, s))) {
                    out.println("    " + line);
                }
            }
        }
    }

    private record Recorded(String sql, List<Argument> arguments) {
    }

    /** Keeps each statement's SQL (with ? placeholders) and its bound arguments in order. */
    private static final class Recorder implements SqlLogger {
        final List<Recorded> statements = new ArrayList<>();

        @Override
        public void logBeforeExecution(StatementContext ctx) {
            ParsedParameters parameters = ctx.getParsedSql().getParameters();
            Binding binding = ctx.getBinding();
            List<Argument> args = new ArrayList<>();
            for (int i = 0; i < parameters.getParameterCount(); i++) {
                Optional<Argument> a = parameters.isPositional() ? binding.findForPosition(i)
                        : binding.findForName(parameters.getParameterNames().get(i), ctx);
                args.add(a.orElse(null));
            }
            statements.add(new Recorded(ctx.getParsedSql().getSql(), args));
        }
    }

    private static List<String> explain(Handle h, Recorded s) {
        Query q = h.createQuery("EXPLAIN QUERY PLAN " + s.sql());
        for (int i = 0; i < s.arguments().size(); i++) {
            Argument a = s.arguments().get(i);
            if (a == null) {
                q.bindNull(i, java.sql.Types.NULL);
            } else {
                q.bind(i, a);
            }
        }
        Map<Integer, Integer> depth = new HashMap<>();
        List<String> lines = new ArrayList<>();
        q.map((rs, ctx) -> {
            int id = rs.getInt("id");
            int d = depth.getOrDefault(rs.getInt("parent"), -1) + 1;
            depth.put(id, d);
            return "  ".repeat(d) + rs.getString("detail");
        }).forEach(lines::add);
        return lines;
    }

    /** The statement on one line, its long column list elided. */
    private static String shorten(String sql) {
        String s = sql.replaceAll("\\s+", " ").strip();
        return s.replaceFirst("(?i)^SELECT (?!count\\()[^()]{60,}? FROM ", "SELECT … FROM ");
    }
}
