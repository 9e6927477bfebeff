package com.frontdesk.directory;

import com.frontdesk.core.Masking;
import com.frontdesk.core.Pinyin;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/** SQL for buildings, units, rooms and occupants. Lists are paged; every filter has an index. */
public final class DirectoryRepository {
    private static final Pattern PHONE_TAIL = Pattern.compile("[0-9]{4}");
    private static final Pattern INITIALS = Pattern.compile("[A-Za-z]+");
    private static final String ROOM = "id, building_id, unit_id, floor, number, code, public_area, created_at, updated_at";
    private static final String OCCUPANT = "o.id, o.room_id, o.name, o.kind, o.company, o.phone1, o.phone2, o.phone3,"
            + " o.note, o.moved_out, o.parcel_consent, o.title, o.created_at, o.updated_at";

    public List<Building> buildings(Handle h) {
        return h.createQuery("SELECT id, code, name, created_at, updated_at FROM building"
                        + " WHERE deleted_at IS NULL ORDER BY length(code), code")
                .map((rs, ctx) -> new Building(rs.getString("id"), rs.getString("code"), rs.getString("name"),
                        instant(rs, "created_at"), instant(rs, "updated_at")))
                .list();
    }

    public Optional<Building> buildingByCode(Handle h, String code) {
        return buildings(h).stream().filter(b -> b.code().equals(code)).findFirst();
    }

    public void insertBuilding(Handle h, Building b) {
        h.createUpdate("INSERT INTO building (id, code, name, created_at, updated_at) VALUES (:id, :code, :name, :at, :at)")
                .bind("id", b.id()).bind("code", b.code()).bind("name", b.name())
                .bind("at", b.createdAt().toEpochMilli()).execute();
    }

    public List<Unit> units(Handle h, String buildingId) {
        return h.createQuery("SELECT id, building_id, code, created_at, updated_at FROM unit"
                        + " WHERE building_id = :b AND deleted_at IS NULL ORDER BY length(code), code")
                .bind("b", buildingId)
                .map((rs, ctx) -> new Unit(rs.getString("id"), rs.getString("building_id"), rs.getString("code"),
                        instant(rs, "created_at"), instant(rs, "updated_at")))
                .list();
    }

    public void insertUnit(Handle h, Unit u) {
        h.createUpdate("INSERT INTO unit (id, building_id, code, created_at, updated_at) VALUES (:id, :b, :code, :at, :at)")
                .bind("id", u.id()).bind("b", u.buildingId()).bind("code", u.code())
                .bind("at", u.createdAt().toEpochMilli()).execute();
    }

    public Optional<Room> roomByCode(Handle h, String code) {
        return h.createQuery("SELECT " + ROOM + " FROM room WHERE code = :code AND deleted_at IS NULL")
                .bind("code", code).map(DirectoryRepository::room).findOne();
    }

    public Optional<Room> roomById(Handle h, String id) {
        return h.createQuery("SELECT " + ROOM + " FROM room WHERE id = :id").bind("id", id)
                .map(DirectoryRepository::room).findOne();
    }

    /**
     * How a record names a room and a person picked from the directory: "3-2-1502 · 张伟", or
     * "3-2-1502" for the room alone; empty when the room is gone or the person no longer lives there.
     * Records keep this text, so later directory changes do not rewrite their history.
     */
    public Optional<String> label(Handle h, String roomId, String occupantId) {
        if (occupantId == null) {
            return h.createQuery("SELECT code FROM room WHERE id = :id AND deleted_at IS NULL")
                    .bind("id", roomId).mapTo(String.class).findOne();
        }
        return h.createQuery("""
                        SELECT r.code || ' · ' || o.name FROM room r JOIN occupant o ON o.room_id = r.id
                        WHERE r.id = :room AND o.id = :id AND o.moved_out = 0
                          AND r.deleted_at IS NULL AND o.deleted_at IS NULL""")
                .bind("room", roomId).bind("id", occupantId).mapTo(String.class).findOne();
    }

    public void insertRoom(Handle h, Room r) {
        h.createUpdate("INSERT INTO room (id, building_id, unit_id, floor, number, code, sort_key, public_area,"
                        + " created_at, updated_at) VALUES (:id, :b, :u, :floor, :number, :code, :sortKey, :pub, :at, :at)")
                .bind("id", r.id()).bind("b", r.buildingId()).bind("u", r.unitId()).bind("floor", r.floor())
                .bind("number", r.number()).bind("code", r.code()).bind("sortKey", RoomCodes.sortKey(r.code()))
                .bind("pub", r.publicArea())
                .bind("at", r.createdAt().toEpochMilli()).execute();
    }

