package com.frontdesk.handover;

import java.util.List;

/** A desk that hands over (大堂前台, 客服中心), with its shifts in the order of the day. */
public record Desk(String code, String name, List<ShiftDef> shifts) {
    public Desk {
        shifts = List.copyOf(shifts);
    }
}
