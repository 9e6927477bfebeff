package com.frontdesk.parcels;

/** A parcel on the shelf, and whether it has waited beyond the site's days for its size. */
public record HeldParcel(Parcel parcel, boolean overdue) {
}
