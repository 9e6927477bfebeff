package com.frontdesk.visitors;

import com.frontdesk.core.Draw;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Made-up but realistic visits for the demo site and the benchmark: what a front desk sees in a
 * day. Seeded, so one seed always gives the same visits for the same dates. Pure Java: it only
 * makes {@link Visit} records; {@link VisitorBulkLoader} stores them.
 *
 * <p>The shape of a day: weekdays 20–45 visitors, weekends 8–18; arrivals 08:00–19:00 with a
 * late-morning and a mid-afternoon peak; stays of 15 minutes to 3 hours by purpose. Most hosts
 * confirm at once; some do not answer and confirm a little later (the visitor waits in the
 * lounge), some never answer, some refuse. Door-to-door sales are turned away. Contractors carry
 * engineering's confirmation (small jobs) or the management office's approval (medium, large).
 * Couriers, relatives and contract workers come back again and again with the same phone, so a
 * returning visitor's details can be found. A temporary pass is never with two visitors at once.
 */
final class VisitGenerator {
    /** Open visits added to today whatever the hour, so the on-site list has something to show. */
    static final int OPEN_TODAY = 5;

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final LocalTime FIRST_ARRIVAL = LocalTime.of(8, 0);
    /** Relative weight of arrivals in each hour from 08:00 to 18:59. */
    private static final int[] HOUR_WEIGHTS = {4, 7, 10, 9, 5, 6, 9, 10, 8, 6, 3};
    private static final int HOUR_TOTAL = Arrays.stream(HOUR_WEIGHTS).sum();

