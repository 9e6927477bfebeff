package com.frontdesk.visitors;

/** Where a visit stands: waiting in the lounge, inside, turned away, gone. */
public enum VisitStatus {
    WAITING, ON_SITE, REFUSED, CHECKED_OUT;

    public String messageKey() {
        return "visitor.visitStatus." + name();
    }
}
