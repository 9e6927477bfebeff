package com.frontdesk.demo;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.Session;
import com.frontdesk.complaints.ComplaintBulkLoader;
import com.frontdesk.complaints.ComplaintSettings;
import com.frontdesk.directory.ImportPreview;
import com.frontdesk.directory.ImportRow;
import com.frontdesk.directory.OccupantKind;
import com.frontdesk.directory.ParcelConsent;
import com.frontdesk.parcels.Carrier;
import com.frontdesk.parcels.Parcel;
import com.frontdesk.parcels.ParcelBulkLoader;
import com.frontdesk.parcels.ParcelFilter;
import com.frontdesk.parcels.ParcelForm;
import com.frontdesk.repairs.RepairBulkLoader;
import com.frontdesk.repairs.RepairSettings;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntSupplier;

/**
 * The rest of five busy years (issue 11): 60,000 occupants, 300,000 parcels with their deposits
 * and lost property, 50,000 repairs and 10,000 complaints, made by the demo's own generators and
 * loaders, several passes over the five years with seeds from {@code --seed} until the count is
 * reached. Then the first page of each list, beside the same page read without its index, and a
 * parcel received and saved through the service.
 */
final class SiteAtScale implements Benchmark.Section {
    static final int OCCUPANTS = 60_000;
    static final int PARCELS = 300_000;
    static final int REPAIRS = 50_000;
    static final int COMPLAINTS = 10_000;
    private static final int DAYS = VisitorsBenchmark.YEARS * 365 + 1;
    private static final int PAGE = 50;
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
            "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧",
            "欧阳", "司马"};
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华建国晓东婷宇欣怡子涵浩然三丰庆春梅兰竹菊雪松"
            + "鹏飞燕玲霞平刚辉波斌宁凯鑫琳晨阳光红霖泽睿萱诗雨思远嘉豪";

    @Override
    public String title() {
        return "Lists and saves at scale";
    }

    @Override
    public String describe(Benchmark.Options options) {
        return String.format(Locale.ROOT, "about %,d occupants, %,d parcels, %,d repairs, %,d complaints over %d years "
                        + "(scale %s, seed %d)", options.scaled(OCCUPANTS), options.scaled(PARCELS),
                options.scaled(REPAIRS), options.scaled(COMPLAINTS), VisitorsBenchmark.YEARS, options.scale(),
                options.seed());
    }

    @Override
    public void generate(Workstation ws, Benchmark.Options options, PrintStream out) {
        Session admin = new DemoData(ws).signIn(DemoData.STAFF.get(0));
        long started = System.nanoTime();
        int people = occupants(ws, admin, options);
        out.printf(Locale.ROOT, "Generated the directory: %,d occupants now (%.1f s).%n", people, seconds(started));

        for (String[] shelf : DemoParcels.SHELVES) {
            ws.shelves().define(admin, shelf[0], shelf[1], true);
        }
        ParcelBulkLoader parcels = new ParcelBulkLoader(ws.store());
        List<byte[]> drawn = DemoSignatures.pool(DemoSignatures.POOL, options.seed());
        started = System.nanoTime();
        int parcelCount = passes(options.scaled(PARCELS), 40, (days, seed) ->
                parcels.loadDemo(admin.actor(), days, seed, drawn).parcels(), options.seed(), () -> count(ws, "parcel"));
        out.printf(Locale.ROOT, "Generated %,d parcels (and their deposits and lost property) in %.1f s.%n",
                parcelCount, seconds(started));

        RepairSettings repairSettings = ws.settings().update(admin, RepairSettings.DOCUMENT,
                RepairBulkLoader.withDemoVendors(ws.settings().current(RepairSettings.DOCUMENT)));
        RepairBulkLoader repairs = new RepairBulkLoader(ws.store());
        started = System.nanoTime();
        int repairCount = passes(options.scaled(REPAIRS), 8, (days, seed) ->
                repairs.loadDemo(admin.actor(), days, seed, repairSettings, drawn).repairs(), options.seed(),
                () -> count(ws, "repair"));
        out.printf(Locale.ROOT, "Generated %,d repairs in %.1f s.%n", repairCount, seconds(started));

        ComplaintSettings complaintSettings = ws.settings().current(ComplaintSettings.DOCUMENT);
        ComplaintBulkLoader complaints = new ComplaintBulkLoader(ws.store());
        started = System.nanoTime();
        int complaintCount = passes(options.scaled(COMPLAINTS), 2, (days, seed) -> {
            ComplaintBulkLoader.Summary s = complaints.loadDemo(admin.actor(), days, seed, complaintSettings);
            return s.complaints() + s.feedback();
        }, options.seed(), () -> count(ws, "complaint"));
        out.printf(Locale.ROOT, "Generated %,d complaints, praise and suggestions in %.1f s.%n", complaintCount,
                seconds(started));
    }

    @FunctionalInterface
    private interface Pass {
        int load(int days, long seed);
    }

    /**
     * Loads passes of the demo generator until {@code target} rows exist: the five years at the
     * demo's pace ({@code perDay}) repeated with other seeds, or fewer days when the target is small.
     */
    private static int passes(int target, int perDay, Pass pass, long seed, IntSupplier stored) {
        double rate = perDay;
        for (int i = 0; stored.getAsInt() < target && i < 1000; i++) {
            int before = stored.getAsInt();
            // the days that should make up what is missing, at the pace the passes so far showed
            int days = (int) Math.max(1, Math.min(DAYS, Math.ceil((target - before) / rate)));
            pass.load(days, seed * 31 + i);
            rate = Math.max(0.1, (stored.getAsInt() - before) / (double) days);
        }
        return stored.getAsInt();
    }

    private static int count(Workstation ws, String table) {
        return ws.store().read(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one());
    }

    /** New buildings 10, 11, … of 2 units × 30 floors × 6 homes, 1–5 people each, imported as an office would. */
    private static int occupants(Workstation ws, Session admin, Benchmark.Options options) {
        Random random = new Random(options.seed());
        int target = options.scaled(OCCUPANTS) - count(ws, "occupant");
        List<ImportRow> rows = new ArrayList<>();
        int line = 1;
        for (int building = 10; rows.size() < target; building++) {
            for (int unit = 1; unit <= 2 && rows.size() < target; unit++) {
                for (int floor = 1; floor <= 30 && rows.size() < target; floor++) {
                    for (int home = 1; home <= 6 && rows.size() < target; home++) {
                        int people = 1 + random.nextInt(5);
                        for (int p = 0; p < people && rows.size() < target; p++) {
                            OccupantKind kind = p == 0 ? OccupantKind.OWNER
                                    : random.nextInt(4) == 0 ? OccupantKind.TENANT : OccupantKind.MEMBER;
                            rows.add(new ImportRow(++line, String.valueOf(building), String.valueOf(unit), "",
                                    String.format("%d%02d", floor, home), false, name(random), kind, null,
                                    List.of(phone(random)), null, ParcelConsent.values()[random.nextInt(2) + 1]));
                        }
                    }
                }
            }
        }
        if (!rows.isEmpty()) {
            ws.directory().importRows(admin, new ImportPreview("UTF-8", rows, List.of(), List.of()));
        }
        return count(ws, "occupant");
    }

    static String name(Random random) {
        String surname = SURNAMES[random.nextInt(SURNAMES.length)];
        int given = random.nextInt(3) == 0 ? 1 : 2;
        StringBuilder name = new StringBuilder(surname);
        for (int i = 0; i < given; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    private static String phone(Random random) {
        return "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    @Override
    public List<Benchmark.Operation> operations(Benchmark.Services services) {
        Workstation ws = services.ws();
        String[] recipient = ws.store().read(h -> h.createQuery("""
                        SELECT o.room_id, o.id FROM occupant o
                        WHERE o.parcel_consent = 'YES' AND o.moved_out = 0 AND o.deleted_at IS NULL LIMIT 1""")
                .map((rs, ctx) -> new String[]{rs.getString(1), rs.getString(2)}).one());
        int[] saved = {0};
        long page = Benchmark.PAGE_TARGET_MS;
        return List.of(
                Benchmark.Operation.read("parcels history, first page", page,
                                s -> s.ws().parcels().history(ParcelFilter.ALL, null, PAGE))
                        .against(s -> naive(s, "SELECT id FROM parcel NOT INDEXED WHERE deleted_at IS NULL "
                                + "ORDER BY received_at DESC, id DESC LIMIT 50")),
                Benchmark.Operation.read("parcels held, first page", page,
                                s -> s.ws().parcels().held(false, null, PAGE))
                        .against(s -> naive(s, "SELECT id FROM parcel NOT INDEXED WHERE status = 'HELD' "
                                + "ORDER BY received_at, id LIMIT 50")),
                Benchmark.Operation.read("repairs open, first page", page,
                                s -> s.ws().repairLists().open(null, PAGE))
                        .against(s -> naive(s, "SELECT id FROM repair NOT INDEXED WHERE status NOT IN ('CLOSED', "
                                + "'CANCELLED') AND deleted_at IS NULL ORDER BY reported_at DESC, id DESC LIMIT 50")),
                Benchmark.Operation.read("complaints open, first page", page,
                                s -> s.ws().complaintLists().open(null, PAGE))
                        .against(s -> naive(s, "SELECT id FROM complaint NOT INDEXED WHERE status IN ('OPEN', "
                                + "'IN_HANDLING', 'ANSWERED') AND deleted_at IS NULL "
                                + "ORDER BY received_at DESC, id DESC LIMIT 50")),
                Benchmark.Operation.write("parcel received, saved", Benchmark.WRITE_TARGET_MS, s -> {
                    saved[0]++;
                    Parcel p = s.ws().parcels().receive(s.desk(), ParcelForm.of(String.format(Locale.ROOT,
                            "BENCH%010d%04d", System.currentTimeMillis() % 10_000_000_000L, saved[0]), Carrier.SF,
                            recipient[0], recipient[1]).withShelf("A1"), true);
                    return p;
                }));
    }

    /** The same page the naive way: the table read whole and sorted, as without the list's index. */
    static List<String> naive(Benchmark.Services s, String sql) {
        return s.ws().store().read(h -> h.createQuery(sql).mapTo(String.class).list());
    }
}
