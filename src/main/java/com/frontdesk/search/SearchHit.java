package com.frontdesk.search;

import java.time.Instant;

/**
 * One record the search found, as the result line shows it: names, room, number and status, never
 * a phone (the index holds only its last four digits, and does not return them).
 *
 * @param at     when it happened (a visit's check-in, a parcel's arrival, a repair's report)
 * @param title  the name, description or subject
 * @param detail the room, the host or the place
 * @param code   the record's number, a tracking number or a company
 * @param state  the record's status as stored (an enum name of its module)
 */
public record SearchHit(SearchKind kind, String refId, Instant at, String title, String detail, String code,
                        String state) {
}
