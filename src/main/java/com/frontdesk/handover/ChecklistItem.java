package com.frontdesk.handover;

/**
 * One line of a checklist template: an item counted by hand with its expected count (the handover
 * book 1, umbrellas 11…), or, with {@code auto} set, a count the program makes (expected is then 0
 * and unused).
 */
public record ChecklistItem(String code, String name, int expected, AutoCount auto) {
}
