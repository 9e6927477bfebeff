package com.frontdesk.handover;

import java.util.ArrayList;
import java.util.List;

/**
 * The checklist a desk starts with, from the front-desk regulations' handover book: the lobby
 * counts its things (the book itself, the phone, chairs, pens, the umbrella stand's 11 umbrellas…)
 * and carries over the open work the program counts; the service desk has no umbrellas or passes
 * but carries over the repairs and complaints. Administrators change them from there.
 */
final class ChecklistDefaults {
    static final String SERVICE_DESK = "SERVICE";

    private ChecklistDefaults() {
    }

    static List<ChecklistItem> forDesk(String desk) {
        return SERVICE_DESK.equals(desk) ? service() : lobby();
    }

    static List<ChecklistItem> lobby() {
        List<ChecklistItem> items = new ArrayList<>(List.of(
                counted("HANDOVER_BOOK", "交接班记录本", 1),
                counted("DESK_PHONE", "前台电话", 1),
                counted("CHAIRS", "椅子", 2),
                counted("SIGN_OFF_BOOK", "签收本", 1),
                counted("PENS", "笔", 3),
                // The passes are counted by the program: those out are on the visits, the rest in the drawer.
                auto("TEMP_PASSES", "临时出入证", AutoCount.PASSES_OUT),
                counted("UMBRELLAS", "雨伞", 11),
                counted("UMBRELLA_BAG_MACHINE", "雨伞套机", 1),
                counted("VISITOR_REGISTER", "访客登记本", 1),
                counted("RADIOS", "对讲机", 2),
                counted("KEYS", "钥匙（串）", 1),
                auto("VISITORS_ON_SITE", "在场访客", AutoCount.VISITORS_ON_SITE),
                auto("PARCELS_HELD", "在架包裹", AutoCount.PARCELS_HELD),
                auto("PARCELS_OVERDUE", "超期包裹", AutoCount.PARCELS_OVERDUE)));
        items.addAll(openWork());
        return List.copyOf(items);
    }

    static List<ChecklistItem> service() {
        List<ChecklistItem> items = new ArrayList<>(List.of(
                counted("HANDOVER_BOOK", "交接班记录本", 1),
                counted("DESK_PHONE", "前台电话", 1),
                counted("CHAIRS", "椅子", 2),
                counted("SIGN_OFF_BOOK", "签收本", 1),
                counted("PENS", "笔", 3),
                counted("KEYS", "钥匙（串）", 1)));
        items.addAll(openWork());
        return List.copyOf(items);
    }

    private static List<ChecklistItem> openWork() {
        return List.of(
                auto("REPAIRS_OPEN", "未结报修", AutoCount.REPAIRS_OPEN),
                auto("REPAIRS_OVERDUE", "超时报修", AutoCount.REPAIRS_OVERDUE),
                auto("COMPLAINTS_OPEN", "未结投诉", AutoCount.COMPLAINTS_OPEN),
                auto("COMPLAINTS_OVERDUE", "超时投诉", AutoCount.COMPLAINTS_OVERDUE),
                auto("COMPLAINTS_TO_CALL_BACK", "待回访投诉", AutoCount.COMPLAINTS_TO_CALL_BACK));
    }

    private static ChecklistItem counted(String code, String name, int expected) {
        return new ChecklistItem(code, name, expected, null);
    }

    private static ChecklistItem auto(String code, String name, AutoCount auto) {
        return new ChecklistItem(code, name, 0, auto);
    }
}
