package com.frontdesk.directory;

import com.frontdesk.core.Validation;

/** A room or public location to add; building and unit are created when new. */
public record RoomForm(String building, String unit, String floor, String number, boolean publicArea) {
    public RoomForm {
        building = clean(building);
        unit = clean(unit);
        floor = clean(floor);
        number = number == null ? "" : number.strip();
    }

    String code() {
        return RoomCodes.of(building, unit, floor, number, publicArea);
    }

    void validate() {
        new Validation()
                .required("room", number).maxLength("room", number, 40)
                .maxLength("building", building, 20)
                .maxLength("unit", unit, 20)
                .maxLength("floor", floor, 10)
                .throwIfAny();
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
