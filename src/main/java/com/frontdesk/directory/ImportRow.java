package com.frontdesk.directory;

import java.util.List;

/**
 * One line of a directory CSV after parsing: a room (created if new) and, when a name is given,
 * an occupant of it.
 *
 * @param line       the line number in the file (1 = header), for messages
 * @param building   building code, e.g. "1" or "T"; empty for a public location outside buildings
 * @param unit       unit/entrance code, empty in towers
 * @param floor      floor, used in towers ("17"); empty in residential buildings
 * @param room       room number ("1503", "1701") or the name of a public location ("地下车库B1")
 * @param publicArea whether {@code room} names a public location
 * @param name       occupant name, empty for a room without occupant
 * @param phones     up to three phone numbers
 * @param title      先生 or 女士 when the file gives one (its 称呼 column is optional)
 */
public record ImportRow(int line, String building, String unit, String floor, String room, boolean publicArea,
                        String name, OccupantKind kind, String company, List<String> phones, String note,
                        ParcelConsent consent, Title title) {
    public ImportRow {
        phones = List.copyOf(phones);
    }

    /** A line without a title. */
    public ImportRow(int line, String building, String unit, String floor, String room, boolean publicArea,
                     String name, OccupantKind kind, String company, List<String> phones, String note,
                     ParcelConsent consent) {
        this(line, building, unit, floor, room, publicArea, name, kind, company, phones, note, consent, null);
    }

    /** The room's display code, the same rule as rooms made on screen. */
    public String roomCode() {
        return RoomCodes.of(building, unit, floor, room, publicArea);
    }

    public boolean hasOccupant() {
        return name != null && !name.isBlank();
    }
}
