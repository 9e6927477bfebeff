package com.frontdesk.handover;

/**
 * One counted line of a handover. A line the program counts ({@code auto} set) has no expected
 * count and carries the list behind its count in {@code autoDetail}; a line counted by hand is
 * {@code counted == null} until someone counts it.
 */
public record HandoverItem(String id, String handoverId, int position, String code, String name, Integer expected,
                           Integer counted, ItemCondition condition, String note, AutoCount auto,
                           String autoDetail) {

    public boolean automatic() {
        return auto != null;
    }

    /** Counted by hand and not as expected, or not in good condition: the signature needs a note for it. */
    public boolean differs() {
        return !automatic() && counted != null
                && (counted.intValue() != expected.intValue() || condition != ItemCondition.GOOD);
    }

    HandoverItem counted(int n, ItemCondition c, String text) {
        return new HandoverItem(id, handoverId, position, code, name, expected, n, c, text, auto, autoDetail);
    }

    HandoverItem autoCounted(int n, String detail) {
        return new HandoverItem(id, handoverId, position, code, name, expected, n, condition, note, auto, detail);
    }
}
