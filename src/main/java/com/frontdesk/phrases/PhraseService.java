package com.frontdesk.phrases;

import com.frontdesk.accounts.AccessControl;
import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.Actor;
import com.frontdesk.core.Pinyin;
import com.frontdesk.core.RecordOnScreen;
import com.frontdesk.core.Store;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.core.Validation;
import com.frontdesk.core.WriteContext;
import com.frontdesk.directory.Title;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * The standard phrases: everyone searches, fills, copies and inserts them and keeps their own
 * favourites; administrators change the library, each change audited and sent to head office.
 *
 * <p>The starter library is written by the program the first time the library is read, not by
 * the migration: so each phrase gets a time-ordered id like every record, the audit log and the
 * outbox show that the program wrote it (head office sees every site's library), and the texts
 * live in one readable Java class ({@link StarterPhrases}) instead of SQL string literals.
 */
public final class PhraseService {
    static final String ENTITY = "phrase";
    /** The most a list shows; the search narrows it. */
    public static final int LIST_LIMIT = 200;

    private final Store store;
    private final AccessControl access;
    private final Supplier<String> siteName;
    private final Supplier<ZoneId> zone;
    private final Function<String, Optional<Title>> titles;
    private final PhraseRepository repository = new PhraseRepository();
    private volatile boolean starterChecked;

    /** @param titles the title the directory records for an occupant, by id, for {称呼} */
    public PhraseService(Store store, AccessControl access, Supplier<String> siteName, Supplier<ZoneId> zone,
                         Function<String, Optional<Title>> titles) {
        this.store = store;
        this.access = access;
        this.siteName = siteName;
        this.zone = zone;
        this.titles = titles;
    }

    /** The phrases the search finds for the signed-in staff member, at most {@code limit}. */
    public List<PhraseHit> search(Session session, PhraseSearch search, int limit) {
        ensureStarterLibrary();
        return store.read(h -> repository.search(h, session.user().id(), search, Math.min(limit, LIST_LIMIT)));
    }

    public Optional<Phrase> byCode(String code) {
        ensureStarterLibrary();
        return store.read(h -> repository.byCode(h, code));
    }

    public Optional<Phrase> byId(String id) {
        ensureStarterLibrary();
        return store.read(h -> repository.byId(h, id));
    }

    /**
     * The values of one filling: the signed-in user, the site, now, and the record on screen.
     *
     * @param language "en" or "zh-CN"
     */
    public Map<String, String> values(Session session, String language, RecordOnScreen record) {
        Title title = record == null || record.occupantId() == null ? null
                : titles.apply(record.occupantId()).orElse(null);
        return PhraseValues.of(language, session.user().employeeNo(), session.user().name(), siteName.get(), record,
                title, ZonedDateTime.now(store.clock()).withZoneSameInstant(zone.get()));
    }

    /** The phrase's text in the language, its placeholders and included phrases filled. */
    public String fill(Phrase phrase, String language, Map<String, String> values) {
        return store.read(h -> PhraseText.fill(phrase.code(), phrase.text(language), values,
                code -> repository.byCode(h, code).map(p -> p.text(language))));
    }

    /** The phrase was inserted or copied: it moves up in this staff member's lists. Not audited: no record changes. */
    public void recordUse(Session session, String phraseId) {
        store.write(session.actor(), tx -> {
            repository.countUse(tx.handle(), session.user().id(), phraseId, tx.now());
            return null;
        });
    }

    /** Returns whether the phrase is one of the staff member's favourites now. Personal: not audited, not sent. */
    public boolean toggleFavourite(Session session, String phraseId) {
        return store.write(session.actor(), tx ->
                repository.toggleFavourite(tx.handle(), session.user().id(), phraseId, tx.now()));
    }

    public Phrase create(Session session, PhraseForm form) {
        access.require(session, Permission.EDIT_PHRASES);
        ensureStarterLibrary();
        PhraseForm f = form.normalised();
        return store.write(session.actor(), tx -> {
            validate(tx.handle(), f, null);
            return insert(tx, f);
        });
    }

    public Phrase update(Session session, String id, PhraseForm form) {
        access.require(session, Permission.EDIT_PHRASES);
        ensureStarterLibrary();
        PhraseForm f = form.normalised();
        return store.write(session.actor(), tx -> {
            Phrase before = repository.byId(tx.handle(), id).orElseThrow(() -> new UserFacingException("phrase.gone"));
            validate(tx.handle(), f, before);
            return change(tx, before, f);
        });
    }

    /** Removes the phrase; refused while another phrase includes it, so no text loses a part silently. */
    public void delete(Session session, String id) {
        access.require(session, Permission.EDIT_PHRASES);
        ensureStarterLibrary();
        store.write(session.actor(), tx -> {
            Phrase before = repository.byId(tx.handle(), id).orElseThrow(() -> new UserFacingException("phrase.gone"));
            List<String> users = repository.includedBy(tx.handle(), before.code());
            if (!users.isEmpty()) {
                throw new UserFacingException("phrase.includedBy", before.code(), String.join(", ", users));
            }
            remove(tx, before);
            return null;
        });
    }

    /** Writes the starter library once, when the library has never held a phrase. */
    public void ensureStarterLibrary() {
        if (starterChecked) {
            return;
        }
        store.write(Actor.SYSTEM, tx -> {
            if (repository.countEver(tx.handle()) == 0) {
                StarterPhrases.all().forEach(f -> insert(tx, f.normalised()));
            }
            return null;
        });
        starterChecked = true;
    }

    private void validate(Handle h, PhraseForm f, Phrase before) {
        Validation v = new Validation();
        PhraseRules.check(v, f, code -> repository.byCode(h, code).map(p -> PhraseRules.includes(p.form()))
                .orElse(Set.of()), code -> repository.byCode(h, code).isPresent());
        v.throwIfAny();
        Optional<Phrase> sameCode = repository.byCode(h, f.code());
        if (sameCode.isPresent() && (before == null || !sameCode.get().id().equals(before.id()))) {
            throw new UserFacingException("phrase.codeTaken", f.code(), sameCode.get().title());
        }
        if (before != null && !before.code().equals(f.code())) {
            List<String> users = repository.includedBy(h, before.code());
            if (!users.isEmpty()) {
                throw new UserFacingException("phrase.includedBy", before.code(), String.join(", ", users));
            }
        }
    }

    Phrase insert(WriteContext tx, PhraseForm f) {
        Phrase p = new Phrase(tx.newId(), f.category(), f.code(), f.title(), Pinyin.initials(f.title()), f.textZh(),
                f.textEn(), f.tags(), tx.now(), tx.now());
        repository.insert(tx.handle(), p);
        tx.created(ENTITY, p.id(), p);
        return p;
    }

    Phrase change(WriteContext tx, Phrase before, PhraseForm f) {
        Phrase after = before.with(f, Pinyin.initials(f.title()), tx.now());
        repository.update(tx.handle(), after);
        tx.updated(ENTITY, after.id(), before, after);
        return after;
    }

    void remove(WriteContext tx, Phrase before) {
        repository.markDeleted(tx.handle(), before.id(), tx.now());
        tx.deleted(ENTITY, before.id(), before);
    }

    /** The whole library, for the export. */
    List<Phrase> all() {
        ensureStarterLibrary();
        return store.read(repository::all);
    }

    Store store() {
        return store;
    }

    AccessControl access() {
        return access;
    }

    PhraseRepository repository() {
        return repository;
    }
}
