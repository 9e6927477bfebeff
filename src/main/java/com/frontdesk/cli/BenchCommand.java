package com.frontdesk.cli;

import com.frontdesk.Launcher;
import com.frontdesk.Workstation;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.db.DataDirectory;
import com.frontdesk.demo.Benchmark;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: generates a site at scale in a folder of its own and times what the desk waits
 * for. It never touches a real site: the folder must be new, empty, or one that bench made
 * before with the same {@code --visits}, {@code --scale} and {@code --seed} (then the data is reused, not made
 * again). See docs/BENCHMARKS.md.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Time the lists, look-ups and saves on a generated site in a new or empty folder "
                + "(see docs/BENCHMARKS.md).")
public final class BenchCommand implements Callable<Integer> {
    /** Marks a folder bench made, with what it generated. */
    static final String MARKER = "bench.properties";

    @ParentCommand
    Launcher parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--visits", paramLabel = "N",
            description = "Visits to generate over five years (default: 1,000,000 times --scale)")
    Integer visits;

    @Option(names = "--scale", paramLabel = "F", defaultValue = "1",
            description = "Size of everything against five busy years (issue 11): 1 is 1,000,000 visits, 300,000 "
                    + "parcels, 50,000 repairs, 10,000 complaints, 60,000 occupants; 0.001 is a thousandth. "
                    + "--visits, when given, sets the visits alone (default: ${DEFAULT-VALUE})")
    double scale;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "Seed of the generated data (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "50",
            description = "Timed runs of each operation, after warm-up runs (a fifth as many, at least 3; "
                    + "default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--plans", description = "Also print SQLite's EXPLAIN QUERY PLAN of every read")
    boolean plans;

    @Override
    public Integer call() {
        if (!(scale > 0 && scale <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--scale must be over 0 and at most 1");
        }
        if (visits == null) {
            visits = (int) Math.round(1_000_000 * scale);
        }
        if (visits < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--visits must be 0 or more");
        }
        if (runs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--runs must be 1 or more");
        }
        Path given = parent.dataDir().dataDir;
        if (given == null) {
            // Never the user's default data folder: that is where the real site lives.
            throw new UserFacingException("cli.benchNeedsDataDir");
        }
        Path root = DataDirectory.resolve(given).root();
        boolean reuse = checkFolder(root);
        Benchmark.Options options = new Benchmark.Options(visits, seed, runs, Benchmark.Options.warmUpFor(runs),
                scale);
        PrintStream out = System.out;
        Clock clock = Clock.systemUTC();
        try (Workstation ws = Workstation.open(parent.dataDir().resolve(), clock)) {
            List<Benchmark.Section> sections = Benchmark.sections();
            if (reuse) {
                out.println("Reusing the bench site in " + root + " (made earlier with the same --visits, --scale and --seed).");
            } else {
                out.println("Creating a bench site in " + root + " ...");
                Benchmark.createSite(ws);
                for (Benchmark.Section section : sections) {
                    section.generate(ws, options, out);
                }
                writeMarker(root);
            }
            out.printf(Locale.ROOT, "Machine: %d cores, Java %s, %s %s, SQLite %s%n",
                    Runtime.getRuntime().availableProcessors(), Runtime.version(), System.getProperty("os.name"),
                    System.getProperty("os.arch"),
                    ws.store().read(h -> h.createQuery("SELECT sqlite_version()").mapTo(String.class).one()));
            Benchmark.Services services = Benchmark.services(ws);
            for (Benchmark.Section section : sections) {
                out.println();
                out.println(section.title() + ": " + section.describe(options));
                out.printf(Locale.ROOT, "%d timed runs per operation after %d warm-up runs; result is the p95 against "
                        + "the target.%n", options.runs(), options.warmUp());
                List<Benchmark.Operation> operations = section.operations(services);
                List<Benchmark.Result> results = Benchmark.measure(operations, services, options);
                Benchmark.printTable(results, out);
                long failed = results.stream().filter(r -> !r.ok()).count();
                out.println(failed == 0 ? "All within target." : failed + " over target.");
                if (plans) {
                    out.println();
                    out.println("Query plans (EXPLAIN QUERY PLAN):");
                    Benchmark.printPlans(section, services, clock, out);
                }
            }
        }
        return 0;
    }

    /**
     * True to reuse a folder bench made with the same options; false for a new or empty one.
     * Anything else is refused before a file is touched.
     */
    private boolean checkFolder(Path root) {
        if (!Files.exists(root)) {
            return false;
        }
        if (!Files.isDirectory(root)) {
            throw new UserFacingException("cli.benchFolderInUse", root.toString());
        }
        Path marker = root.resolve(MARKER);
        if (Files.isRegularFile(marker)) {
            Properties made = readMarker(marker);
            if (String.valueOf(visits).equals(made.getProperty("visits"))
                    && String.valueOf(seed).equals(made.getProperty("seed"))
                    && String.valueOf(scale).equals(made.getProperty("scale", "1.0"))
                    && Files.isRegularFile(root.resolve(DataDirectory.DATABASE_FILE))) {
                return true;
            }
            throw new UserFacingException("cli.benchOtherRun", root.toString(), made.getProperty("visits"),
                    made.getProperty("seed"));
        }
        try (Stream<Path> entries = Files.list(root)) {
            if (entries.findAny().isPresent()) {
                throw new UserFacingException("cli.benchFolderInUse", root.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return false;
    }

    private static Properties readMarker(Path marker) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(marker)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private void writeMarker(Path root) {
        Properties p = new Properties();
        p.setProperty("madeBy", "frontdesk bench");
        p.setProperty("visits", String.valueOf(visits));
        p.setProperty("seed", String.valueOf(seed));
        p.setProperty("scale", String.valueOf(scale));
        try (OutputStream out = Files.newOutputStream(root.resolve(MARKER))) {
            p.store(out, "A generated benchmark site: not real data. bench reuses this folder for the same options.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
