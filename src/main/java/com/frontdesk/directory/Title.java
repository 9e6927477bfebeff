package com.frontdesk.directory;

/**
 * How the desk addresses a person (称呼): 先生 or 女士. An occupant may have none recorded; the
 * desk then uses the neutral written form rather than guess one from the name.
 */
public enum Title {
    MR, MS;

    public String messageKey() {
        return "occupantTitle." + name();
    }
}
