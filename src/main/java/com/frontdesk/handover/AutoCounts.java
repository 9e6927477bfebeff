package com.frontdesk.handover;

import com.frontdesk.complaints.Complaint;
import com.frontdesk.complaints.ComplaintItem;
import com.frontdesk.complaints.ComplaintLists;
import com.frontdesk.core.Masking;
import com.frontdesk.parcels.DepositService;
import com.frontdesk.parcels.HeldParcel;
import com.frontdesk.parcels.LostPropertyService;
import com.frontdesk.parcels.ParcelService;
import com.frontdesk.repairs.Repair;
import com.frontdesk.repairs.RepairItem;
import com.frontdesk.repairs.RepairLists;
import com.frontdesk.visitors.OnSiteVisit;
import com.frontdesk.visitors.VisitorService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The counts the desk does not type: asked of the other modules at the moment of the call, each with
 * the list behind it. The list is language-neutral (numbers, codes, masked names), because it is
 * sealed into the handover's hash and printed in either language. It names at most
 * {@value #MAX_LINES} records and then how many more there are; the count is always the whole.
 */
public final class AutoCounts {
    static final int MAX_LINES = 50;
    /** Parcels held longer than this many pages are still counted; only their list stops. */
    private static final int PAGE = 500;
    private static final int MAX_PAGES = 10;

    private final VisitorService visitors;
    private final ParcelService parcels;
    private final DepositService deposits;
    private final LostPropertyService lostProperty;
    private final RepairLists repairs;
    private final ComplaintLists complaints;

    public AutoCounts(VisitorService visitors, ParcelService parcels, DepositService deposits,
                      LostPropertyService lostProperty, RepairLists repairs, ComplaintLists complaints) {
        this.visitors = visitors;
        this.parcels = parcels;
        this.deposits = deposits;
        this.lostProperty = lostProperty;
        this.repairs = repairs;
        this.complaints = complaints;
    }

    public AutoFigure count(AutoCount what) {
        return switch (what) {
            case VISITORS_ON_SITE -> figure(visitors.countOnSite(), visitors.onSite(null, MAX_LINES).stream()
                    .map(OnSiteVisit::visit)
                    .map(v -> join(v.number(), Masking.name(v.visitorName()), v.passNo())));
            case PASSES_OUT -> figure(visitors.countPassesOut(), visitors.passesOut().stream()
                    .map(v -> join(v.passNo(), v.number())));
            case PARCELS_HELD -> byShelf();
            case PARCELS_OVERDUE -> figure(parcels.countOverdue(), overdueParcels().stream());
            case DEPOSITS_HELD -> figure(deposits.countHeld(), deposits.held(null, MAX_LINES).stream()
                    .map(d -> join(d.number(), d.shelfCode(), d.description())));
            case LOST_ITEMS_HELD -> figure(lostProperty.countHeld(), lostProperty.held(null, MAX_LINES).stream()
                    .map(i -> join(i.number(), i.shelfCode(), i.description())));
            case REPAIRS_OPEN -> figure(repairs.countOpen(), repairs.open(null, MAX_LINES).stream()
                    .map(RepairItem::repair).map(AutoCounts::repair));
            case REPAIRS_OVERDUE -> figure(repairs.countOverdue(), repairs.overdue(null, MAX_LINES).stream()
                    .map(RepairItem::repair).map(AutoCounts::repair));
            case COMPLAINTS_OPEN -> figure(complaints.countOpen(), complaints.open(null, MAX_LINES).stream()
                    .map(ComplaintItem::complaint).map(AutoCounts::complaint));
            case COMPLAINTS_OVERDUE -> figure(complaints.countOverdue(), complaints.overdue(null, MAX_LINES).stream()
                    .map(ComplaintItem::complaint).map(AutoCounts::complaint));
            case COMPLAINTS_TO_CALL_BACK -> figure(complaints.countToCallBack(),
                    complaints.toCallBack(null, MAX_LINES).stream().map(ComplaintItem::complaint)
                            .map(AutoCounts::complaint));
        };
    }

    /** "A1: 3" per shelf, in shelf order; parcels on no shelf under "-". The count is the pieces' parcels held. */
    private AutoFigure byShelf() {
        Map<String, Integer> shelves = new TreeMap<>(parcels.countHeldByShelf());
        int total = parcels.countHeld();
        List<String> lines = new ArrayList<>();
        shelves.forEach((shelf, n) -> lines.add((shelf == null || shelf.isEmpty() ? "-" : shelf) + ": " + n));
        return new AutoFigure(total, String.join("\n", lines));
    }

    /** The held list has the overdue flag; it is walked oldest first until the overdue ones are named. */
    private List<String> overdueParcels() {
        List<String> lines = new ArrayList<>();
        HeldParcel last = null;
        for (int page = 0; page < MAX_PAGES && lines.size() < MAX_LINES; page++) {
            List<HeldParcel> held = parcels.held(false, last == null ? null : last.parcel(), PAGE);
            held.stream().filter(HeldParcel::overdue).map(HeldParcel::parcel)
                    .map(p -> join(p.number(), p.shelfCode())).forEach(lines::add);
            if (held.size() < PAGE) {
                break;
            }
            last = held.get(held.size() - 1);
        }
        return lines;
    }

    private static String repair(Repair r) {
        return join(r.number(), r.roomCode() != null ? r.roomCode() : r.locationText());
    }

    private static String complaint(Complaint c) {
        return join(c.number(), c.roomCode());
    }

    private static AutoFigure figure(int count, Stream<String> lines) {
        List<String> shown = lines.limit(MAX_LINES).toList();
        StringBuilder detail = new StringBuilder(String.join("\n", shown));
        if (count > shown.size() && !shown.isEmpty()) {
            detail.append("\n… +").append(count - shown.size());
        }
        return new AutoFigure(count, detail.toString());
    }

    private static String join(String... parts) {
        return String.join(" · ", Stream.of(parts).filter(p -> p != null && !p.isBlank()).map(String::strip)
                .toList());
    }
}
