package com.frontdesk.dashboard;

import com.frontdesk.accounts.Permission;
import com.frontdesk.ui.Module;
import java.util.function.ToIntFunction;

/**
 * The dashboard's tiles, in screen order: what each counts, and the module (and the right to open
 * it) whose list is behind it. {@code ui.MainWindow.openTile} opens that list.
 */
public enum DashboardTile {
    VISITORS_ON_SITE(Module.VISITORS, Permission.CHECK_IN_VISITORS, DashboardSnapshot::visitorsOnSite, false),
    PASSES_OUT(Module.VISITORS, Permission.CHECK_IN_VISITORS, DashboardSnapshot::passesOut, false),
    PARCELS_HELD(Module.PARCELS, Permission.HANDLE_PARCELS, DashboardSnapshot::parcelsHeld, false),
    PARCELS_OVERDUE(Module.PARCELS, Permission.HANDLE_PARCELS, DashboardSnapshot::parcelsOverdue, true),
    REPAIRS_OPEN(Module.REPAIRS, Permission.TAKE_REPAIRS, DashboardSnapshot::repairsOpen, false),
    REPAIRS_OVERDUE(Module.REPAIRS, Permission.TAKE_REPAIRS, DashboardSnapshot::repairsOverdue, true),
    REPAIRS_ON_HOLD(Module.REPAIRS, Permission.TAKE_REPAIRS, DashboardSnapshot::repairsOnHold, false),
    COMPLAINTS_OPEN(Module.COMPLAINTS, Permission.TAKE_COMPLAINTS, DashboardSnapshot::complaintsOpen, false),
    COMPLAINTS_OVERDUE(Module.COMPLAINTS, Permission.TAKE_COMPLAINTS, DashboardSnapshot::complaintsOverdue, true),
    /** The escalations list is the shift lead's. */
    ESCALATIONS(Module.COMPLAINTS, Permission.CLOSE_COMPLAINTS, DashboardSnapshot::escalationsWaiting, true),
    /** Not a count: the current shift's handover, done or not; its count is the refusals waiting. */
    HANDOVER(Module.HANDOVER, Permission.HAND_OVER, s -> s.shift().refusalsWaiting(), true);

    private final Module module;
    private final Permission opens;
    private final ToIntFunction<DashboardSnapshot> count;
    private final boolean alarming;

    DashboardTile(Module module, Permission opens, ToIntFunction<DashboardSnapshot> count, boolean alarming) {
        this.module = module;
        this.opens = opens;
        this.count = count;
        this.alarming = alarming;
    }

    public Module module() {
        return module;
    }

    /** The right the list behind the tile needs; without it the tile shows its figure but opens nothing. */
    public Permission opens() {
        return opens;
    }

    public int count(DashboardSnapshot s) {
        return count.applyAsInt(s);
    }

    /** A figure above zero here is work late or waiting: the tile is marked. */
    public boolean alarming() {
        return alarming;
    }

    public String messageKey() {
        return "dashboard.tile." + name();
    }
}
