package com.frontdesk.visitors;

/** A contractor's job: small needs engineering's confirmation, medium and large an approval reference. */
public enum JobSize {
    SMALL, MEDIUM, LARGE;

    public String messageKey() {
        return "visitor.jobSize." + name();
    }
}
