package com.frontdesk.handover;

import com.frontdesk.accounts.AccessControl;
import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.Actor;
import com.frontdesk.core.Problem;
import com.frontdesk.core.Store;
import com.frontdesk.core.Validation;
import com.frontdesk.core.ValidationException;
import com.frontdesk.core.WriteContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The checklists per desk and shift, versioned: an administrator's change makes a new version and
 * the old ones stay, because a handover keeps the id of the version it was counted against.
 *
 * <p>A desk and shift without a checklist gets the regulations' default as version 1 the first
 * time it is asked for, written by the program, so a new site can hand over on day one and every
 * handover still points at a stored version.
 */
public final class ChecklistTemplateService implements ChecklistTemplates {
    static final String ENTITY = "handover_template";
    public static final int MAX_ITEMS = 60;
    public static final int MAX_EXPECTED = 999;
    public static final int MAX_NAME_LENGTH = 20;
    /** More versions than a site makes in years; the list is for reading, not for paging. */
    static final int MAX_VERSIONS_LISTED = 200;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");
    private static final String FIELD = "handoverChecklist";

    private final Store store;
    private final AccessControl access;
    private final Supplier<HandoverSettings> settings;
    private final ChecklistTemplateRepository repository = new ChecklistTemplateRepository();

    public ChecklistTemplateService(Store store, AccessControl access, Supplier<HandoverSettings> settings) {
        this.store = store;
        this.access = access;
        this.settings = settings;
    }

    /** The current version; a desk and shift of the settings that has none gets the default now. */
    @Override
    public Optional<ChecklistTemplate> current(String desk, String shift) {
        Optional<ChecklistTemplate> stored = store.read(h -> repository.current(h, desk, shift));
        if (stored.isPresent() || settings.get().shift(desk, shift).isEmpty()) {
            return stored;
        }
        return Optional.of(store.write(Actor.SYSTEM, tx -> currentOrDefault(tx, Actor.SYSTEM, desk, shift)));
    }

    /** Any version, also one replaced since or of a shift removed from the settings. */
    @Override
    public Optional<ChecklistTemplate> byId(String id) {
        return id == null ? Optional.empty() : store.read(h -> repository.byId(h, id));
    }

    /** Every version of the desk's shift, newest first. */
    public List<ChecklistTemplate> versions(String desk, String shift) {
        return store.read(h -> repository.versions(h, desk, shift, MAX_VERSIONS_LISTED));
    }

    /** Gives every desk and shift of the settings its default checklist if it has none yet; returns those made. */
    public List<ChecklistTemplate> ensureDefaults(Session session) {
        HandoverSettings s = settings.get();
        Actor actor = session.actor();
        return store.write(actor, tx -> {
            List<ChecklistTemplate> made = new ArrayList<>();
            for (Desk d : s.desks()) {
                for (ShiftDef shift : d.shifts()) {
                    if (repository.current(tx.handle(), d.code(), shift.code()).isEmpty()) {
                        made.add(currentOrDefault(tx, actor, d.code(), shift.code()));
                    }
                }
            }
            return made;
        });
    }

    /**
     * Administrators change a checklist: the items become the next version. Codes are kept in capitals
     * and an automatic line's expected count is 0, so what is stored compares equal however it was typed.
     */
    public ChecklistTemplate save(Session session, String desk, String shift, List<ChecklistItem> items) {
        access.require(session, Permission.EDIT_SETTINGS);
        List<ChecklistItem> normalised = normalise(items);
        Validation v = new Validation();
        v.check(settings.get().shift(desk, shift).isPresent(), FIELD, "handover.item.unknownShift",
                String.valueOf(desk), String.valueOf(shift));
        validate(v, normalised);
        v.throwIfAny();
        Actor actor = session.actor();
        return store.write(actor, tx -> {
            ChecklistTemplate before = currentOrDefault(tx, actor, desk, shift);
            if (before.items().equals(normalised)) {
                throw new ValidationException(List.of(new Problem(FIELD, "handover.item.unchanged",
                        List.of(before.version()))));
            }
            ChecklistTemplate next = template(tx, actor, desk, shift, before.version() + 1, normalised);
            if (!repository.insert(tx.handle(), next, actor.staffId())) {
                throw new IllegalStateException("version " + next.version() + " of " + desk + "/" + shift
                        + " was written meanwhile");
            }
            tx.created(ENTITY, next.id(), next);
            return next;
        });
    }

    /** The items as they would be stored; for a screen that wants to know whether anything changed. */
    public static List<ChecklistItem> normalise(List<ChecklistItem> items) {
        if (items == null) {
            return List.of();
        }
        return items.stream().map(i -> i == null ? new ChecklistItem(null, null, 0, null) : new ChecklistItem(
                i.code() == null ? null : i.code().strip().toUpperCase(Locale.ROOT),
                i.name() == null ? null : i.name().strip(),
                i.auto() == null ? i.expected() : 0, i.auto())).toList();
    }

    /** The default checklist of a desk, as a new site gets it. */
    public static List<ChecklistItem> defaultItems(String desk) {
        return ChecklistDefaults.forDesk(desk);
    }

    static void validate(Validation v, List<ChecklistItem> items) {
        v.check(!items.isEmpty() && items.size() <= MAX_ITEMS, FIELD, "handover.item.count", MAX_ITEMS);
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        Set<AutoCount> autos = EnumSet.noneOf(AutoCount.class);
        for (ChecklistItem i : items) {
            String code = String.valueOf(i.code());
            boolean codeOk = i.code() != null && CODE.matcher(i.code()).matches();
            boolean nameOk = i.name() != null && !i.name().isBlank()
                    && i.name().codePointCount(0, i.name().length()) <= MAX_NAME_LENGTH;
            v.check(codeOk, FIELD, "handover.item.code", code);
            v.check(nameOk, FIELD, "handover.item.name", code, MAX_NAME_LENGTH);
            v.check(!codeOk || codes.add(i.code()), FIELD, "handover.item.twice", code);
            v.check(!nameOk || names.add(i.name()), FIELD, "handover.item.twice", String.valueOf(i.name()));
            v.check(i.expected() >= 0 && i.expected() <= MAX_EXPECTED, FIELD, "handover.item.expected", code,
                    MAX_EXPECTED);
            v.check(i.auto() == null || autos.add(i.auto()), FIELD, "handover.item.autoTwice", code);
        }
    }

    /**
     * The stored current version, or the default written now as version 1. Two first uses at once
     * (the handover and the Settings tab) both end with the one stored version.
     */
    private ChecklistTemplate currentOrDefault(WriteContext tx, Actor actor, String desk, String shift) {
        Optional<ChecklistTemplate> stored = repository.current(tx.handle(), desk, shift);
        if (stored.isPresent()) {
            return stored.get();
        }
        ChecklistTemplate first = template(tx, actor, desk, shift, 1, ChecklistDefaults.forDesk(desk));
        if (!repository.insert(tx.handle(), first, actor.staffId())) {
            return repository.current(tx.handle(), desk, shift).orElseThrow();
        }
        tx.created(ENTITY, first.id(), first);
        return first;
    }

    private static ChecklistTemplate template(WriteContext tx, Actor actor, String desk, String shift, int version,
                                              List<ChecklistItem> items) {
        return new ChecklistTemplate(tx.newId(), desk, shift, version, items, tx.now(), actor.name());
    }
}
