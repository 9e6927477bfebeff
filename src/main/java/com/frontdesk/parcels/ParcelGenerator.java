package com.frontdesk.parcels;

import com.frontdesk.visitors.IdType;
import com.frontdesk.core.Draw;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Made-up but realistic parcel-room history for the demo site: what the desk of a residential
 * compound with an office tower sees in 90 days. Seeded, so one seed always gives the same records
 * for the same dates. Pure Java: it only makes {@link Parcel}, {@link Deposit} and {@link LostItem}
 * records and signature rows; {@link ParcelBulkLoader} stores them.
 *
 * <p><b>Parcels.</b> Weekdays 30–60 (Mondays bring the weekend's backlog), weekends 12–30, more in
 * the week after 11.11 and 6.18; couriers come 09:00–20:00 with a late-morning and an afternoon
 * round. Carriers weighted as a Chinese compound sees them, tracking numbers in each carrier's
 * shape. Recipients are the directory's current occupants who did not refuse parcels (a few order
 * far more than others), now and then a room alone or a typed name. The courier always phoned
 * first. Most recipients are told within minutes or hours (SMS, phone, message). About 85% are
 * picked up within 0–5 days (perishables the same or the next day), mostly in the evening; a
 * recipient collects all their parcels at once and signs once (the parcels share the signature,
 * as {@link ParcelService#pickUp} stores them); about 12% of pickups are by a proxy with a phone;
 * most sign on the pad, some have their name typed. A few are returned to the courier or taken up
 * by security, with a reason; a few are forgotten for a week or more. Whatever would happen after
 * the clock's now has not happened: those parcels are still held (some overdue), some not yet
 * notified.
 *
 * <p><b>Deposits.</b> A few a day (keys, documents, a bag of clothes…), mostly handed out against a
 * signature within two days, a couple given back to the depositor, a few still held.
 *
 * <p><b>Lost property.</b> About one item every two days, kept on a shelf or in the control room's
 * safe. About 60% are claimed (resident ID checked, last four characters kept, signed); the rest
 * are disposed of some time after the 30-day keep period, or still held, a few of them now due.
 */
final class ParcelGenerator {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    /** Where valuables are kept: not a shelf but the safe. */
    static final String SAFE = "中控室保险柜";
    /** The keep period of lost property: the demo's site is new, so its settings are the defaults. */
    private static final int KEEP_DAYS = ParcelSettings.DEFAULTS.lostPropertyKeepDays();

    /** Couriers' rounds: relative weight of each hour from 09:00 to 19:59. */
    private static final LocalTime FIRST_DELIVERY = LocalTime.of(9, 0);
    private static final int[] DELIVERY_HOURS = {8, 12, 13, 9, 5, 8, 12, 11, 9, 7, 6};
    private static final int DELIVERY_TOTAL = Arrays.stream(DELIVERY_HOURS).sum();
    /** When people collect: relative weight of each hour from 07:00 to 21:59 (after work most). */
    private static final LocalTime FIRST_PICKUP = LocalTime.of(7, 0);
    private static final int[] PICKUP_HOURS = {3, 6, 4, 3, 4, 7, 5, 3, 3, 4, 7, 11, 13, 11, 7};

    private static final Carrier[] CARRIERS = {Carrier.ZTO, Carrier.YTO, Carrier.YUNDA, Carrier.STO, Carrier.JT,
            Carrier.SF, Carrier.JD, Carrier.EMS};
    private static final int[] CARRIER_WEIGHTS = {22, 18, 15, 10, 10, 12, 10, 3};
    private static final ParcelSize[] SIZES = {ParcelSize.SMALL, ParcelSize.MEDIUM, ParcelSize.LARGE,
            ParcelSize.PERISHABLE};
    private static final int[] SIZE_WEIGHTS = {52, 30, 11, 7};
    private static final NoticeMethod[] METHODS = {NoticeMethod.SMS, NoticeMethod.PHONE, NoticeMethod.MESSAGE};
    private static final int[] METHOD_WEIGHTS = {55, 30, 15};

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡",
            "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "程", "曹", "袁",
            "邓", "许", "沈", "曾", "彭", "吕"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
            "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "志强", "建华", "海燕", "晓明", "丹", "玉兰", "鹏", "辉", "红",
            "春梅", "文博", "思远", "雨涵", "梓萱", "俊杰", "宇航", "佳怡", "一鸣", "建军", "淑珍", "国强", "小红", "立新"};
    private static final String[] SMALL_NOTES = {"易碎品，轻拿轻放", "到付已付", "外包装破损，已拍照留存", "文件",
            "化妆品", "贵重物品，当面签收"};
    private static final String[] LARGE_NOTES = {"大件，较重", "家电", "两箱捆在一起", "家具配件"};
    private static final String[] COLD_NOTES = {"生鲜冷链，请尽快领取", "水果", "海鲜冷冻", "鲜花", "冷藏药品"};
    private static final String OVERSIZED_NOTE = "超大件，放置地面";
    private static final String[] IN_HOUSE = {"物业管理处", "物业客服中心", "工程部", "保安部", "会所前台"};
    private static final String[] WRONG_ADDRESSES = {"6-1-1502 · 赵先生", "翠湖花苑 3-2-801 · 钱女士", "8号楼 · 孙先生",
            "4-2-2101 · 周女士", "T-25F-2501 · 吴经理"};
    private static final String[] REFUSED = {"收件人拒收，退回快递员", "收件人申请退货，快递员已取回",
            "收件人表示未购买，退回快递员"};
    private static final String OVERDUE_RETURN = "超期未取，联系不上收件人，退回快递员";
    private static final String WRONG_ADDRESS = "查无此人，退回快递员";
    private static final String[] TAKEN_UP = {"业主行动不便，保安送货上楼", "大件搬运，保安协助送至家门口",
            "业主电话委托，保安送至家门口", "超期未取，经业主同意由保安送上楼"};

    private static final String[][] DEPOSITS_SMALL = {{"家门钥匙一串", "钟点工留下，放前台钥匙盒"},
            {"车钥匙一把", "放前台钥匙盒"}, {"装修钥匙两把", "装修师傅归还"}, {"门禁卡一张", null},
            {"合同文件一份（文件袋）", null}, {"发票单据一个信封", null}, {"药品一袋", "亲戚转交"}, {"保温饭盒", null},
            {"眼镜盒", null}, {"U盘及资料一袋", "同事转交"}, {"房屋钥匙三把", "中介看房后归还"}};
    private static final String[][] DEPOSITS_LARGE = {{"一袋衣服", "亲戚转交"}, {"干洗衣物两件（已装袋）", "干洗店送回"},
            {"水果一箱", null}, {"儿童玩具一袋", null}, {"书籍一摞", null}, {"行李箱一个", null},
            {"婴儿推车", "朋友归还"}, {"家电配件一箱", null}};
    private static final String[][] DEPOSITS_COLD = {{"生日蛋糕一盒", "需冷藏"}, {"自家包的饺子（冷冻）", "需冷冻"},
            {"鲜花一束", null}};
    private static final String[] DEPOSIT_RETURNS = {"收件人联系不上，寄存人取回", "寄存人改变主意，自行取回",
            "收件人表示不认识寄存人，退还寄存人"};

    private static final LostItemCategory[] CATEGORIES = LostItemCategory.values();
    private static final int[] CATEGORY_WEIGHTS = {15, 18, 10, 8, 8, 12, 17, 12};
    private static final Map<LostItemCategory, String[]> LOST_THINGS = Map.of(
            LostItemCategory.DOCUMENTS_CARDS, new String[]{"门禁卡一张", "身份证一张", "银行卡一张", "工牌（星河网络）",
                    "公交卡一张", "驾驶证一本"},
            LostItemCategory.KEYS, new String[]{"钥匙一串（带小熊挂件）", "车钥匙（大众）", "单把钥匙", "钥匙两把带门禁扣"},
            LostItemCategory.PHONE_ELECTRONICS, new String[]{"黑色手机一部", "蓝牙耳机一副", "充电宝一个", "儿童手表",
                    "平板电脑一台"},
            LostItemCategory.WALLET_MONEY, new String[]{"棕色钱包（内有现金若干）", "零钱包一个", "现金200元（信封装）",
                    "卡包一个"},
            LostItemCategory.BAG, new String[]{"黑色双肩包", "帆布购物袋", "女士手提包", "儿童书包"},
            LostItemCategory.CLOTHING, new String[]{"深蓝色外套", "儿童羽绒服", "灰色围巾", "棒球帽", "手套一双"},
            LostItemCategory.UMBRELLA, new String[]{"黑色长柄伞", "碎花折叠伞", "透明雨伞", "儿童雨伞"},
            LostItemCategory.OTHER, new String[]{"保温杯", "儿童玩具车", "近视眼镜", "滑板车", "宠物牵引绳", "水杯"});
    private static final String[] FOUND_WHERE = {"1号楼大堂", "2号楼电梯轿厢", "3号楼单元门口", "中心花园长椅",
            "地下车库B1", "地下车库B2", "会所健身房", "东门岗亭外", "西门人行道", "儿童游乐区", "写字楼大堂",
            "写字楼12层茶水间", "快递柜旁", "前台大厅沙发"};
    private static final String[] FINDERS = {"保洁员 刘阿姨", "保洁员 张阿姨", "保安 王师傅", "保安 赵师傅",
            "巡逻岗 孙师傅", "维修工 李工", "快递员", "访客（未留姓名）"};
    private static final String[] LOST_NOTES = {"已电话联系业主群", "已在业主群发布招领信息", "拾得人要求告知结果", null};

    /** A recipient from the directory: a room, and the person in it (null for the room alone). */
    record Recipient(String roomId, String roomCode, String occupantId, String name) {
        /** As intake writes it for a directory pick: "3-2-1502 · 张伟", or the room code alone. */
        String text() {
            return occupantId == null ? roomCode : roomCode + " · " + name;
        }
    }

    /** Who works at the desk: two receptionists on alternating shifts, a shift lead, the administrator. */
    record Desk(List<String> receptionists, String lead, String admin) {
    }

    /** A signature row: its id, the name signed, the pool image it shows (-1: typed) and when. */
    record SignatureRow(String id, String signerName, int png, Instant createdAt) {
    }

    /** Everything generated, in the order it must be stored (signatures before what refers to them). */
    record Output(List<SignatureRow> signatures, List<Parcel> parcels, List<Deposit> deposits,
                  List<LostItem> lostItems) {
    }

    private final long seed;
    private final Draw random;
    private final ZoneId zone;
    private final Desk desk;
    private final List<Recipient> occupants;
    private final double[] cumulativeWeight;
    private final Map<String, List<String>> namesByRoom = new HashMap<>();
    private final List<String> smallShelves;
    private final List<String> largeShelves;
    private final List<String> coldShelves;
    private final List<String> floorShelves;
    private final List<String> anyShelves;
    private final Map<String, Map<LocalDate, Integer>> lastNumbers;
    private final int drawnPool;
    private final List<SignatureRow> signatures = new ArrayList<>();

    /**
     * @param occupants current occupants who did not refuse parcels
     * @param shelves   codes of the shelves in use: A… small, B… large, C… cold, FLOOR oversized
     * @param counters  the day counters so far per prefix, so numbering carries on
     * @param drawnPool how many drawn signature images there are to choose from (0: all typed)
     */
    ParcelGenerator(long seed, ZoneId zone, Desk desk, List<Recipient> occupants, List<String> shelves,
                    Map<String, Map<LocalDate, Integer>> counters, int drawnPool) {
        this.seed = seed;
        this.random = new Draw(seed);
        this.zone = zone;
        this.desk = desk;
        this.occupants = List.copyOf(occupants);
        // A few households order far more than the rest.
        cumulativeWeight = new double[this.occupants.size()];
        double sum = 0;
        for (int i = 0; i < this.occupants.size(); i++) {
            double u = random.nextDouble();
            sum += 0.3 + 8 * u * u * u;
            cumulativeWeight[i] = sum;
            Recipient r = this.occupants.get(i);
            namesByRoom.computeIfAbsent(r.roomId(), k -> new ArrayList<>()).add(r.name());
        }
        smallShelves = shelves.stream().filter(s -> s.startsWith("A")).toList();
        largeShelves = shelves.stream().filter(s -> s.startsWith("B")).toList();
        coldShelves = shelves.stream().filter(s -> s.startsWith("C")).toList();
        floorShelves = shelves.stream().filter(s -> s.startsWith("F")).toList();
        anyShelves = List.copyOf(shelves);
        lastNumbers = new HashMap<>();
        counters.forEach((prefix, days) -> lastNumbers.put(prefix, new HashMap<>(days)));
        this.drawnPool = drawnPool;
    }

    /** The history from {@code firstDay} to the clock's {@code now}. */
    Output generate(LocalDate firstDay, Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        List<Parcel> parcels = parcels(firstDay, today, now);
        List<Deposit> deposits = deposits(firstDay, today, now);
        List<LostItem> lost = lostItems(firstDay, today, now);
        List<SignatureRow> signed = new ArrayList<>(signatures);
        signed.sort(Comparator.comparing(SignatureRow::createdAt));
        return new Output(signed, parcels, deposits, lost);
    }

    /** Parcels couriers bring on a day: weekdays 30–60, weekends fewer, more after 11.11 and 6.18. */
    int parcelsOn(LocalDate day) {
        Draw r = new Draw(seed * 31 + day.toEpochDay());
        int n = switch (day.getDayOfWeek()) {
            case MONDAY -> 42 + r.nextInt(19);
            case SATURDAY -> 18 + r.nextInt(13);
            case SUNDAY -> 12 + r.nextInt(12);
            default -> 30 + r.nextInt(26);
        };
        MonthDay md = MonthDay.from(day);
        boolean shoppingFestival = !md.isBefore(MonthDay.of(11, 12)) && !md.isAfter(MonthDay.of(11, 18))
                || !md.isBefore(MonthDay.of(6, 19)) && !md.isAfter(MonthDay.of(6, 23));
        return shoppingFestival ? n * 7 / 5 : n;
    }

    /** The share of a day's deliveries that came before this time of day. */
    static double deliveredShare(LocalTime t) {
        double before = 0;
        for (int i = 0; i < DELIVERY_HOURS.length; i++) {
            LocalTime start = FIRST_DELIVERY.plusHours(i);
            if (!t.isAfter(start)) {
                break;
            }
            before += DELIVERY_HOURS[i] * Math.min(1.0, Duration.between(start, t).toMinutes() / 60.0);
        }
        return before / DELIVERY_TOTAL;
    }

    // --- parcels ---------------------------------------------------------------------------------

    private enum End { PICKUP, RETURN, TAKE_UP }

    private static final class Draft {
        Instant received;
        String receivedBy;
        Recipient recipient;
        String typed;
        Carrier carrier;
        String tracking;
        ParcelSize size;
        int pieces = 1;
        String shelf;
        String note;
        Instant notified;
        NoticeMethod method;
        String notifiedBy;
        End end;
        Instant planned;
        String reason;
        ParcelStatus status = ParcelStatus.HELD;
        Instant closed;
        String closedBy;
        String collector;
        String phone;
        boolean proxy;
        String signatureId;

        String key() {
            return recipient == null ? "text:" + typed
                    : recipient.roomId() + "/" + (recipient.occupantId() == null ? "" : recipient.occupantId());
        }
    }

    private List<Parcel> parcels(LocalDate firstDay, LocalDate today, Instant now) {
        List<Draft> drafts = new ArrayList<>();
        for (LocalDate d = firstDay; !d.isAfter(today); d = d.plusDays(1)) {
            int count = parcelsOn(d);
            if (d.equals(today)) {
                count = (int) Math.round(count * deliveredShare(now.atZone(zone).toLocalTime()));
            }
            for (int i = 0; i < count; i++) {
                Instant at = delivery(d, d.equals(today) ? now : null);
                if (at != null) {
                    drafts.add(parcel(at));
                }
            }
        }
        pickUps(drafts, now);
        for (Draft d : drafts) {
            if (d.end != End.PICKUP && !d.planned.isAfter(now)) {
                d.status = d.end == End.RETURN ? ParcelStatus.RETURNED : ParcelStatus.TAKEN_UP;
                d.closed = d.planned;
                d.closedBy = onDuty(d.planned);
            }
            Instant until = d.closed != null ? d.closed : now;
            if (d.notified != null && d.notified.isAfter(until)) {
                // Collected (or returned) before anybody told them; or not yet told.
                d.notified = null;
                d.method = null;
                d.notifiedBy = null;
            }
        }
        drafts.sort(Comparator.comparing((Draft d) -> d.received));
        List<Parcel> parcels = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            Instant updated = d.closed != null ? d.closed : d.notified != null ? d.notified : d.received;
            String recipientText = d.recipient != null ? d.recipient.text() : d.typed;
            parcels.add(new Parcel(uuid7(d.received), number(ParcelService.NUMBER_PREFIX, d.received), d.tracking,
                    d.carrier, d.recipient == null ? null : d.recipient.roomId(),
                    d.recipient == null ? null : d.recipient.occupantId(), recipientText, d.pieces, d.size, d.shelf,
                    true, d.note, d.status, d.received, d.receivedBy, d.notified, d.method, d.notifiedBy, d.closed,
                    d.closedBy, d.collector, d.phone, d.proxy, d.signatureId,
                    d.status == ParcelStatus.RETURNED || d.status == ParcelStatus.TAKEN_UP ? d.reason : null,
                    d.received, updated));
        }
        return parcels;
    }

    private Draft parcel(Instant received) {
        Draft d = new Draft();
        d.received = received;
        d.receivedBy = onDuty(received);
        int who = random.nextInt(100);
        if (occupants.isEmpty() || who >= 98) {
            d.typed = who % 2 == 0 || occupants.isEmpty() ? random.pick(IN_HOUSE) : random.pick(WRONG_ADDRESSES);
        } else if (who >= 94) {
            Recipient r = weightedOccupant();
            d.recipient = new Recipient(r.roomId(), r.roomCode(), null, null);
        } else {
            d.recipient = weightedOccupant();
        }
        d.carrier = random.weighted(CARRIERS, CARRIER_WEIGHTS);
        d.tracking = tracking(d.carrier);
        d.size = random.weighted(SIZES, SIZE_WEIGHTS);
        int p = random.nextInt(100);
        d.pieces = d.size == ParcelSize.LARGE ? (p < 85 ? 1 : 2) : p < 90 ? 1 : p < 98 ? 2 : 3;
        switch (d.size) {
            case SMALL -> d.shelf = shelf(smallShelves);
            case MEDIUM -> d.shelf = shelf(random.nextInt(10) < 6 ? smallShelves : largeShelves);
            case LARGE -> {
                if (!floorShelves.isEmpty() && random.nextInt(10) < 3) {
                    d.shelf = random.pick(floorShelves);
                    d.note = OVERSIZED_NOTE;
                } else {
                    d.shelf = shelf(largeShelves);
                }
            }
            default -> d.shelf = shelf(coldShelves);
        }
        if (d.note == null && random.nextInt(10) == 0) {
            d.note = switch (d.size) {
                case LARGE -> random.pick(LARGE_NOTES);
                case PERISHABLE -> random.pick(COLD_NOTES);
                default -> random.pick(SMALL_NOTES);
            };
        }
        boolean wrongAddress = d.typed != null && Arrays.asList(WRONG_ADDRESSES).contains(d.typed);
        notice(d, wrongAddress);
        int end = random.nextInt(100);
        if (wrongAddress) {
            d.end = End.RETURN;
            d.reason = WRONG_ADDRESS;
            d.planned = deskTime(received, random.nextInt(2));
        } else if (end < 2 && d.size != ParcelSize.PERISHABLE) {
            // Forgotten: collected after a week or more (these are the overdue ones on the shelf today).
            d.end = End.PICKUP;
            d.planned = collectAt(received, 6 + random.nextInt(7));
        } else if (end < 5) {
            d.end = End.TAKE_UP;
            d.reason = random.pick(TAKEN_UP);
            d.planned = deskTime(received, d.reason.startsWith("超期") ? 4 + random.nextInt(3) : random.nextInt(2));
        } else if (end < 9) {
            d.end = End.RETURN;
            if (random.nextInt(3) == 0) {
                d.reason = OVERDUE_RETURN;
                d.planned = deskTime(received, 7 + random.nextInt(4));
            } else {
                d.reason = random.pick(REFUSED);
                d.planned = deskTime(received, random.nextInt(3));
            }
        } else {
            d.end = End.PICKUP;
            int days = d.size == ParcelSize.PERISHABLE ? (random.nextInt(100) < 65 ? 0 : 1)
                    : random.weighted(new Integer[]{0, 1, 2, 3, 4, 5}, new int[]{35, 30, 15, 10, 6, 4});
            d.planned = collectAt(received, days);
        }
        return d;
    }

    /** Told within minutes (most), within hours, or never (the courier's call was enough). */
    private void notice(Draft d, boolean wrongAddress) {
        int r = random.nextInt(100);
        if (wrongAddress || r < 7) {
            return;
        }
        int minutes = r < 65 ? 2 + random.nextInt(28) : r < 92 ? 30 + random.nextInt(150) : 180 + random.nextInt(300);
        Instant at = d.received.plus(Duration.ofMinutes(minutes)).plusSeconds(random.nextInt(60));
        LocalTime local = at.atZone(zone).toLocalTime();
        if (local.isAfter(LocalTime.of(21, 30)) || local.isBefore(LocalTime.of(8, 0))) {
            LocalDate next = d.received.atZone(zone).toLocalDate().plusDays(1);
            at = next.atTime(8, random.nextInt(60), random.nextInt(60)).atZone(zone).toInstant();
        }
        d.notified = at;
        d.method = random.weighted(METHODS, METHOD_WEIGHTS);
        d.notifiedBy = onDuty(at);
    }

    /**
     * A recipient comes when their earliest planned pickup is due and takes every parcel of theirs
     * that is on the shelf then, signing once for all of them. Whatever is planned after now has not
     * happened yet: those parcels are still held.
     */
    private void pickUps(List<Draft> drafts, Instant now) {
        Map<String, List<Draft>> byRecipient = new LinkedHashMap<>();
        for (Draft d : drafts) {
            if (d.end == End.PICKUP) {
                byRecipient.computeIfAbsent(d.key(), k -> new ArrayList<>()).add(d);
            }
        }
        for (List<Draft> theirs : byRecipient.values()) {
            List<Draft> byPlan = new ArrayList<>(theirs);
            byPlan.sort(Comparator.comparing((Draft d) -> d.planned));
            for (Draft first : byPlan) {
                if (first.status != ParcelStatus.HELD) {
                    continue;
                }
                Instant at = first.planned;
                if (at.isAfter(now)) {
                    break;
                }
                List<Draft> together = theirs.stream()
                        .filter(d -> d.status == ParcelStatus.HELD && d.received.isBefore(at.minusSeconds(60)))
                        .toList();
                collect(together, at);
            }
        }
    }

    private void collect(List<Draft> together, Instant at) {
        Draft first = together.get(0);
        String collector;
        String phone = null;
        boolean proxy = random.nextInt(100) < 12;
        if (proxy) {
            List<String> household = first.recipient == null ? List.of()
                    : namesByRoom.getOrDefault(first.recipient.roomId(), List.of()).stream()
                            .filter(n -> !n.equals(first.recipient.name())).toList();
            collector = !household.isEmpty() && random.nextBoolean() ? random.pick(household) : name();
            while (first.recipient != null && collector.equals(first.recipient.name())) {
                collector = name();
            }
            phone = phone();
        } else {
            collector = first.recipient != null && first.recipient.name() != null ? first.recipient.name() : name();
        }
        String signature = sign(collector, at);
        String by = onDuty(at);
        for (Draft d : together) {
            d.status = ParcelStatus.PICKED_UP;
            d.closed = at;
            d.closedBy = by;
            d.collector = collector;
            d.phone = phone;
            d.proxy = proxy;
            d.signatureId = signature;
        }
    }

    /** A signature row for a handover: drawn on the pad (most) or the name typed. */
    private String sign(String name, Instant at) {
        boolean drawn = drawnPool > 0 && random.nextInt(100) < 85;
        String id = uuid7(at);
        signatures.add(new SignatureRow(id, name, drawn ? random.nextInt(drawnPool) : -1, at));
        return id;
    }

    /** A tracking number in the carrier's shape. */
    private String tracking(Carrier c) {
        return switch (c) {
            case SF -> "SF" + (random.nextInt(4) == 0 ? "1" + digits(11) : "1" + digits(12));
            case JT -> "JT" + "5" + digits(12);
            case YTO -> "YT" + (7 + random.nextInt(3)) + digits(12);
            case JD -> "JD" + random.pick(new String[]{"VA", "VB", "VC", "VD", "X0", "00"}) + digits(11);
            case ZTO -> "7" + random.pick(new String[]{"3", "5", "8"}) + digits(random.nextInt(3) == 0 ? 10 : 12);
            case STO -> random.pick(new String[]{"77", "88", "66"}) + digits(11);
            case YUNDA -> random.nextInt(4) == 0 ? "31" + digits(13) : random.pick(new String[]{"43", "46"}) + digits(11);
            case EMS -> random.pick(new String[]{"11", "98", "10"}) + digits(11);
            default -> digits(12);
        };
    }

    // --- deposits --------------------------------------------------------------------------------

    private List<Deposit> deposits(LocalDate firstDay, LocalDate today, Instant now) {
        List<Deposit> made = new ArrayList<>();
        for (LocalDate d = firstDay; !d.isAfter(today); d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            int count = weekend ? 1 + random.nextInt(4) : 2 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                Instant at = d.atTime(8, 0).plusSeconds(random.nextInt(13 * 3600)).atZone(zone).toInstant()
                        .plusMillis(random.nextInt(1000));
                if (at.isAfter(now.minusSeconds(60))) {
                    continue;
                }
                made.add(deposit(at, now));
            }
        }
        made.sort(Comparator.comparing(Deposit::receivedAt));
        List<Deposit> numbered = new ArrayList<>(made.size());
        for (Deposit x : made) {
            numbered.add(new Deposit(x.id(), number(DepositService.NUMBER_PREFIX, x.receivedAt()), x.description(),
                    x.depositorName(), x.depositorPhone(), x.recipientRoomId(), x.recipientOccupantId(),
                    x.recipientText(), x.shelfCode(), x.note(), x.status(), x.receivedAt(), x.receivedBy(),
                    x.closedAt(), x.closedBy(), x.collectorName(), x.signatureId(), x.returnReason(), x.createdAt(),
                    x.updatedAt()));
        }
        return numbered;
    }

    private Deposit deposit(Instant received, Instant now) {
        int kind = random.nextInt(100);
        String[] what;
        String shelf;
        if (kind < 55) {
            what = random.pick(DEPOSITS_SMALL);
            // Keys go into the key box behind the desk, not on a shelf.
            shelf = what[1] != null && what[1].contains("钥匙盒") ? null : shelf(smallShelves);
        } else if (kind < 92) {
            what = random.pick(DEPOSITS_LARGE);
            shelf = shelf(largeShelves);
        } else {
            what = random.pick(DEPOSITS_COLD);
            shelf = shelf(coldShelves);
        }
        Recipient r = occupants.isEmpty() || random.nextInt(100) < 4 ? null : weightedOccupant();
        String recipientText = r == null ? random.pick(IN_HOUSE) : r.text();
        String depositor = name();
        String depositorPhone = random.nextInt(100) < 85 ? phone() : null;
        String receivedBy = onDuty(received);
        int end = random.nextInt(100);
        DepositStatus status = DepositStatus.HELD;
        Instant closed = null;
        String closedBy = null;
        String collector = null;
        String signature = null;
        String reason = null;
        if (end < 4) {
            Instant at = deskTime(received, 1 + random.nextInt(4));
            if (!at.isAfter(now)) {
                status = DepositStatus.RETURNED;
                closed = at;
                reason = random.pick(DEPOSIT_RETURNS);
            }
        } else {
            Instant at = end < 14 ? collectAt(received, 4 + random.nextInt(11))
                    : random.nextInt(100) < 40 ? soon(received, 20, 240) : collectAt(received, 1 + random.nextInt(2));
            if (!at.isAfter(now)) {
                status = DepositStatus.HANDED_OUT;
                closed = at;
                collector = r != null && random.nextInt(100) < 85 ? r.name() : name();
                signature = sign(collector, at);
            }
        }
        if (closed != null) {
            closedBy = onDuty(closed);
        }
        return new Deposit(uuid7(received), null, what[0], depositor, depositorPhone, r == null ? null : r.roomId(),
                r == null ? null : r.occupantId(), recipientText, shelf, what[1], status, received, receivedBy,
                closed, closedBy, collector, signature, reason, received, closed != null ? closed : received);
    }

    // --- lost property ---------------------------------------------------------------------------

    private List<LostItem> lostItems(LocalDate firstDay, LocalDate today, Instant now) {
        List<LostItem> made = new ArrayList<>();
        for (LocalDate d = firstDay; !d.isAfter(today); d = d.plusDays(1)) {
            int count = random.nextInt(100) < 45 ? 1 : random.nextInt(100) < 8 ? 2 : 0;
            for (int i = 0; i < count; i++) {
                Instant found = d.atTime(7, 0).plusSeconds(random.nextInt(15 * 3600)).atZone(zone).toInstant()
                        .plusMillis(random.nextInt(1000));
                Instant recorded = found.plus(Duration.ofMinutes(5 + random.nextInt(85)));
                if (recorded.isAfter(now)) {
                    continue;
                }
                made.add(lostItem(found, recorded, now));
            }
        }
        keepSomeDue(made, now);
        made.sort(Comparator.comparing(LostItem::createdAt));
        List<LostItem> numbered = new ArrayList<>(made.size());
        for (LostItem x : made) {
            numbered.add(new LostItem(x.id(), number(LostPropertyService.NUMBER_PREFIX, x.createdAt()),
                    x.description(), x.category(), x.foundWhere(), x.foundAt(), x.foundBy(), x.shelfCode(),
                    x.keptText(), x.note(), x.status(), x.recordedBy(), x.closedAt(), x.closedBy(), x.claimantName(),
                    x.claimantPhone(), x.claimantIdType(), x.claimantIdLast4(), x.idChecked(), x.signatureId(),
                    x.disposalMethod(), x.disposalNote(), x.earlyReason(), x.createdAt(), x.updatedAt()));
        }
        return numbered;
    }

    private LostItem lostItem(Instant found, Instant recorded, Instant now) {
        LostItemCategory category = random.weighted(CATEGORIES, CATEGORY_WEIGHTS);
        String description = random.pick(LOST_THINGS.get(category));
        boolean valuable = category == LostItemCategory.DOCUMENTS_CARDS || category == LostItemCategory.WALLET_MONEY
                || category == LostItemCategory.PHONE_ELECTRONICS
                || category == LostItemCategory.KEYS && random.nextBoolean();
        String shelf = null;
        String kept = null;
        if (valuable) {
            kept = SAFE;
        } else {
            boolean bulky = category == LostItemCategory.BAG || category == LostItemCategory.CLOTHING
                    || description.contains("滑板车");
            shelf = bulky ? shelf(largeShelves) : shelf(smallShelves);
            if (shelf == null) {
                kept = "前台储物柜";
            }
        }
        String recordedBy = onDuty(recorded);
        int end = random.nextInt(100);
        if (end < 60) {
            Instant at = random.nextInt(100) < 45 ? soon(recorded, 30, 300) : collectAt(recorded, 1 + random.nextInt(10));
            if (!at.isAfter(now)) {
                Recipient owner = occupants.isEmpty() || random.nextInt(100) < 30 ? null : weightedOccupant();
                String claimant = owner != null ? owner.name() : name();
                String last4 = String.format("%03d", random.nextInt(1000)) + "0123456789X".charAt(random.nextInt(11));
                String signature = sign(claimant, at);
                return new LostItem(uuid7(recorded), null, description, category, random.pick(FOUND_WHERE), found,
                        random.pick(FINDERS), shelf, kept, null, LostItemStatus.CLAIMED, recordedBy, at, onDuty(at), claimant,
                        random.nextInt(100) < 80 ? phone() : null, IdType.RESIDENT_ID, last4, true, signature, null,
                        null, null, recorded, at);
            }
        } else {
            // Disposed of in one of the desk's clear-outs some time after the keep period.
            Instant at = deskTime(found.plus(Duration.ofDays(KEEP_DAYS)), 1 + random.nextInt(20));
            if (!at.isAfter(now)) {
                LostItemDisposalMethod method = disposal(category);
                String by = desk.lead() != null ? desk.lead() : onDuty(at);
                return new LostItem(uuid7(recorded), null, description, category, random.pick(FOUND_WHERE), found,
                        random.pick(FINDERS), shelf, kept, null, LostItemStatus.DISPOSED, recordedBy, at, by, null, null,
                        null, null, false, null, method, disposalNote(method, category), null, recorded, at);
            }
        }
        return new LostItem(uuid7(recorded), null, description, category, random.pick(FOUND_WHERE), found, random.pick(FINDERS),
                shelf, kept, random.pick(LOST_NOTES), LostItemStatus.HELD, recordedBy, null, null, null, null, null, null,
                false, null, null, null, null, recorded, recorded);
    }

    /**
     * The desk has not got round to the two most recently due items yet: they are held past the keep
     * period, so the list of items due for disposal has something to show.
     */
    private void keepSomeDue(List<LostItem> items, Instant now) {
        Instant due = now.minus(Duration.ofDays(KEEP_DAYS)).minusSeconds(3600);
        List<LostItem> disposed = items.stream()
                .filter(i -> i.status() == LostItemStatus.DISPOSED && i.foundAt().isBefore(due))
                .sorted(Comparator.comparing(LostItem::foundAt).reversed())
                .toList();
        long alreadyDue = items.stream().filter(i -> i.held() && i.foundAt().isBefore(due)).count();
        for (int k = 0; k < disposed.size() && alreadyDue + k < 2; k++) {
            LostItem x = disposed.get(k);
            items.set(items.indexOf(x), new LostItem(x.id(), x.number(), x.description(), x.category(),
                    x.foundWhere(), x.foundAt(), x.foundBy(), x.shelfCode(), x.keptText(), LOST_NOTES[1],
                    LostItemStatus.HELD, x.recordedBy(), null, null, null, null, null, null, false, null, null, null,
                    null, x.createdAt(), x.createdAt()));
        }
    }

    private LostItemDisposalMethod disposal(LostItemCategory category) {
        return switch (category) {
            case DOCUMENTS_CARDS, WALLET_MONEY, PHONE_ELECTRONICS -> LostItemDisposalMethod.POLICE;
            case CLOTHING, BAG -> random.nextInt(4) == 0 ? LostItemDisposalMethod.RETURNED_TO_FINDER
                    : LostItemDisposalMethod.DONATED;
            case KEYS -> LostItemDisposalMethod.DISCARDED;
            default -> random.nextInt(3) == 0 ? LostItemDisposalMethod.DONATED : LostItemDisposalMethod.DISCARDED;
        };
    }

    private static String disposalNote(LostItemDisposalMethod method, LostItemCategory category) {
        return switch (method) {
            case POLICE -> "移交辖区派出所，已登记";
            case DONATED -> category == LostItemCategory.CLOTHING || category == LostItemCategory.BAG ? "捐赠社区爱心衣橱"
                    : category == LostItemCategory.UMBRELLA ? "放入大堂共享雨伞架" : "捐赠社区公益站";
            case RETURNED_TO_FINDER -> "拾得人要求领回";
            default -> category == LostItemCategory.KEYS ? "超过保管期，钥匙剪断销毁" : "超过保管期，按规定处理";
        };
    }

    // --- times, people, numbers ------------------------------------------------------------------

    /** When a courier brought a parcel on the day; null when today has no time left before now. */
    private Instant delivery(LocalDate day, Instant notAfter) {
        for (int attempt = 0; attempt < 30; attempt++) {
            int hour = 0;
            int r = random.nextInt(DELIVERY_TOTAL);
            while (r >= DELIVERY_HOURS[hour]) {
                r -= DELIVERY_HOURS[hour];
                hour++;
            }
            Instant at = day.atTime(FIRST_DELIVERY.plusHours(hour)).plusSeconds(random.nextInt(3600))
                    .atZone(zone).toInstant().plusMillis(random.nextInt(1000));
            if (notAfter == null || at.isBefore(notAfter.minusSeconds(60))) {
                return at;
            }
        }
        return null;
    }

    /** When someone comes to the desk {@code days} days after {@code after}: mostly in the evening, never before it. */
    private Instant collectAt(Instant after, int days) {
        LocalDate day = after.atZone(zone).toLocalDate().plusDays(days);
        Instant earliest = after.plus(Duration.ofMinutes(20));
        for (int attempt = 0; attempt < 20; attempt++) {
            Instant at = pickupTime(day);
            if (!at.isBefore(earliest)) {
                return at;
            }
        }
        return pickupTime(day.plusDays(1));
    }

    private Instant pickupTime(LocalDate day) {
        int hour = random.weighted(new Integer[]{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14}, PICKUP_HOURS);
        return day.atTime(FIRST_PICKUP.plusHours(hour)).plusSeconds(random.nextInt(3600)).atZone(zone).toInstant()
                .plusMillis(random.nextInt(1000));
    }

    /** A few minutes to hours after, the same evening at the latest; else the next day. */
    private Instant soon(Instant after, int minMinutes, int maxMinutes) {
        Instant at = after.plus(Duration.ofMinutes(minMinutes + random.nextInt(maxMinutes - minMinutes)))
                .plusSeconds(random.nextInt(60));
        LocalTime local = at.atZone(zone).toLocalTime();
        boolean sameDay = at.atZone(zone).toLocalDate().equals(after.atZone(zone).toLocalDate());
        return sameDay && local.isBefore(LocalTime.of(22, 0)) ? at : collectAt(after, 1);
    }

    /** A time in the desk's office hours (09:00–19:00) {@code days} days later, at least half an hour after. */
    private Instant deskTime(Instant after, int days) {
        LocalDate day = after.atZone(zone).toLocalDate().plusDays(days);
        Instant earliest = after.plus(Duration.ofMinutes(30));
        for (int attempt = 0; attempt < 20; attempt++) {
            Instant at = day.atTime(9, 0).plusSeconds(random.nextInt(10 * 3600)).atZone(zone).toInstant();
            if (!at.isBefore(earliest)) {
                return at;
            }
        }
        return day.plusDays(1).atTime(9, 0).plusSeconds(random.nextInt(10 * 3600)).atZone(zone).toInstant();
    }

    /**
     * Who was at the desk: the two receptionists take the early (to 15:00) and late shifts, swapping
     * every day; the shift lead steps in now and then, the administrator rarely.
     */
    private String onDuty(Instant at) {
        int r = random.nextInt(100);
        if (r < 2 && desk.admin() != null) {
            return desk.admin();
        }
        if ((r < 15 || desk.receptionists().isEmpty()) && desk.lead() != null) {
            return desk.lead();
        }
        if (desk.receptionists().isEmpty()) {
            return desk.admin();
        }
        var local = at.atZone(zone);
        int shift = (int) ((local.toLocalDate().toEpochDay() + (local.getHour() < 15 ? 0 : 1)) & 1);
        return desk.receptionists().get(shift % desk.receptionists().size());
    }

    private Recipient weightedOccupant() {
        double x = random.nextDouble() * cumulativeWeight[cumulativeWeight.length - 1];
        int i = Arrays.binarySearch(cumulativeWeight, x);
        return occupants.get(i >= 0 ? i : Math.min(-i - 1, occupants.size() - 1));
    }

    private String shelf(List<String> preferred) {
        if (!preferred.isEmpty()) {
            return random.pick(preferred);
        }
        return anyShelves.isEmpty() ? null : random.pick(anyShelves);
    }

    /** The next number of the site's day for a prefix, carrying on from what the counter had. */
    private String number(String prefix, Instant at) {
        LocalDate day = at.atZone(zone).toLocalDate();
        int n = lastNumbers.computeIfAbsent(prefix, p -> new HashMap<>()).merge(day, 1, Integer::sum);
        return String.format("%s-%s-%04d", prefix, DAY.format(day), n);
    }

    /** A time-ordered id (UUID version 7) for the moment, from the seeded random. */
    private String uuid7(Instant at) {
        long msb = (at.toEpochMilli() << 16) | (0x7L << 12) | random.nextInt(1 << 12);
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    private String name() {
        return random.pick(SURNAMES) + random.pick(GIVEN);
    }

    private String phone() {
        return "1" + (3 + random.nextInt(7)) + random.nextInt(10) + String.format("%08d", random.nextInt(100_000_000));
    }

    private String digits(int n) {
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = (char) ('0' + random.nextInt(10));
        }
        return new String(c);
    }

}
