package com.frontdesk.parcels;

import com.frontdesk.accounts.AccessControl;
import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.Store;
import com.frontdesk.core.Validation;
import com.frontdesk.core.WriteContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The shelves of the parcel room, defined in Settings and checked whenever something is put on one. */
public final class ShelfService {
    static final String ENTITY = "shelf";

    private final Store store;
    private final AccessControl access;
    private final ShelfRepository repository = new ShelfRepository();

    public ShelfService(Store store, AccessControl access) {
        this.store = store;
        this.access = access;
    }

    public List<Shelf> shelves() {
        return store.read(repository::all);
    }

    /** Adds a shelf, renames it, or takes it out of use (it stays in the history of what was on it). */
    public Shelf define(Session session, String code, String name, boolean active) {
        access.require(session, Permission.EDIT_SETTINGS);
        String c = normalise(code);
        String n = name == null || name.isBlank() ? null : name.strip();
        new Validation().required("shelf", c).maxLength("shelf", c, 10).maxLength("shelfName", n, 40).throwIfAny();
        Shelf shelf = new Shelf(c, n, active);
        return store.write(session.actor(), tx -> {
            Optional<Shelf> before = repository.byCode(tx.handle(), c);
            repository.upsert(tx.handle(), shelf, tx.now());
            if (before.isEmpty()) {
                tx.created(ENTITY, c, shelf);
            } else {
                tx.updated(ENTITY, c, before.get(), shelf);
            }
            return shelf;
        });
    }

    /**
     * The shelf code as stored, for a write that puts something on it; null stays null (no shelf).
     * An unknown shelf or one out of use is refused on {@code field}.
     */
    public static String checkInUse(WriteContext tx, String code, String field) {
        String c = normalise(code);
        if (c == null) {
            return null;
        }
        Optional<Shelf> shelf = new ShelfRepository().byCode(tx.handle(), c);
        new Validation().check(shelf.isPresent() && shelf.get().active(), field, "parcel.shelfUnknown", c)
                .throwIfAny();
        return shelf.get().code();
    }

    static String normalise(String code) {
        return code == null || code.isBlank() ? null : code.strip().toUpperCase(Locale.ROOT);
    }
}