    // No sales: the service refuses them without a record (the desk calls security), so the demo
    // holds none either.
    private static final Purpose[] PURPOSES = {Purpose.VISIT, Purpose.DELIVERY, Purpose.MEETING, Purpose.CONTRACTOR,
            Purpose.INTERVIEW, Purpose.OTHER};
    private static final int[] PURPOSE_WEIGHTS = {40, 22, 10, 12, 6, 6};

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡",
            "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹",
            "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
            "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "志强", "建华", "海燕", "晓明", "丹", "玉兰", "鹏", "辉", "红",
            "春梅", "文博", "思远", "雨涵", "梓萱", "俊杰", "宇航", "佳怡", "一鸣", "建军", "淑珍", "国强", "小红", "立新"};
    private static final String[] COURIERS = {"顺丰速运", "京东物流", "中通快递", "圆通速递", "韵达快递", "申通快递", "EMS",
            "美团外卖", "饿了么", "闪送", "盒马鲜生", "德邦物流"};
    private static final String[] CONTRACTORS = {"鑫达装饰工程有限公司", "宏远水电安装队", "安居防水工程有限公司",
            "利民家电维修服务部", "城建管道疏通中心", "联创电梯维保有限公司", "绿景园林养护有限公司", "佳美门窗有限公司",
            "安信消防设备有限公司", "同舟智能安防工程有限公司"};
    private static final String[] VISITOR_COMPANIES = {"北方电子科技有限公司", "华信会计师事务所", "中科软件股份有限公司",
            "平安保险", "招商银行", "新东方教育", "正大广告有限公司", "博雅人力资源有限公司", "天成律师事务所"};
    private static final String[] SMALL_JOBS = {"更换厨房水龙头", "疏通卫生间下水", "维修入户门锁", "更换灯具开关",
            "空调清洗", "热水器维修", "纱窗更换", "可视对讲维修"};
    private static final String[] BIG_JOBS = {"卫生间防水重做", "厨房改造", "全屋墙面翻新", "更换整体门窗", "地板铺设",
            "电梯年度维保", "消防管道检修", "绿化修剪"};
    private static final String[] ENGINEERS = {"李工", "王工", "赵工", "陈工"};
    private static final String[] VISIT_NOTES = {"探望老人", "朋友来访", "送孩子回家", "亲戚来访", "家教上课",
            "钟点工保洁", "宠物上门喂养"};
    private static final String[] DELIVERY_NOTES = {"大件家具送货上门", "生鲜配送", "家电送货安装", "文件签收",
            "外卖送餐上楼"};
    private static final String[] OTHER_NOTES = {"中介带看房", "抄水表", "燃气公司入户安检", "搬家公司", "社区走访"};
    private static final String[] PLATE_REGIONS = {"京", "京", "京", "冀", "津", "鲁"};

    /** A place in the directory, and the person there when a person was picked. */
    record Host(String roomId, String roomCode, boolean publicArea, String occupantId, String name, String kind,
                String company) {
        /** What check-in writes for a picked host (DirectoryRepository.label): "3-2-1502 · 张伟", or the place alone. */
        String text() {
            return occupantId == null ? roomCode : roomCode + " · " + name;
        }

        Host placeOnly() {
            return new Host(roomId, roomCode, publicArea, null, null, null, null);
        }
    }

    /** Someone who comes back: same name, phone, company and usually the same host. */
    private record Person(String name, String phone, String idNumber, String company, String plate, Host host) {
    }

    /** A visit before its pass, number and id are given out (those depend on the visits around it). */
    private static final class Draft {
        Person who;
        Purpose purpose;
        Host host;
        int headCount = 1;
        Verification verification;
        VisitStatus status;
        Instant created;
        Instant verifiedAt;
        Instant checkedIn;
        Instant checkedOut;
        boolean wantsPass;
        String pass;
        String note;
        JobSize jobSize;
        String engineeringNote;
        String approvalRef;
        IdType idType;
        String idNumber;
    }

    private final Draw random;
    private final ZoneId zone;
    private final String idSalt;
    private final List<Host> residents = new ArrayList<>();
    private final List<Host> companies = new ArrayList<>();
    private final List<Host> rooms = new ArrayList<>();
    private final List<Host> publicAreas = new ArrayList<>();
    private final List<String> passes;
    /** When each pass comes back to the desk; {@code Long.MAX_VALUE} while an open visit holds it. */
    private final long[] passFreeAt;
    /** The last number given out per site day, so the counter table can be set to match. */
    private final Map<LocalDate, Integer> lastNumbers;
    private final List<Person> couriers = new ArrayList<>();
    private final List<Person> relatives = new ArrayList<>();
    private final List<Person> workers = new ArrayList<>();
    private int approvals;

    /**
     * @param hosts       the directory's places and people
     * @param passes      the active passes of the pool
     * @param lastNumbers the last visit number of each site day so far; updated as numbers are given out
     */
    VisitGenerator(long seed, ZoneId zone, String idSalt, List<Host> hosts, List<String> passes,
                   Map<LocalDate, Integer> lastNumbers) {
        this.random = new Draw(seed);
        this.zone = zone;
        this.idSalt = idSalt;
        for (Host h : hosts) {
            if (h.publicArea()) {
                publicAreas.add(h.placeOnly());
            } else if (h.occupantId() == null) {
                rooms.add(h);
            } else if ("COMPANY".equals(h.kind())) {
                companies.add(h);
            } else {
                residents.add(h);
            }
            if (!h.publicArea() && h.occupantId() != null && !"COMPANY".equals(h.kind())) {
                rooms.add(h.placeOnly());
            }
        }
        this.passes = List.copyOf(passes);
        this.passFreeAt = new long[passes.size()];
        this.lastNumbers = lastNumbers;
        for (int i = 0; i < 60; i++) {
            couriers.add(new Person(name(), phone(), null, random.pick(COURIERS), random.nextInt(4) == 0 ? plate() : null,
                    null));
        }
        for (int i = 0; i < 240; i++) {
            Host h = residents.isEmpty() ? null : random.pick(residents);
            relatives.add(new Person(name(), phone(), random.nextInt(5) == 0 ? residentId() : null, null,
                    random.nextInt(3) == 0 ? plate() : null, h));
        }
        for (int i = 0; i < 40; i++) {
            workers.add(new Person(name(), phone(), residentId(), random.pick(CONTRACTORS),
                    random.nextInt(2) == 0 ? plate() : null, null));
        }
    }

    /** How many visitors a day brings at the demo's density: weekdays 20–45, weekends 8–18. */
    int dailyCount(LocalDate day) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return weekend ? 8 + random.nextInt(11) : 20 + random.nextInt(26);
    }

    /** The share of a day's arrivals that come before this time of day (0 before 08:00, 1 after 19:00). */
    static double arrivedShare(LocalTime t) {
        double before = 0;
        for (int i = 0; i < HOUR_WEIGHTS.length; i++) {
            LocalTime start = FIRST_ARRIVAL.plusHours(i);
            if (!t.isAfter(start)) {
                break;
            }
            double part = Math.min(1.0, Duration.between(start, t).toMinutes() / 60.0);
            before += HOUR_WEIGHTS[i] * part;
        }
        return before / HOUR_TOTAL;
    }

    /** A whole past day of {@code count} visits, all closed, in the order they registered. */
    List<Visit> day(LocalDate day, int count) {
        List<Draft> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            drafts.add(draft(arrival(day, null)));
        }
        return finish(drafts);
    }

    /**
     * Today up to {@code now}: {@code count} visits that arrived before now, closed or still inside
     * as the clock says, plus {@code open} explicit open ones (at most {@link #OPEN_TODAY}): three
     * on site, a contractor inside for more than four hours, and one waiting in the lounge.
     */
    List<Visit> today(Instant now, int count, int open) {
        LocalDate day = now.atZone(zone).toLocalDate();
        List<Draft> drafts = new ArrayList<>(count + open);
        for (int i = 0; i < count; i++) {
            Draft d = draft(arrival(day, now));
            settleAt(d, now);
            drafts.add(d);
        }
        for (int i = 0; i < Math.min(open, OPEN_TODAY); i++) {
            drafts.add(openDraft(i, now));
        }
        return finish(drafts);
    }

    // --- one visit ----------------------------------------------------------------------------

    private Draft draft(Instant arrival) {
        Draft d = new Draft();
        d.purpose = random.weighted(PURPOSES, PURPOSE_WEIGHTS);
        DayOfWeek weekday = arrival.atZone(zone).getDayOfWeek();
        if ((d.purpose == Purpose.MEETING || d.purpose == Purpose.INTERVIEW)
                && (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY)) {
            d.purpose = Purpose.VISIT; // offices are closed at the weekend
        }
        d.created = arrival;
        fill(d);
        int roll = random.nextInt(100);
        Instant out;
        if (roll < 4) {
            refuse(d, arrival.plusSeconds(60 + random.nextInt(180)), arrival);
            d.note = random.pick(new String[]{"业主表示不认识来访人", "业主不在家，拒绝来访", "业主表示未预约"});
            return d;
        } else if (roll < 6) {
            // Nobody answered; after a while in the lounge the visitor gave up.
            refuse(d, arrival.plus(loungeWait()), arrival);
            d.note = "业主电话无人接听，访客离开";
            return d;
        } else if (roll < 13) {
            // Nobody answered at first; the host called back and the visitor went in then.
            Instant confirmed = arrival.plus(loungeWait());
            d.verification = Verification.CONFIRMED;
            d.verifiedAt = confirmed;
            d.checkedIn = confirmed;
            if (d.note == null) {
                d.note = "业主回电确认";
            }
        } else {
            d.verification = Verification.CONFIRMED;
            d.verifiedAt = arrival;
            d.checkedIn = arrival;
        }
        out = d.checkedIn.plus(stay(d.purpose));
        d.status = VisitStatus.CHECKED_OUT;
        d.checkedOut = out;
        d.wantsPass = random.nextInt(100) < passChance(d.purpose);
        return d;
    }

    /** Today's visits end where the clock is: inside still, or not yet confirmed. */
    private void settleAt(Draft d, Instant now) {
        if (d.verifiedAt.isAfter(now)) {
            // Only the explicit one waits in the lounge today; this host answered at once.
            d.verifiedAt = d.created;
            if (d.checkedIn != null) {
                d.checkedIn = d.created;
            }
            if (d.checkedOut != null) {
                d.checkedOut = d.created.plus(stay(d.purpose));
            }
            if ("业主回电确认".equals(d.note)) {
                d.note = null;
            }
        }
        if (d.status == VisitStatus.CHECKED_OUT && d.checkedOut.isAfter(now)) {
            d.status = VisitStatus.ON_SITE;
            d.checkedOut = null;
        }
    }

    private Draft openDraft(int which, Instant now) {
        Draft d = new Draft();
        switch (which) {
            case 3 -> {
                // Inside for more than four hours: the on-site list flags the overstay.
                d.purpose = Purpose.CONTRACTOR;
                d.created = now.minus(Duration.ofMinutes(255 + random.nextInt(75)));
            }
            case 4 -> {
                d.purpose = Purpose.VISIT;
                d.created = now.minus(Duration.ofSeconds(120 + random.nextInt(420)));
            }
            default -> {
                d.purpose = which == 1 ? Purpose.MEETING : Purpose.VISIT;
                d.created = now.minus(Duration.ofMinutes(10 + random.nextInt(100)));
            }
        }
        fill(d);
        if (which == 3) {
            d.jobSize = JobSize.LARGE;
            d.engineeringNote = null;
            d.approvalRef = approvalRef(d.created);
            d.note = random.pick(BIG_JOBS);
        }
        d.verifiedAt = d.created;
        d.checkedIn = d.created;
        if (which == 4) {
            // The host has not answered yet: the visitor waits in the lounge, without a pass.
            d.verification = Verification.NO_ANSWER;
            d.status = VisitStatus.WAITING;
            d.note = "业主电话暂未接通，在休息区等候";
        } else {
            d.verification = Verification.CONFIRMED;
            d.status = VisitStatus.ON_SITE;
            d.wantsPass = true;
        }
        return d;
    }

    /** Who came, to whom, and what the purpose brings with it. */
    private void fill(Draft d) {
        Person p = switch (d.purpose) {
            case DELIVERY -> random.nextInt(100) < 65 ? random.pick(couriers) : stranger(random.pick(COURIERS));
            case VISIT -> random.nextInt(100) < 40 ? random.pick(relatives) : stranger(null);
            case CONTRACTOR -> random.nextInt(100) < 45 ? random.pick(workers) : stranger(random.pick(CONTRACTORS));
            case MEETING -> stranger(random.nextInt(3) == 0 ? null : random.pick(VISITOR_COMPANIES));
            default -> stranger(null);
        };
        d.who = p;
        d.host = host(d.purpose, p);
        d.headCount = switch (d.purpose) {
            case VISIT -> random.weighted(new Integer[]{1, 2, 3, 4}, new int[]{60, 25, 10, 5});
            case MEETING -> random.weighted(new Integer[]{1, 2, 3}, new int[]{55, 35, 10});
            case CONTRACTOR -> random.weighted(new Integer[]{1, 2, 3, 4}, new int[]{40, 35, 15, 10});
            default -> 1;
        };
        if (p.idNumber() != null && (d.purpose == Purpose.CONTRACTOR || d.purpose == Purpose.INTERVIEW
                || random.nextInt(3) == 0)) {
            d.idType = IdType.RESIDENT_ID;
            d.idNumber = p.idNumber();
        } else if (d.purpose == Purpose.INTERVIEW && random.nextInt(10) < 7) {
            d.idType = IdType.RESIDENT_ID;
            d.idNumber = residentId();
        }
        switch (d.purpose) {
            case CONTRACTOR -> {
                d.jobSize = random.weighted(new JobSize[]{JobSize.SMALL, JobSize.MEDIUM, JobSize.LARGE}, new int[]{60, 30, 10});
                if (d.jobSize == JobSize.SMALL) {
                    d.engineeringNote = "工程部" + random.pick(ENGINEERS) + "电话确认：" + random.pick(SMALL_JOBS);
                } else {
                    d.approvalRef = approvalRef(d.created);
                    d.note = random.pick(BIG_JOBS);
                }
            }
            case VISIT -> d.note = random.nextInt(6) == 0 ? random.pick(VISIT_NOTES) : null;
            case DELIVERY -> d.note = random.nextInt(5) == 0 ? random.pick(DELIVERY_NOTES) : null;
            case INTERVIEW -> d.note = "应聘面试";
            case OTHER -> d.note = random.pick(OTHER_NOTES);
            default -> d.note = null;
        }
    }

    private Host host(Purpose purpose, Person p) {
        switch (purpose) {
            case VISIT:
                return p.host() != null ? p.host() : any(residents, rooms, companies, publicAreas);
            case DELIVERY:
                if (!companies.isEmpty() && random.nextInt(5) == 0) {
                    return random.pick(companies);
                }
                return random.nextInt(10) < 7 ? any(residents, rooms, companies, publicAreas)
                        : any(rooms, residents, companies, publicAreas);
            case MEETING:
            case INTERVIEW:
                return any(companies, residents, rooms, publicAreas);
            case CONTRACTOR:
                if (!publicAreas.isEmpty() && random.nextInt(4) == 0) {
                    return random.pick(publicAreas);
                }
                return any(residents, rooms, companies, publicAreas);
            default:
                return random.nextInt(3) == 0 ? any(publicAreas, rooms, residents, companies)
                        : any(residents, rooms, companies, publicAreas);
        }
    }

    /** The first list that has anything; a site without a directory gets a typed host. */
    @SafeVarargs
    private Host any(List<Host>... lists) {
        for (List<Host> l : lists) {
            if (!l.isEmpty()) {
                return random.pick(l);
            }
        }
        return new Host(null, "物业管理处", true, null, null, null, null);
    }

    private void refuse(Draft d, Instant verifiedAt, Instant checkedIn) {
        d.verification = Verification.REFUSED;
        d.status = VisitStatus.REFUSED;
        d.verifiedAt = verifiedAt;
        d.checkedIn = checkedIn;
        d.wantsPass = false;
    }

    // --- the day's passes, numbers and ids ------------------------------------------------------

    private List<Visit> finish(List<Draft> drafts) {
        // Passes in the order visitors went in: a pass goes out only when it is back at the desk.
        drafts.sort(Comparator.comparing((Draft d) -> d.checkedIn));
        for (Draft d : drafts) {
            if (d.wantsPass && (d.status == VisitStatus.ON_SITE || d.status == VisitStatus.CHECKED_OUT)) {
                long in = d.checkedIn.toEpochMilli();
                for (int i = 0; i < passes.size(); i++) {
                    if (passFreeAt[i] <= in) {
                        d.pass = passes.get(i);
                        passFreeAt[i] = d.checkedOut == null ? Long.MAX_VALUE : d.checkedOut.toEpochMilli();
                        break;
                    }
                }
            }
        }
        // Numbers in the order visitors registered, per site day, as the desk gives them out.
        drafts.sort(Comparator.comparing((Draft d) -> d.created));
        List<Visit> visits = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            visits.add(visit(d));
        }
        return visits;
    }

    private Visit visit(Draft d) {
        LocalDate day = d.created.atZone(zone).toLocalDate();
        int n = lastNumbers.merge(day, 1, Integer::sum);
        String number = String.format("%s-%s-%04d", VisitorService.NUMBER_PREFIX, DAY.format(day), n);
        String idHash = d.idNumber == null ? null : IdNumbers.hash(idSalt, d.idNumber);
        String idLast4 = d.idNumber == null ? null : IdNumbers.last4(d.idNumber);
        Instant updated = d.checkedOut != null ? d.checkedOut
                : d.status == VisitStatus.REFUSED ? d.verifiedAt : d.checkedIn;
        Host h = d.host;
        Person p = d.who;
        return new Visit(uuid7(d.created.toEpochMilli()), number, p.name(), p.phone(), d.idType, idLast4, idHash, null,
                p.company(), d.headCount, d.purpose, h.roomId(), h.roomId() == null ? null : h.occupantId(), h.text(),
                d.verification, d.verifiedAt, d.status, d.pass, p.plate(), d.note, d.jobSize, d.engineeringNote,
                d.approvalRef, d.checkedIn, d.checkedOut, d.created, updated);
    }

    /** A time-ordered id (UUID version 7) for the moment the visit was registered, from the seeded random. */
    private String uuid7(long millis) {
        long msb = (millis << 16) | (0x7L << 12) | random.nextInt(1 << 12);
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    // --- the pieces --------------------------------------------------------------------------

    private Instant arrival(LocalDate day, Instant notAfter) {
        for (int attempt = 0; attempt < 30; attempt++) {
            int hour = 0;
            int r = random.nextInt(HOUR_TOTAL);
            while (r >= HOUR_WEIGHTS[hour]) {
                r -= HOUR_WEIGHTS[hour];
                hour++;
            }
            Instant at = day.atTime(FIRST_ARRIVAL.plusHours(hour)).plusSeconds(random.nextInt(3600))
                    .atZone(zone).toInstant().plusMillis(random.nextInt(1000));
            if (notAfter == null || at.isBefore(notAfter.minusSeconds(60))) {
                return at;
            }
        }
        // Early in the day: someone who came just now.
        return notAfter.minusSeconds(60 + random.nextInt(1800));
    }

    private Duration stay(Purpose purpose) {
        int minutes = switch (purpose) {
            case DELIVERY -> 15 + random.nextInt(16);
            case VISIT -> 30 + random.nextInt(151);
            case MEETING -> 45 + random.nextInt(106);
            case INTERVIEW -> 40 + random.nextInt(51);
            case CONTRACTOR -> 60 + random.nextInt(121);
            default -> 15 + random.nextInt(46);
        };
        return Duration.ofMinutes(minutes).plusSeconds(random.nextInt(60));
    }

    private Duration loungeWait() {
        return Duration.ofMinutes(5 + random.nextInt(21)).plusSeconds(random.nextInt(60));
    }

    private static int passChance(Purpose purpose) {
        return switch (purpose) {
            case VISIT -> 75;
            case MEETING, INTERVIEW -> 90;
            case CONTRACTOR -> 95;
            case DELIVERY -> 15;
            default -> 50;
        };
    }

    private String approvalRef(Instant at) {
        approvals++;
        return "管理处审批 SP-" + at.atZone(zone).getYear() + "-" + String.format("%04d", 1 + approvals % 9999);
    }

    private Person stranger(String company) {
        return new Person(name(), random.nextInt(10) == 0 ? null : phone(), null, company,
                random.nextInt(8) == 0 ? plate() : null, null);
    }

    private String name() {
        return random.pick(SURNAMES) + random.pick(GIVEN);
    }

    /** A made-up mobile number: 13x–19x and eight random digits. */
    private String phone() {
        return "1" + (3 + random.nextInt(7)) + random.nextInt(10) + String.format("%08d", random.nextInt(100_000_000));
    }

    /** A made-up resident ID number of the right shape (Beijing districts, born 1960–2004). */
    private String residentId() {
        String area = random.pick(new String[]{"110101", "110102", "110105", "110108", "130102", "370102", "120101"});
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 45));
        String body = area + DAY.format(born) + String.format("%03d", random.nextInt(1000));
        return body + checkCharacter(body);
    }

    private static char checkCharacter(String body17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body17.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    private String plate() {
        String letters = "ABCDEFGHJKLMNPQ";
        StringBuilder s = new StringBuilder(random.pick(PLATE_REGIONS)).append(letters.charAt(random.nextInt(letters.length())));
        for (int i = 0; i < 5; i++) {
            s.append(random.nextInt(10));
        }
        return s.toString();
    }

}
