package com.frontdesk.visitors;

/**
 * A pass of the pool as the Settings list shows it.
 *
 * @param heldBy the number of the open visit holding it, or null when it is at the desk
 */
public record PassState(String passNo, boolean active, String heldBy) {
}
