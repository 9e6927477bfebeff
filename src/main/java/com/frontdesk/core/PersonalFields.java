package com.frontdesk.core;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The {@link PersonalData} components of a record type, looked up once per type. */
final class PersonalFields {
    private static final ClassValue<Map<String, PersonalData.Kind>> FIELDS = new ClassValue<>() {
        @Override
        protected Map<String, PersonalData.Kind> computeValue(Class<?> type) {
            Map<String, PersonalData.Kind> found = new HashMap<>();
            RecordComponent[] components = type.getRecordComponents();
            if (components != null) {
                for (RecordComponent c : components) {
                    PersonalData p = c.getAnnotation(PersonalData.class);
                    if (p != null) {
                        found.put(c.getName(), p.value());
                    }
                }
            }
            return Map.copyOf(found);
        }
    };

    private PersonalFields() {
    }

    /** The personal-data components of a type by name (empty for a map or a type without any). */
    static Map<String, PersonalData.Kind> of(Class<?> type) {
        return FIELDS.get(type);
    }

    /** The value as the audit log may keep it: masked when the field is personal data (each element of a list). */
    static Object forAudit(Class<?> type, String field, Object value) {
        PersonalData.Kind kind = FIELDS.get(type).get(field);
        if (kind == null || value == null) {
            return value;
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(v -> v == null ? null : kind.mask(v.toString())).toList();
        }
        return kind.mask(value.toString());
    }
}
