package com.frontdesk.accounts;

import com.frontdesk.core.Validation;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.regex.Pattern;

/** What the setup wizard and the site settings ask for. */
public record SiteForm(String code, String name, String zoneId, SiteKind kind) {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,10}");

    public SiteForm {
        code = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        name = name == null ? "" : name.strip();
        zoneId = zoneId == null ? "" : zoneId.strip();
    }

    void validate() {
        new Validation()
                .required("siteName", name).maxLength("siteName", name, 60)
                .required("siteCode", code).matches("siteCode", code, CODE, "validation.siteCode")
                .check(isZone(zoneId), "timeZone", "validation.timeZone")
                .check(kind != null, "siteKind", "validation.required")
                .throwIfAny();
    }

    ZoneId zone() {
        return ZoneId.of(zoneId);
    }

    private static boolean isZone(String id) {
        try {
            ZoneId.of(id);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
