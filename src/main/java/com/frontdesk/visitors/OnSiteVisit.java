package com.frontdesk.visitors;

/** A line of the on-site list: the visit, and whether the visitor has stayed beyond the site's hours. */
public record OnSiteVisit(Visit visit, boolean overstay) {
}