    /**
     * Rooms of a building (and unit) in counting order, after the given room; null building: the
     * public locations. Paged on (sort_key, id): two codes can share a sort key ("101", "0101").
     */
    public List<Room> rooms(Handle h, String buildingId, String unitId, Room after, int limit) {
        String where = buildingId == null ? "(building_id IS NULL OR public_area = 1)" : "building_id = :b"
                + (unitId == null ? "" : " AND unit_id = :u");
        return h.createQuery("SELECT " + ROOM + " FROM room WHERE " + where + " AND deleted_at IS NULL"
                        + (after == null ? "" : " AND (sort_key, id) > (:afterKey, :afterId)")
                        + " ORDER BY sort_key, id LIMIT :limit")
                .bind("b", buildingId).bind("u", unitId).bind("limit", limit)
                .bind("afterKey", after == null ? null : RoomCodes.sortKey(after.code()))
                .bind("afterId", after == null ? null : after.id())
                .map(DirectoryRepository::room).list();
    }

    public List<Occupant> occupantsOf(Handle h, String roomId) {
        return h.createQuery("SELECT " + OCCUPANT + " FROM occupant o WHERE o.room_id = :r AND o.deleted_at IS NULL"
                        + " ORDER BY o.moved_out, o.name")
                .bind("r", roomId).map(DirectoryRepository::occupant).list();
    }

    public Optional<Occupant> occupantById(Handle h, String id) {
        return h.createQuery("SELECT " + OCCUPANT + " FROM occupant o WHERE o.id = :id").bind("id", id)
                .map(DirectoryRepository::occupant).findOne();
    }

    public void insertOccupant(Handle h, Occupant o) {
        h.createUpdate("INSERT INTO occupant (id, room_id, name, initials, kind, company, phone1, phone2, phone3,"
                        + " tail1, tail2, tail3, note, moved_out, parcel_consent, title, created_at, updated_at)"
                        + " VALUES (:id, :room, :name, :initials, :kind, :company, :p1, :p2, :p3, :t1, :t2, :t3,"
                        + " :note, :movedOut, :consent, :title, :created, :updated)")
                .bind("id", o.id()).bind("room", o.roomId())
                .bindMap(occupantValues(o))
                .bind("created", o.createdAt().toEpochMilli())
                .execute();
    }

    public void updateOccupant(Handle h, Occupant o) {
        h.createUpdate("UPDATE occupant SET name = :name, initials = :initials, kind = :kind, company = :company,"
                        + " phone1 = :p1, phone2 = :p2, phone3 = :p3, tail1 = :t1, tail2 = :t2, tail3 = :t3,"
                        + " note = :note, moved_out = :movedOut, parcel_consent = :consent, title = :title,"
                        + " updated_at = :updated"
                        + " WHERE id = :id")
                .bind("id", o.id())
                .bindMap(occupantValues(o))
                .execute();
    }

    /**
     * Occupants matching a search, with their rooms. Each way the query can match is its own
     * arm of a UNION, so SQLite answers a phone tail from the tail indexes and pinyin initials
     * from the initials index; only words of a name or company (not four digits) read the table.
     */
    public List<DirectoryEntry> searchOccupants(Handle h, String query, int limit) {
        return h.createQuery(occupantSearchSql(query))
                .bind("q", query).bind("prefix", escape(query) + "%").bind("contains", "%" + escape(query) + "%")
                .bind("limit", limit)
                .map((rs, ctx) -> {
                    Occupant o = occupant(rs, ctx);
                    return new DirectoryEntry(o.roomId(), rs.getString("code"), rs.getBoolean("public_area"), o.id(),
                            o.name(), o.kind(), o.company(), o.phones(), o.movedOut());
                })
                .list();
    }

    static String occupantSearchSql(String query) {
        List<String> arms = new ArrayList<>();
        boolean tail = PHONE_TAIL.matcher(query).matches();
        if (tail) {
            arms.add("SELECT id FROM occupant WHERE tail1 = :q");
            arms.add("SELECT id FROM occupant WHERE tail2 = :q");
            arms.add("SELECT id FROM occupant WHERE tail3 = :q");
        } else {
            arms.add("SELECT id FROM occupant WHERE name LIKE :contains ESCAPE '!' OR company LIKE :contains ESCAPE '!'");
        }
        if (INITIALS.matcher(query).matches()) {
            arms.add("SELECT id FROM occupant WHERE initials LIKE :prefix");
        }
        // A room code ("2-1-1503") finds the people in the room, so a module can pick the recipient by it.
        arms.add("SELECT o2.id FROM room r2 JOIN occupant o2 ON o2.room_id = r2.id"
                + " WHERE r2.code LIKE :prefix ESCAPE '!' AND r2.deleted_at IS NULL");
        return "SELECT " + OCCUPANT + ", r.code, r.public_area FROM occupant o JOIN room r ON r.id = o.room_id"
                + " WHERE o.deleted_at IS NULL AND o.id IN (" + String.join(" UNION ", arms) + ")"
                + " ORDER BY o.moved_out, r.sort_key, o.name LIMIT :limit";
    }

