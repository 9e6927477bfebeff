package com.frontdesk.core;

/** Who makes a change: a signed-in staff member, or the program itself (setup, demo data). */
public record Actor(String staffId, String name) {
    public static final Actor SYSTEM = new Actor(null, "system");
}
