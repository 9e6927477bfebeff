package com.frontdesk.dashboard;

import com.frontdesk.accounts.AccessControl;
import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.complaints.ComplaintFigures;
import com.frontdesk.complaints.ComplaintLists;
import com.frontdesk.complaints.ComplaintReports;
import com.frontdesk.complaints.ComplaintSettings;
import com.frontdesk.core.GroupedFigures;
import com.frontdesk.core.SiteDays;
import com.frontdesk.core.Store;
import com.frontdesk.dashboard.DashboardSnapshot.AgeBand;
import com.frontdesk.dashboard.DashboardSnapshot.CategoryCount;
import com.frontdesk.dashboard.DashboardSnapshot.DayCount;
import com.frontdesk.dashboard.DashboardSnapshot.MonthCount;
import com.frontdesk.dashboard.DashboardSnapshot.Satisfaction;
import com.frontdesk.dashboard.DashboardSnapshot.ShiftState;
import com.frontdesk.handover.Desk;
import com.frontdesk.handover.HandoverService;
import com.frontdesk.handover.HandoverSettings;
import com.frontdesk.handover.ShiftDef;
import com.frontdesk.parcels.ParcelService;
import com.frontdesk.repairs.RepairLists;
import com.frontdesk.repairs.RepairReports;
import com.frontdesk.repairs.RepairSettings;
import com.frontdesk.visitors.VisitorService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The dashboard's figures, read in one go: the modules' own counts (the same the handover's
 * automatic lines use), their monthly figures for the charts, and two aggregates of its own
 * (visits per day, parcels by age). Every role may see it; the figures hold no personal data.
 */
public final class DashboardService {
    /** Days of the visits chart, today included. */
    public static final int DAYS = 30;
    /** Months of the complaints chart and of the satisfaction share, this month included. */
    public static final int MONTHS = 6;
    /** The parcels' age bands in whole days: under 1, 1–2, 3–6, 7 and more. */
    static final int[] AGE_DAYS = {0, 1, 3, 7};

    /** The modules whose counts and figures the dashboard shows. */
    public record Sources(VisitorService visitors, ParcelService parcels, RepairLists repairLists,
                         RepairReports repairReports, ComplaintLists complaintLists,
                         ComplaintReports complaintReports, HandoverService handovers) {
    }

    /** The settings it names things by: the desk and its shifts, the categories. */
    public record Settings(Supplier<HandoverSettings> handover, Supplier<RepairSettings> repairs,
                           Supplier<ComplaintSettings> complaints) {
    }

    private final Store store;
    private final AccessControl access;
    private final Sources modules;
    private final Settings settings;
    private final DashboardRepository repository = new DashboardRepository();

    public DashboardService(Store store, AccessControl access, Sources modules, Settings settings) {
        this.store = store;
        this.access = access;
        this.modules = modules;
        this.settings = settings;
    }

    public DashboardSnapshot snapshot(Session session) {
        access.require(session, Permission.VIEW_DASHBOARD);
        Instant now = store.clock().instant();
        ZoneId zone = store.read(SiteDays::zone);
        LocalDateTime local = LocalDateTime.ofInstant(now, zone);
        YearMonth month = YearMonth.from(local);
        List<ComplaintFigures> complaints = modules.complaintReports().figures(month.minusMonths(MONTHS - 1), month);
        return new DashboardSnapshot(now, modules.visitors().countOnSite(), modules.visitors().countPassesOut(),
                modules.parcels().countHeld(), modules.parcels().countOverdue(), modules.repairLists().countOpen(),
                modules.repairLists().countOverdue(), modules.repairLists().countOnHold(),
                modules.complaintLists().countOpen(), modules.complaintLists().countOverdue(),
                modules.complaintLists().countEscalationsWaiting(), shift(local, zone),
                visitsPerDay(local.toLocalDate(), zone), parcelsByAge(now), repairsByCategory(month),
                complaintsByMonth(complaints), satisfaction(month, zone, complaints));
    }

    /** The workstation desk's shift on duty now, and whether the handover into it is signed by both sides. */
    ShiftState shift(LocalDateTime now, ZoneId zone) {
        HandoverSettings s = settings.handover().get();
        Desk desk = s.workstation();
        Optional<ShiftDef> shift = s.currentShift(desk.code(), now.toLocalTime());
        boolean done = shift.isPresent() && modules.handovers().currentShiftDone(desk.code(),
                shift.get().lastStart(now).atZone(zone).toInstant());
        return new ShiftState(desk.name(), shift.map(ShiftDef::name).orElse(null), done,
                modules.handovers().countRefusalsWaiting());
    }

    private List<DayCount> visitsPerDay(LocalDate today, ZoneId zone) {
        LocalDate first = today.minusDays(DAYS - 1);
        long[] bounds = new long[DAYS + 1];
        for (int i = 0; i <= DAYS; i++) {
            bounds[i] = SiteDays.from(first.plusDays(i), zone);
        }
        List<Integer> counts = store.read(h -> repository.visitsBetween(h, bounds));
        List<DayCount> out = new ArrayList<>(DAYS);
        for (int i = 0; i < DAYS; i++) {
            out.add(new DayCount(first.plusDays(i), counts.get(i)));
        }
        return out;
    }

    private List<AgeBand> parcelsByAge(Instant now) {
        int[] held = store.read(h -> repository.heldByAge(h, now.toEpochMilli(), AGE_DAYS));
        List<AgeBand> out = new ArrayList<>(AGE_DAYS.length);
        for (int i = 0; i < AGE_DAYS.length; i++) {
            out.add(new AgeBand(AGE_DAYS[i], i + 1 < AGE_DAYS.length ? AGE_DAYS[i + 1] : null, held[i]));
        }
        return out;
    }

    /** This month's repair figures: pending at its end (that is, now) and done in it, per category. */
    private List<CategoryCount> repairsByCategory(YearMonth month) {
        RepairSettings names = settings.repairs().get();
        return modules.repairReports().figures(month, month).stream()
                .filter(f -> f.outstanding() > 0 || f.done() > 0)
                .map(f -> new CategoryCount(f.category(), names.categoryName(f.category()), f.outstanding(), f.done()))
                .toList();
    }

    private List<MonthCount> complaintsByMonth(List<ComplaintFigures> figures) {
        ComplaintSettings names = settings.complaints().get();
        return figures.stream().filter(f -> f.received() > 0)
                .map(f -> new MonthCount(f.month(), f.category(), names.categoryName(f.category()), f.received()))
                .toList();
    }

    /** The complaints' call-backs from their monthly figures; the repairs' over the same months in one query. */
    private Satisfaction satisfaction(YearMonth month, ZoneId zone, List<ComplaintFigures> complaints) {
        List<GroupedFigures.Month> months = GroupedFigures.months(month.minusMonths(MONTHS - 1), month, zone,
                "repair.monthsInvalid");
        long from = months.get(0).start();
        long to = months.get(months.size() - 1).end();
        int[] repairs = store.read(h -> GroupedFigures.callBacks(h, "repair_callback", "repair_id", "repair", from, to))
                .values().stream().reduce(new int[2], (a, b) -> new int[] {a[0] + b[0], a[1] + b[1]});
        int complaintCallBacks = complaints.stream().mapToInt(ComplaintFigures::callBacks).sum();
        int complaintSatisfied = complaints.stream().mapToInt(ComplaintFigures::satisfiedRatings).sum();
        return new Satisfaction(repairs[0] * 4, repairs[1], complaintCallBacks * 4, complaintSatisfied);
    }
}
