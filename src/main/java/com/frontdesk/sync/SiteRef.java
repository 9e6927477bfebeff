package com.frontdesk.sync;

/** The site as a batch names it. */
public record SiteRef(String id, String code, String name) {
}
