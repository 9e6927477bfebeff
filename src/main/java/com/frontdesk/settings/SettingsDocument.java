package com.frontdesk.settings;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * One module's settings, kept as one JSON document in the {@code setting} table under its key,
 * so each module owns a small record with its own defaults instead of one record that grows
 * with every module.
 *
 * @param validate throws a {@code ValidationException} for values out of range
 */
public record SettingsDocument<T>(String key, Class<T> type, T defaults, Consumer<T> validate) {
    public SettingsDocument {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaults, "defaults");
        Objects.requireNonNull(validate, "validate");
    }
}
