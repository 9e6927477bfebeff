package com.frontdesk.directory;

import com.frontdesk.accounts.AccessControl;
import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.CsvLines;
import com.frontdesk.core.Store;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.core.Validation;
import com.frontdesk.core.WriteContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/** The unit directory: places and the people in them, searched by every module's picker. */
public final class DirectoryService {
    static final String BUILDING = "building";
    static final String UNIT = "unit";
    static final String ROOM = "room";
    static final String OCCUPANT = "occupant";
    private static final int EXPORT_PAGE_ROOMS = 500;

    private final Store store;
    private final AccessControl access;
    private final DirectoryRepository repository = new DirectoryRepository();

    public DirectoryService(Store store, AccessControl access) {
        this.store = store;
        this.access = access;
    }

    public List<Building> buildings() {
        return store.read(repository::buildings);
    }

    public List<Unit> units(String buildingId) {
        return store.read(h -> repository.units(h, buildingId));
    }

    /** Rooms of a building (and unit) a page at a time; null building lists the public locations. */
    public List<Room> rooms(String buildingId, String unitId, Room after, int limit) {
        return store.read(h -> repository.rooms(h, buildingId, unitId, after, limit));
    }

    public List<Occupant> occupants(String roomId) {
        return store.read(h -> repository.occupantsOf(h, roomId));
    }

    /** How the desk addresses an occupant (先生, 女士); empty when none is recorded or no such occupant. */
    public Optional<Title> titleOf(String occupantId) {
        return store.read(h -> repository.occupantById(h, occupantId).map(Occupant::title));
    }

    /**
     * The room, and the person in it while they still live there, as a picker entry: how a form
     * offers a returning visitor's host again.
     */
    public Optional<DirectoryEntry> entry(String roomId, String occupantId) {
        return store.read(h -> repository.roomById(h, roomId).map(room -> {
            Optional<Occupant> person = occupantId == null ? Optional.empty()
                    : repository.occupantById(h, occupantId).filter(o -> !o.movedOut() && o.roomId().equals(roomId));
            return person.map(o -> new DirectoryEntry(room.id(), room.code(), room.publicArea(), o.id(), o.name(),
                            o.kind(), o.company(), o.phones(), false))
                    .orElseGet(() -> new DirectoryEntry(room.id(), room.code(), room.publicArea(), null, null, null,
                            null, List.of(), false));
        }));
    }

