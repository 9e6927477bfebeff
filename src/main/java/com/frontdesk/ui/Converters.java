package com.frontdesk.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Display-only converters for combo boxes: values are chosen from a list, never typed. */
public final class Converters {
    private Converters() {
    }

    public static <T> StringConverter<T> showing(Function<T, String> text, String whenEmpty) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? whenEmpty : text.apply(value);
            }

            @Override
            public T fromString(String typed) {
                return null;
            }
        };
    }
}
