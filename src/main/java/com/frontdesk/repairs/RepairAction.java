package com.frontdesk.repairs;

import com.frontdesk.accounts.Permission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every step a repair can take, the statuses it may start from, where it leads, and the right it
 * needs. This is the whole transition table: a step from any other status is refused. A repair
 * waiting for a manufacturer goes on hold as soon as it is dispatched, and the fixer's signed slip
 * may come back without anyone having recorded the start, so both skip IN_PROGRESS.
 *
 * <pre>
 * TAKE       (intake)                          → NEW          TAKE_REPAIRS
 * DISPATCH   NEW                               → DISPATCHED   DISPATCH_REPAIRS
 * TRANSFER   DISPATCHED, IN_PROGRESS, ON_HOLD  → DISPATCHED   DISPATCH_REPAIRS   转单: new fixer, reason
 * RETURN     DISPATCHED, IN_PROGRESS, ON_HOLD  → NEW          DISPATCH_REPAIRS   退单: reason
 * START      DISPATCHED                        → IN_PROGRESS  DISPATCH_REPAIRS
 * HOLD       DISPATCHED, IN_PROGRESS           → ON_HOLD      DISPATCH_REPAIRS   reason and note
 * RESUME     ON_HOLD                           → IN_PROGRESS  DISPATCH_REPAIRS
 * COMPLETE   DISPATCHED, IN_PROGRESS, ON_HOLD  → DONE         DISPATCH_REPAIRS   the owner's signature
 * CALL_BACK  DONE                              → CALLED_BACK  DISPATCH_REPAIRS   回访: four ratings
 * CLOSE      CALLED_BACK                       → CLOSED       CLOSE_REPAIRS
 * REOPEN     CALLED_BACK                       → DISPATCHED   CLOSE_REPAIRS      the owner is not satisfied
 * CANCEL     NEW, DISPATCHED, IN_PROGRESS,
 *            ON_HOLD                           → CANCELLED    CLOSE_REPAIRS      reason
 * </pre>
 */
public enum RepairAction {
    TAKE(EnumSet.noneOf(RepairStatus.class), RepairStatus.NEW, Permission.TAKE_REPAIRS),
    DISPATCH(EnumSet.of(RepairStatus.NEW), RepairStatus.DISPATCHED, Permission.DISPATCH_REPAIRS),
    TRANSFER(EnumSet.of(RepairStatus.DISPATCHED, RepairStatus.IN_PROGRESS, RepairStatus.ON_HOLD),
            RepairStatus.DISPATCHED, Permission.DISPATCH_REPAIRS),
    RETURN(EnumSet.of(RepairStatus.DISPATCHED, RepairStatus.IN_PROGRESS, RepairStatus.ON_HOLD),
            RepairStatus.NEW, Permission.DISPATCH_REPAIRS),
    START(EnumSet.of(RepairStatus.DISPATCHED), RepairStatus.IN_PROGRESS, Permission.DISPATCH_REPAIRS),
    HOLD(EnumSet.of(RepairStatus.DISPATCHED, RepairStatus.IN_PROGRESS), RepairStatus.ON_HOLD, Permission.DISPATCH_REPAIRS),
    RESUME(EnumSet.of(RepairStatus.ON_HOLD), RepairStatus.IN_PROGRESS, Permission.DISPATCH_REPAIRS),
    COMPLETE(EnumSet.of(RepairStatus.DISPATCHED, RepairStatus.IN_PROGRESS, RepairStatus.ON_HOLD),
            RepairStatus.DONE, Permission.DISPATCH_REPAIRS),
    CALL_BACK(EnumSet.of(RepairStatus.DONE), RepairStatus.CALLED_BACK, Permission.DISPATCH_REPAIRS),
    CLOSE(EnumSet.of(RepairStatus.CALLED_BACK), RepairStatus.CLOSED, Permission.CLOSE_REPAIRS),
    REOPEN(EnumSet.of(RepairStatus.CALLED_BACK), RepairStatus.DISPATCHED, Permission.CLOSE_REPAIRS),
    CANCEL(EnumSet.of(RepairStatus.NEW, RepairStatus.DISPATCHED, RepairStatus.IN_PROGRESS, RepairStatus.ON_HOLD),
            RepairStatus.CANCELLED, Permission.CLOSE_REPAIRS);

    private final EnumSet<RepairStatus> from;
    private final RepairStatus to;
    private final Permission permission;

    RepairAction(EnumSet<RepairStatus> from, RepairStatus to, Permission permission) {
        this.from = from;
        this.to = to;
        this.permission = permission;
    }

    /** The statuses this step may start from (none for intake). */
    public Set<RepairStatus> from() {
        return EnumSet.copyOf(from);
    }

    public RepairStatus to() {
        return to;
    }

    public Permission permission() {
        return permission;
    }

    public boolean allowedFrom(RepairStatus status) {
        return from.contains(status);
    }

    /** Whether some step leads from one status to the other. */
    public static boolean allowed(RepairStatus from, RepairStatus to) {
        for (RepairAction a : values()) {
            if (a.to == to && a.from.contains(from)) {
                return true;
            }
        }
        return false;
    }

    /** The timeline's name of the step. */
    public String messageKey() {
        return "repair.action." + name();
    }

    /** Why the step is refused from a status it cannot start from ("only work in progress can be put on hold"). */
    public String refusedKey() {
        return "repair.refused." + name();
    }
}
