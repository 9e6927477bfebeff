package com.frontdesk.repairs;

/** One of the four call-back ratings: 非常满意 / 满意 / 一般 / 较差. */
public enum Rating {
    VERY_SATISFIED, SATISFIED, AVERAGE, POOR;

    /** Counted as satisfied in the figures. */
    public boolean satisfied() {
        return this == VERY_SATISFIED || this == SATISFIED;
    }

    public String messageKey() {
        return "repair.rating." + name();
    }
}
