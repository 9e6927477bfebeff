package com.frontdesk.directory;

import com.frontdesk.core.PersonalData;
import java.util.List;

/** Whom the desk phones to confirm a visitor, with the numbers to call. */
public record HostContact(String occupantId, String name, @PersonalData(PersonalData.Kind.PHONE) List<String> phones) {
    public HostContact {
        phones = List.copyOf(phones);
    }
}