    /** Rooms whose code starts with the query or whose number is it (room "1503" in any building). */
    public List<Room> searchRooms(Handle h, String query, int limit) {
        return h.createQuery("SELECT " + ROOM + " FROM room WHERE deleted_at IS NULL AND id IN ("
                        + "SELECT id FROM room WHERE code LIKE :prefix ESCAPE '!' AND deleted_at IS NULL"
                        + " UNION SELECT id FROM room WHERE number = :q)"
                        + " ORDER BY sort_key LIMIT :limit")
                .bind("prefix", escape(query) + "%").bind("q", query).bind("limit", limit)
                .map(DirectoryRepository::room).list();
    }

    /** One line of an export: the room's code (where the next page continues) and the line as the import reads it. */
    record ExportLine(String roomCode, ImportRow row) {
    }

    /**
     * Every room with its current occupants for export, a page of rooms at a time in code order;
     * a room without occupants gives one line. Phones are masked unless {@code fullPhones}.
     */
    List<ExportLine> exportPage(Handle h, String afterRoomCode, int roomLimit, boolean fullPhones) {
        return h.createQuery("SELECT r.code, b.code AS building, u.code AS unit, r.floor, r.number, r.public_area,"
                        + " o.name, o.kind, o.company, o.phone1, o.phone2, o.phone3, o.note, o.parcel_consent, o.title"
                        + " FROM (SELECT * FROM room WHERE deleted_at IS NULL"
                        + (afterRoomCode == null ? "" : " AND code > :after") + " ORDER BY code LIMIT :limit) r"
                        + " LEFT JOIN building b ON b.id = r.building_id LEFT JOIN unit u ON u.id = r.unit_id"
                        + " LEFT JOIN occupant o ON o.room_id = r.id AND o.deleted_at IS NULL AND o.moved_out = 0"
                        + " ORDER BY r.code, o.name")
                .bind("after", afterRoomCode).bind("limit", roomLimit)
                .map((rs, ctx) -> {
                    List<String> phones = phones(rs).stream().map(p -> fullPhones ? p : Masking.phone(p)).toList();
                    String kind = rs.getString("kind");
                    String consent = rs.getString("parcel_consent");
                    return new ExportLine(rs.getString("code"), new ImportRow(0, text(rs, "building"), text(rs, "unit"),
                            text(rs, "floor"), rs.getString("number"), rs.getBoolean("public_area"), text(rs, "name"),
                            kind == null ? null : OccupantKind.valueOf(kind), rs.getString("company"), phones,
                            rs.getString("note"), consent == null ? null : ParcelConsent.valueOf(consent),
                            title(rs.getString("title"))));
                })
                .list();
    }

    private static String text(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? "" : value;
    }

    private static Map<String, Object> occupantValues(Occupant o) {
        Map<String, Object> v = new HashMap<>();
        v.put("name", o.name());
        v.put("initials", Pinyin.initials(o.name()));
        v.put("kind", o.kind().name());
        v.put("company", o.company());
        for (int i = 0; i < OccupantForm.MAX_PHONES; i++) {
            String phone = i < o.phones().size() ? o.phones().get(i) : null;
            v.put("p" + (i + 1), phone);
            v.put("t" + (i + 1), phone == null ? null : phone.substring(Math.max(0, phone.length() - 4)));
        }
        v.put("note", o.note());
        v.put("movedOut", o.movedOut());
        v.put("consent", o.parcelConsent().name());
        v.put("title", o.title() == null ? null : o.title().name());
        v.put("updated", o.updatedAt().toEpochMilli());
        return v;
    }

    /** LIKE patterns escape with '!': Jdbi's statement parser reads a backslash as its own escape. */
    private static String escape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static Room room(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Room(rs.getString("id"), rs.getString("building_id"), rs.getString("unit_id"), rs.getString("floor"),
                rs.getString("number"), rs.getString("code"), rs.getBoolean("public_area"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static Occupant occupant(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Occupant(rs.getString("id"), rs.getString("room_id"), rs.getString("name"),
                OccupantKind.valueOf(rs.getString("kind")), rs.getString("company"), phones(rs), rs.getString("note"),
                rs.getBoolean("moved_out"), ParcelConsent.valueOf(rs.getString("parcel_consent")),
                title(rs.getString("title")), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static Title title(String stored) {
        return stored == null ? null : Title.valueOf(stored);
    }

    private static List<String> phones(ResultSet rs) throws SQLException {
        List<String> phones = new ArrayList<>();
        for (String column : new String[] {"phone1", "phone2", "phone3"}) {
            String p = rs.getString(column);
            if (p != null) {
                phones.add(p);
            }
        }
        return phones;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return Instant.ofEpochMilli(rs.getLong(column));
    }
}
