package com.frontdesk.complaints;

import com.frontdesk.accounts.Permission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every step a case can take, the statuses it may start from, where it leads (null: the status
 * stays) and the right it needs. This is the whole transition table.
 *
 * <pre>
 * TAKE         (intake)                       → OPEN (RECORDED for feedback)  TAKE_COMPLAINTS
 * ACKNOWLEDGE  OPEN, IN_HANDLING              → (stays)      HANDLE_COMPLAINTS  first response: how, once
 * ASSIGN       OPEN, IN_HANDLING              → IN_HANDLING  HANDLE_COMPLAINTS  assignee and department
 * NOTE         OPEN, IN_HANDLING, ANSWERED    → (stays)      HANDLE_COMPLAINTS  investigation notes
 * ANSWER       OPEN, IN_HANDLING              → ANSWERED     HANDLE_COMPLAINTS  founded or not (unfounded:
 *                                                                               CLOSE_COMPLAINTS), the answer
 * ACCEPT       ANSWERED                       → CLOSED       CLOSE_COMPLAINTS   the complainant accepts
 * REJECT       ANSWERED                       → REOPENED     HANDLE_COMPLAINTS  a new linked case goes on
 * CALL_BACK    CLOSED                         → (stays)      HANDLE_COMPLAINTS  four ratings, once
 * TAKE_NOTICE  OPEN, IN_HANDLING, ANSWERED    → (stays)      CLOSE_COMPLAINTS   the lead has seen the escalation
 * </pre>
 */
public enum ComplaintAction {
    TAKE(EnumSet.noneOf(ComplaintStatus.class), ComplaintStatus.OPEN, Permission.TAKE_COMPLAINTS),
    ACKNOWLEDGE(EnumSet.of(ComplaintStatus.OPEN, ComplaintStatus.IN_HANDLING), null, Permission.HANDLE_COMPLAINTS),
    ASSIGN(EnumSet.of(ComplaintStatus.OPEN, ComplaintStatus.IN_HANDLING), ComplaintStatus.IN_HANDLING,
            Permission.HANDLE_COMPLAINTS),
    NOTE(EnumSet.of(ComplaintStatus.OPEN, ComplaintStatus.IN_HANDLING, ComplaintStatus.ANSWERED), null,
            Permission.HANDLE_COMPLAINTS),
    ANSWER(EnumSet.of(ComplaintStatus.OPEN, ComplaintStatus.IN_HANDLING), ComplaintStatus.ANSWERED,
            Permission.HANDLE_COMPLAINTS),
    ACCEPT(EnumSet.of(ComplaintStatus.ANSWERED), ComplaintStatus.CLOSED, Permission.CLOSE_COMPLAINTS),
    REJECT(EnumSet.of(ComplaintStatus.ANSWERED), ComplaintStatus.REOPENED, Permission.HANDLE_COMPLAINTS),
    CALL_BACK(EnumSet.of(ComplaintStatus.CLOSED), null, Permission.HANDLE_COMPLAINTS),
    TAKE_NOTICE(EnumSet.of(ComplaintStatus.OPEN, ComplaintStatus.IN_HANDLING, ComplaintStatus.ANSWERED), null,
            Permission.CLOSE_COMPLAINTS);

    private final EnumSet<ComplaintStatus> from;
    private final ComplaintStatus to;
    private final Permission permission;

    ComplaintAction(EnumSet<ComplaintStatus> from, ComplaintStatus to, Permission permission) {
        this.from = from;
        this.to = to;
        this.permission = permission;
    }

    public Set<ComplaintStatus> from() {
        return EnumSet.copyOf(from);
    }

    /** The status after the step, from {@code status}. */
    public ComplaintStatus to(ComplaintStatus status) {
        return to == null ? status : to;
    }

    public Permission permission() {
        return permission;
    }

    public boolean allowedFrom(ComplaintStatus status) {
        return from.contains(status);
    }

    public String messageKey() {
        return "complaint.action." + name();
    }

    /** Why the step is refused from a status it cannot start from. */
    public String refusedKey() {
        return "complaint.refused." + name();
    }
}
