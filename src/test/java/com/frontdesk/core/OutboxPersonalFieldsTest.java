package com.frontdesk.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.frontdesk.accounts.StaffMember;
import com.frontdesk.complaints.Complaint;
import com.frontdesk.directory.Occupant;
import com.frontdesk.parcels.Deposit;
import com.frontdesk.parcels.LostItem;
import com.frontdesk.parcels.Parcel;
import com.frontdesk.repairs.Repair;
import com.frontdesk.visitors.Visit;
import com.frontdesk.visitors.WatchlistEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * V14 filled the outbox's {@code personal} column of older rows from a table of entities; the
 * write helper fills it for new rows from the record types. Both must say the same, or the
 * head-office export would mask old and new rows differently.
 */
class OutboxPersonalFieldsTest {
    private static final Map<String, Class<?>> WRITTEN_AS = Map.of(
            "staff", StaffMember.class, "occupant", Occupant.class, "visit", Visit.class,
            "watchlist", WatchlistEntry.class, "deposit", Deposit.class, "parcel", Parcel.class,
            "lost_item", LostItem.class, "repair", Repair.class, "complaint", Complaint.class);

    @Test
    void theMigrationsTableMatchesThePersonalDataOfEachRecordType() throws IOException {
        String sql = Files.readString(Path.of("src/main/resources/db/migration/V14__sync.sql"));
        Matcher m = Pattern.compile("WHEN '([a-z_]+)'\\s+THEN '(\\{[^']*})'").matcher(sql);
        ObjectMapper json = Json.mapper();
        Map<String, Map<String, PersonalData.Kind>> migrated = new HashMap<>();
        while (m.find()) {
            migrated.put(m.group(1), json.readValue(m.group(2), new TypeReference<>() {
            }));
        }

        assertThat(migrated.keySet()).containsExactlyInAnyOrderElementsOf(WRITTEN_AS.keySet());
        WRITTEN_AS.forEach((entity, type) ->
                assertThat(migrated.get(entity)).as(entity).isEqualTo(PersonalFields.of(type)));
    }
}
