package com.frontdesk.handover;

import com.frontdesk.core.Draw;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The program's counts of one demo handover ({@link HandoverGenerator}), plausible rather than
 * worked out from the other modules' demo records: a few visitors and passes in office hours, a
 * shelf-full of parcels, a dozen open repairs and a few complaints, drawn together so that passes
 * out never exceed the visitors on site. The lists behind them are short and language-neutral, like
 * the program's own: masked surnames and passes, parcels per shelf, the homes of the first records
 * and how many more.
 */
final class HandoverDemoFigures {
    private static final int PASSES = 20;

    private final Draw random;
    private final List<String> shelves;
    private final List<String> rooms;
    private final Map<AutoCount, AutoFigure> figures = new EnumMap<>(AutoCount.class);

    /** The figures at {@code hour} of the site's day; the lists name the site's shelves and homes. */
    HandoverDemoFigures(Draw random, int hour, List<String> shelves, List<String> rooms) {
        this.random = random;
        this.shelves = shelves;
        this.rooms = rooms;
        boolean office = hour >= 9 && hour < 20;
        List<String> passes = new ArrayList<>(new TreeSet<>(draws(office ? 1 + random.nextInt(6)
                : random.nextInt(2), () -> String.format("P%02d", 1 + random.nextInt(PASSES)))));
        int visitors = passes.size() + random.nextInt(3);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < visitors; i++) {
            String name = random.pick(HandoverStories.SURNAMES) + "*";
            names.add(i < passes.size() ? name + " · " + passes.get(i) : name);
        }
        figures.put(AutoCount.VISITORS_ON_SITE, new AutoFigure(visitors, String.join("\n", names)));
        figures.put(AutoCount.PASSES_OUT, new AutoFigure(passes.size(), String.join("\n", passes)));
        figures.put(AutoCount.PARCELS_HELD, byShelf(18 + random.nextInt(40)));
        figures.put(AutoCount.PARCELS_OVERDUE, listed(random.nextInt(6), shelves));
        figures.put(AutoCount.DEPOSITS_HELD, listed(2 + random.nextInt(6), shelves));
        figures.put(AutoCount.LOST_ITEMS_HELD, listed(3 + random.nextInt(8), shelves));
        int repairs = 8 + random.nextInt(15);
        figures.put(AutoCount.REPAIRS_OPEN, listed(repairs, rooms));
        figures.put(AutoCount.REPAIRS_OVERDUE, listed(Math.min(repairs, random.nextInt(5)), rooms));
        int complaints = 2 + random.nextInt(7);
        figures.put(AutoCount.COMPLAINTS_OPEN, listed(complaints, rooms));
        figures.put(AutoCount.COMPLAINTS_OVERDUE, listed(Math.min(complaints, random.nextInt(3)), rooms));
        figures.put(AutoCount.COMPLAINTS_TO_CALL_BACK, listed(random.nextInt(4), rooms));
    }

    AutoFigure get(AutoCount what) {
        return figures.get(what);
    }

    private List<String> draws(int n, Supplier<String> draw) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(draw.get());
        }
        return list;
    }

    /** "A1: 3" per shelf in shelf order, as the program lists the parcels held. */
    private AutoFigure byShelf(int count) {
        Map<String, Integer> perShelf = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            perShelf.merge(shelves.isEmpty() ? "-" : random.pick(shelves), 1, Integer::sum);
        }
        List<String> lines = new ArrayList<>();
        perShelf.forEach((shelf, n) -> lines.add(shelf + ": " + n));
        return new AutoFigure(count, String.join("\n", lines));
    }

    /** The first few records by where they are, then how many more, like the program's short lists. */
    private AutoFigure listed(int count, List<String> where) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < Math.min(count, 3); i++) {
            lines.add(where.isEmpty() ? "-" : random.pick(where));
        }
        if (count > lines.size()) {
            lines.add("… +" + (count - lines.size()));
        }
        return new AutoFigure(count, String.join("\n", lines));
    }
}
