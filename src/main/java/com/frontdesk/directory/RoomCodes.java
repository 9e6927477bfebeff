package com.frontdesk.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code a desk reads and types for a place: building-unit-room in a compound ("1-2-1503"),
 * building-floor-room in a tower ("T-17F-1701"), or a public location by its name.
 */
public final class RoomCodes {
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private RoomCodes() {
    }

    public static String of(String building, String unit, String floor, String room, boolean publicArea) {
        if (publicArea) {
            return blank(building) ? room.strip() : building.strip() + "-" + room.strip();
        }
        List<String> parts = new ArrayList<>();
        if (!blank(building)) {
            parts.add(building.strip());
        }
        if (!blank(unit)) {
            parts.add(unit.strip());
        } else if (!blank(floor)) {
            parts.add(floor.strip() + "F");
        }
        parts.add(room.strip());
        return String.join("-", parts);
    }

    /** The code with every number zero-padded to eight digits: rooms list in the order people count them. */
    public static String sortKey(String code) {
        Matcher m = DIGITS.matcher(code);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "0".repeat(Math.max(0, 8 - m.group().length())) + m.group());
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
