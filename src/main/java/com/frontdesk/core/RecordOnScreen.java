package com.frontdesk.core;

/**
 * The record a screen shows, as far as the standard phrases need it: its number (报修单号, 投诉单号),
 * its room and the person it is about. A view publishes it while it shows the record; the phrase
 * popup fills {单号} {房号} {姓名} {称呼} from it. Any part may be null: the phrase's fallback applies.
 *
 * @param occupantId the directory's person when the record's person was picked from it: {称呼} then
 *                   uses the title recorded for them (先生, 女士); null for a name typed as told
 */
public record RecordOnScreen(String number, String room, String personName, String occupantId) {
    public static final RecordOnScreen NONE = new RecordOnScreen(null, null, null, null);

    /** A record whose person is not one picked from the directory. */
    public RecordOnScreen(String number, String room, String personName) {
        this(number, room, personName, null);
    }
}
