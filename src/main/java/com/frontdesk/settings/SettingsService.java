package com.frontdesk.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.frontdesk.accounts.AccessControl;
import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.Actor;
import com.frontdesk.core.Json;
import com.frontdesk.core.Store;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;

/**
 * Reads and changes the settings kept in the database: the workstation's, and each module's
 * {@link SettingsDocument}. Read once, then kept: the idle check and the lock-out ask often.
 */
public final class SettingsService {
    static final String KEY = "workstation";
    static final SettingsDocument<WorkstationSettings> WORKSTATION =
            new SettingsDocument<>(KEY, WorkstationSettings.class, WorkstationSettings.DEFAULTS,
                    WorkstationSettings::validate);
    private static final String ENTITY = "setting";

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final Store store;
    private final AccessControl access;
    private final SettingsRepository repository = new SettingsRepository();
    private final ObjectMapper json = Json.mapper();
    private final Map<String, Object> cache = new ConcurrentHashMap<>();

    public SettingsService(Store store, AccessControl access) {
        this.store = store;
        this.access = access;
    }

    public WorkstationSettings current() {
        return current(WORKSTATION);
    }

    public WorkstationSettings update(Session session, WorkstationSettings changed) {
        return update(session, WORKSTATION, changed);
    }

    /** The language can be chosen by anyone at the login screen and in the first-start wizard. */
    public WorkstationSettings changeLanguage(Actor actor, String languageTag) {
        return save(actor, WORKSTATION, current().withLanguage(languageTag));
    }

    public <T> T current(SettingsDocument<T> doc) {
        Object settings = cache.get(doc.key());
        if (settings == null) {
            settings = store.read(h -> read(h, doc));
            cache.put(doc.key(), settings);
        }
        return doc.type().cast(settings);
    }

    /** Administrators change settings; the change is audited field by field. */
    public <T> T update(Session session, SettingsDocument<T> doc, T changed) {
        access.require(session, Permission.EDIT_SETTINGS);
        return save(session.actor(), doc, changed);
    }

    private <T> T save(Actor actor, SettingsDocument<T> doc, T changed) {
        doc.validate().accept(changed);
        T saved = store.write(actor, tx -> {
            T before = read(tx.handle(), doc);
            if (before.equals(changed)) {
                return changed;
            }
            repository.put(tx.handle(), doc.key(), serialise(changed), tx.now());
            tx.updated(ENTITY, doc.key(), before, changed);
            return changed;
        });
        cache.put(doc.key(), saved);
        return saved;
    }

    private <T> T read(Handle h, SettingsDocument<T> doc) {
        return repository.get(h, doc.key()).map(value -> parse(doc, value)).orElse(doc.defaults());
    }

    /** Fields a newer or older version did not write keep their defaults. */
    private <T> T parse(SettingsDocument<T> doc, String value) {
        try {
            Map<String, Object> merged = json.convertValue(doc.defaults(), FIELDS);
            merged.putAll(json.readValue(value, FIELDS));
            return json.convertValue(merged, doc.type());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String serialise(Object settings) {
        try {
            return json.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