    /**
     * Rooms whose code or number matches come first (the desk often types "1503"), then people
     * by phone tail, pinyin initials, name or company.
     */
    public List<DirectoryEntry> search(String query, int limit) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        return store.read(h -> {
            List<DirectoryEntry> found = new ArrayList<>();
            // Rooms take at most a quarter of the answers: the people in them are what the desk wants.
            for (Room room : repository.searchRooms(h, q, Math.max(1, limit / 4))) {
                found.add(new DirectoryEntry(room.id(), room.code(), room.publicArea(), null, null, null, null,
                        List.of(), false));
            }
            found.addAll(repository.searchOccupants(h, q, limit));
            return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
        });
    }

    public Room addRoom(Session session, RoomForm form) {
        access.require(session, Permission.EDIT_DIRECTORY);
        form.validate();
        return store.write(session.actor(), tx -> {
            if (repository.roomByCode(tx.handle(), form.code()).isPresent()) {
                new Validation().check(false, "room", "validation.roomExists", form.code()).throwIfAny();
            }
            return createRoom(tx, form);
        });
    }

    public Occupant addOccupant(Session session, String roomId, OccupantForm form) {
        access.require(session, Permission.EDIT_DIRECTORY);
        form.validate();
        return store.write(session.actor(), tx -> {
            repository.roomById(tx.handle(), roomId).orElseThrow(() -> new UserFacingException("error.notFound"));
            return createOccupant(tx, roomId, form);
        });
    }

    public Occupant updateOccupant(Session session, String occupantId, OccupantForm form) {
        access.require(session, Permission.EDIT_DIRECTORY);
        form.validate();
        return changeOccupant(session, occupantId, (before, now) -> before.with(form, now));
    }

    /** Moved out, not deleted: past visits and parcels still name them. */
    public Occupant moveOut(Session session, String occupantId) {
        access.require(session, Permission.EDIT_DIRECTORY);
        return changeOccupant(session, occupantId, Occupant::movedOut);
    }

    /** Reads the occupant, applies the change and saves it with its audit and outbox entries. */
    private Occupant changeOccupant(Session session, String occupantId, BiFunction<Occupant, Instant, Occupant> change) {
        return store.write(session.actor(), tx -> {
            Occupant before = repository.occupantById(tx.handle(), occupantId)
                    .orElseThrow(() -> new UserFacingException("error.notFound"));
            Occupant after = change.apply(before, tx.now());
            repository.updateOccupant(tx.handle(), after);
            tx.updated(OCCUPANT, occupantId, before, after);
            return after;
        });
    }

    /** The occupant's phones in full, for a role that may see them; the reveal is audited. */
    public List<String> revealPhones(Session session, String occupantId) {
        access.require(session, Permission.REVEAL_PERSONAL_DATA);
        return store.write(session.actor(), tx -> {
            Occupant o = repository.occupantById(tx.handle(), occupantId)
                    .orElseThrow(() -> new UserFacingException("error.notFound"));
            tx.audit(OCCUPANT, occupantId, "REVEAL", Map.of("field", "phones"));
            return o.phones();
        });
    }

    /**
     * The numbers the desk calls to confirm a visitor with the host: the person picked, or everyone
     * living in the room. Receptionists see them only inside that step, and each look is audited.
     */
    public List<HostContact> phonesToConfirmVisitor(Session session, String roomId, String occupantId) {
        access.require(session, Permission.CHECK_IN_VISITORS);
        return store.write(session.actor(), tx -> {
            List<HostContact> contacts = repository.occupantsOf(tx.handle(), roomId).stream()
                    .filter(o -> !o.movedOut() && (occupantId == null || o.id().equals(occupantId)))
                    .map(o -> new HostContact(o.id(), o.name(), o.phones()))
                    .toList();
            for (HostContact c : contacts) {
                tx.audit(OCCUPANT, c.occupantId(), "REVEAL", Map.of("field", "phones", "purpose", "visitorConfirmation"));
            }
            return contacts;
        });
    }

    /**
     * Imports a previewed file in one transaction: every room and occupant, or nothing. An
     * occupant already in the directory under the same room and name is skipped and counted.
     */
    public ImportResult importRows(Session session, ImportPreview preview) {
        access.require(session, Permission.IMPORT_DIRECTORY);
        if (!preview.errors().isEmpty()) {
            throw new UserFacingException("import.notImportable");
        }
        if (preview.rows().isEmpty()) {
            throw new UserFacingException("import.nothing");
        }
        return store.write(session.actor(), tx -> {
            int rooms = 0;
            int occupants = 0;
            int existing = 0;
            for (ImportRow row : preview.rows()) {
                String code = row.roomCode();
                Room room = repository.roomByCode(tx.handle(), code).orElse(null);
                if (room == null) {
                    room = createRoom(tx, new RoomForm(row.building(), row.unit(), row.floor(), row.room(), row.publicArea()));
                    rooms++;
                }
                if (!row.hasOccupant()) {
                    continue;
                }
                String name = row.name().strip().toLowerCase(Locale.ROOT);
                boolean known = repository.occupantsOf(tx.handle(), room.id()).stream()
                        .filter(o -> !o.movedOut())
                        .anyMatch(o -> o.name().strip().toLowerCase(Locale.ROOT).equals(name));
                if (known) {
                    existing++;
                    continue;
                }
                OccupantForm form = new OccupantForm(row.name(), row.kind(), row.company(), row.phones(), row.note(),
                        row.consent(), row.title());
                form.validate();
                createOccupant(tx, room.id(), form);
                occupants++;
            }
            return new ImportResult(rooms, occupants, existing, preview.duplicates().size());
        });
    }

    /**
     * Writes the directory as a CSV file that imports again (UTF-8 with BOM, so Excel reads it).
     * Phones are masked unless the user may see them whole; a full export is audited.
     */
    public int exportCsv(Session session, OutputStream out) throws IOException {
        boolean fullPhones = session.may(Permission.REVEAL_PERSONAL_DATA);
        if (fullPhones) {
            access.require(session, Permission.REVEAL_PERSONAL_DATA);
            store.write(session.actor(), tx -> {
                tx.audit(OCCUPANT, null, "EXPORT", Map.of("phones", "full"));
                return null;
            });
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(DirectoryCsv.format(List.of()));
        int lines = 0;
        String after = null;
        while (true) {
            String from = after;
            List<DirectoryRepository.ExportLine> page =
                    store.read(h -> repository.exportPage(h, from, EXPORT_PAGE_ROOMS, fullPhones));
            if (page.isEmpty()) {
                break;
            }
            StringBuilder text = new StringBuilder();
            for (DirectoryRepository.ExportLine line : page) {
                CsvLines.appendLine(text, DirectoryCsv.exportRow(line.row()));
            }
            writer.write(text.toString());
            lines += page.size();
            after = page.get(page.size() - 1).roomCode();
        }
        writer.flush();
        return lines;
    }

    private Room createRoom(WriteContext tx, RoomForm form) {
        String buildingId = form.building() == null ? null : buildingId(tx, form.building());
        String unitId = form.unit() == null || buildingId == null ? null : unitId(tx, buildingId, form.unit());
        Room room = new Room(tx.newId(), buildingId, unitId, form.floor(), form.number(), form.code(), form.publicArea(),
                tx.now(), tx.now());
        repository.insertRoom(tx.handle(), room);
        tx.created(ROOM, room.id(), room);
        return room;
    }

    private Occupant createOccupant(WriteContext tx, String roomId, OccupantForm form) {
        Occupant occupant = new Occupant(tx.newId(), roomId, form.name(), form.kind(), form.company(), form.phones(),
                form.note(), false, form.consent(), form.title(), tx.now(), tx.now());
        repository.insertOccupant(tx.handle(), occupant);
        tx.created(OCCUPANT, occupant.id(), occupant);
        return occupant;
    }

    private String buildingId(WriteContext tx, String code) {
        return repository.buildingByCode(tx.handle(), code).map(Building::id).orElseGet(() -> {
            Building b = new Building(tx.newId(), code, code, tx.now(), tx.now());
            repository.insertBuilding(tx.handle(), b);
            tx.created(BUILDING, b.id(), b);
            return b.id();
        });
    }

    private String unitId(WriteContext tx, String buildingId, String code) {
        return repository.units(tx.handle(), buildingId).stream().filter(u -> u.code().equals(code)).map(Unit::id)
                .findFirst().orElseGet(() -> {
                    Unit u = new Unit(tx.newId(), buildingId, code, tx.now(), tx.now());
                    repository.insertUnit(tx.handle(), u);
                    tx.created(UNIT, u.id(), u);
                    return u.id();
                });
    }
}
