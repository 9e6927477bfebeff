package com.frontdesk.visitors;

/** Why a visitor came. */
public enum Purpose {
    VISIT, INTERVIEW, DELIVERY, CONTRACTOR, MEETING, SALES, OTHER;

    public String messageKey() {
        return "visitor.purpose." + name();
    }
}
