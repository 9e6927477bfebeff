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

/** Reads and changes the workstation settings kept in the database. */
public final class SettingsService {
    static final String KEY = "workstation";
    private static final String ENTITY = "setting";

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final Store store;
    private final AccessControl access;
    private final SettingsRepository repository = new SettingsRepository();
    private final ObjectMapper json = Json.mapper();
    private volatile WorkstationSettings cached;

    public SettingsService(Store store, AccessControl access) {
        this.store = store;
        this.access = access;
    }

    /** Read once, then kept: the idle check and the lock-out ask for it often. */
    public WorkstationSettings current() {
        WorkstationSettings settings = cached;
        if (settings == null) {
            settings = store.read(h -> repository.get(h, KEY).map(this::parse).orElse(WorkstationSettings.DEFAULTS));
            cached = settings;
        }
        return settings;
    }

    public WorkstationSettings update(Session session, WorkstationSettings changed) {
        access.require(session, Permission.EDIT_SETTINGS);
        return save(session.actor(), changed);
    }

    /** The language can be chosen by anyone at the login screen and in the first-start wizard. */
    public WorkstationSettings changeLanguage(Actor actor, String languageTag) {
        return save(actor, current().withLanguage(languageTag));
    }

    private WorkstationSettings save(Actor actor, WorkstationSettings changed) {
        changed.validate();
        WorkstationSettings saved = store.write(actor, tx -> {
            WorkstationSettings before = repository.get(tx.handle(), KEY).map(this::parse)
                    .orElse(WorkstationSettings.DEFAULTS);
            if (before.equals(changed)) {
                return changed;
            }
            repository.put(tx.handle(), KEY, serialise(changed), tx.now());
            tx.updated(ENTITY, KEY, before, changed);
            return changed;
        });
        cached = saved;
        return saved;
    }

    /** Fields a newer or older version did not write keep their defaults. */
    private WorkstationSettings parse(String value) {
        try {
            Map<String, Object> merged = json.convertValue(WorkstationSettings.DEFAULTS, FIELDS);
            merged.putAll(json.readValue(value, FIELDS));
            return json.convertValue(merged, WorkstationSettings.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String serialise(WorkstationSettings settings) {
        try {
            return json.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
