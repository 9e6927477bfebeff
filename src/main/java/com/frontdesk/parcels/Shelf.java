package com.frontdesk.parcels;

/** A shelf of the parcel room; a shelf taken out of use keeps its code for the history. */
public record Shelf(String code, String name, boolean active) {
}
