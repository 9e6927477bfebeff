package com.frontdesk.search;

import com.frontdesk.accounts.Permission;

/**
 * What the global search finds, in the order the screen groups them. {@code code} fixes the kind's
 * block of row ids in {@code search_doc} (code &lt;&lt; 40): the same number as in
 * V15__search_index.sql (V17 for phrases), so it must never change. {@code right} is the right a role needs to see
 * the kind (null: every signed-in account, as the directory).
 */
public enum SearchKind {
    OCCUPANT("occupant", 2, null),
    ROOM("room", 1, null),
    VISIT("visit", 3, Permission.CHECK_IN_VISITORS),
    PARCEL("parcel", 4, Permission.HANDLE_PARCELS),
    DEPOSIT("deposit", 5, Permission.HANDLE_PARCELS),
    LOST_ITEM("lost_item", 6, Permission.HANDLE_PARCELS),
    REPAIR("repair", 7, Permission.TAKE_REPAIRS),
    COMPLAINT("complaint", 8, Permission.TAKE_COMPLAINTS),
    HANDOVER_NOTE("handover_note", 9, Permission.HAND_OVER),
    /** Every role uses the phrase library (V17 adds it to the index). */
    PHRASE("phrase", 10, null);

    private static final long BLOCK = 1L << 40;

    private final String stored;
    private final int code;
    private final Permission right;

    SearchKind(String stored, int code, Permission right) {
        this.stored = stored;
        this.code = code;
        this.right = right;
    }

    /** The value of {@code search_doc.kind}. */
    public String stored() {
        return stored;
    }

    public Permission right() {
        return right;
    }

    /** First row id of the kind's block (exclusive). */
    long low() {
        return code * BLOCK;
    }

    /** End of the kind's block (exclusive). */
    long high() {
        return (code + 1) * BLOCK;
    }

    public String messageKey() {
        return "search.kind." + name();
    }

    static SearchKind ofStored(String stored) {
        for (SearchKind k : values()) {
            if (k.stored.equals(stored)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown search kind " + stored);
    }
}
