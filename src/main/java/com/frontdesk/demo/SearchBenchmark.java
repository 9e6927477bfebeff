package com.frontdesk.demo;

import com.frontdesk.Workstation;
import com.frontdesk.search.SearchService;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

/**
 * The global search (issue 11) over everything the other sections generated: each kind of query
 * the desk types, with subjects drawn from the data by the seed (a different one on each run),
 * beside the naive LIKE scan of the same index rows giving the same answer.
 */
final class SearchBenchmark implements Benchmark.Section {
    /** Subjects per kind of query: the runs go round them. */
    private static final int SUBJECTS = 12;

    @Override
    public String title() {
        return "Global search";
    }

    @Override
    public String describe(Benchmark.Options options) {
        return String.format(Locale.ROOT, "everything above in one index; %d subjects per query kind drawn with seed %d; "
                + "the naive LIKE scan timed %d times", SUBJECTS, options.seed(), options.baselineRuns());
    }

    @Override
    public void generate(Workstation ws, Benchmark.Options options, PrintStream out) {
        int entries = ws.store().read(h -> h.createQuery("SELECT count(*) FROM search_doc").mapTo(Integer.class).one());
        out.printf(Locale.ROOT, "The search index holds %,d records (kept by the triggers as the rows went in).%n",
                entries);
    }

    @Override
    public List<Benchmark.Operation> operations(Benchmark.Services services) {
        Random random = new Random(20261123L);
        Workstation ws = services.ws();
        List<String> longer = new ArrayList<>();
        longer.addAll(pick(ws, random, "occupant", "title", "length(title) >= 3", Function.identity()));
        longer.addAll(pick(ws, random, "parcel", "detail", "length(detail) >= 8", t -> t.substring(t.length() - 8)));
        longer.addAll(pick(ws, random, "repair", "title", "length(title) >= 4", t -> t.substring(0, 4)));
        List<String> two = pick(ws, random, "occupant", "title", "length(title) = 2", Function.identity());
        List<String> tails = pick(ws, random, "occupant", "keys", "1", SearchBenchmark::lastFour);
        List<String> numbers = new ArrayList<>();
        for (String kind : List.of("visit", "parcel", "repair", "complaint")) {
            numbers.addAll(pick(ws, random, kind, "code", "code IS NOT NULL", Function.identity()));
        }
        long target = Benchmark.SEARCH_TARGET_MS;
        return List.of(
                query("search: 3+ characters (name, tracking, words)", target, longer),
                query("search: 2 characters (a 2-character name)", target, two),
                query("search: phone tail (4 digits)", target, tails),
                query("search: number (visit, parcel, repair, complaint)", target, numbers),
                // Not in the list: a surname alone matches a tenth of everything.
                query("search: 1 character (a surname)", target, List.of("王", "李", "张", "欧", "司")));
    }

    private static Benchmark.Operation query(String name, long target, List<String> subjects) {
        List<String> list = subjects.isEmpty() ? List.of("无此人") : List.copyOf(subjects);
        int[] next = {0};
        int[] nextNaive = {0};
        return Benchmark.Operation.read(name, target,
                        s -> s.search().search(s.desk(), list.get(next[0]++ % list.size())))
                .against(s -> s.search().scanWithoutIndex(list.get(nextNaive[0]++ % list.size()),
                        SearchService.PER_KIND))
                .atLeastFaster(Benchmark.SEARCH_MIN_SPEEDUP);
    }

    /** {@link #SUBJECTS} values of a column of random index rows of a kind (by row id), shaped. */
    private static List<String> pick(Workstation ws, Random random, String kind, String column, String where,
                                     Function<String, String> shape) {
        List<String> picked = new ArrayList<>();
        ws.store().read(h -> {
            List<Long> bounds = h.createQuery("SELECT min(id), max(id) FROM search_doc WHERE kind = :kind")
                    .bind("kind", kind).map((rs, ctx) -> List.of(rs.getLong(1), rs.getLong(2))).one();
            long low = bounds.get(0);
            long span = Math.max(1, bounds.get(1) - low + 1);
            for (int tries = 0; picked.size() < SUBJECTS / 3 + 1 && tries < 200; tries++) {
                long from = low + (long) (random.nextDouble() * span);
                h.createQuery("SELECT " + column + " FROM search_doc WHERE kind = :kind AND id >= :from AND " + where
                                + " ORDER BY id LIMIT 1")
                        .bind("kind", kind).bind("from", from).mapTo(String.class).findOne()
                        .map(shape).filter(v -> v != null && !v.isBlank()).ifPresent(picked::add);
            }
            return null;
        });
        return picked;
    }

    /** The last four digits in an occupant's keys: the tail of the phone the index keeps. */
    private static String lastFour(String keys) {
        String[] words = keys.split(" ");
        for (int i = words.length - 1; i >= 0; i--) {
            if (words[i].matches("\\d{4}")) {
                return words[i];
            }
        }
        return null;
    }
}
