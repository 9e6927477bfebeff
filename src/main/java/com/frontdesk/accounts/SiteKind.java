package com.frontdesk.accounts;

public enum SiteKind {
    OFFICE_TOWER,
    RESIDENTIAL;

    public String messageKey() {
        return "siteKind." + name();
    }
}
