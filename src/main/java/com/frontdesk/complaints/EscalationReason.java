package com.frontdesk.complaints;

/** Why a case went to the shift lead. */
public enum EscalationReason {
    ANGER, SERIOUS, URGENT, FIRST_RESPONSE_OVERDUE;

    public String messageKey() {
        return "complaint.escalation." + name();
    }
}
