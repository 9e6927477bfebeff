package com.frontdesk.complaints;

/**
 * Where a case stands. OPEN: received (it may be acknowledged already); IN_HANDLING: assigned and
 * investigated; ANSWERED: the answer was given and the complainant's reply is awaited; CLOSED:
 * accepted; REOPENED: not accepted, carried on by a new linked case; RECORDED: praise or a suggestion.
 */
public enum ComplaintStatus {
    OPEN, IN_HANDLING, ANSWERED, CLOSED, REOPENED, RECORDED;

    /** On the open list and counted for the handover. */
    public boolean open() {
        return this == OPEN || this == IN_HANDLING || this == ANSWERED;
    }

    /** Not answered yet: the clocks still run. */
    public boolean pending() {
        return this == OPEN || this == IN_HANDLING;
    }

    public String messageKey() {
        return "complaint.status." + name();
    }
}
