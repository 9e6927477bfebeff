package com.frontdesk.core;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user's language: one bundle family, Simplified Chinese by default, English complete.
 * Sentences are whole patterns with placeholders, never pieces glued together.
 */
public final class Messages {
    public static final String BUNDLE = "i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM's default locale: English must stay English on a Chinese PC.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** "zh-CN" or "en" as stored in settings. */
    public static Messages forTag(String languageTag) {
        return new Messages(localeOf(languageTag));
    }

    /** For messages before the site's setting can be read (command line, a refused start). */
    public static Messages forSystem() {
        return new Messages("zh".equals(Locale.getDefault().getLanguage()) ? CHINESE : ENGLISH);
    }

    public static Locale localeOf(String languageTag) {
        return "en".equalsIgnoreCase(languageTag) ? ENGLISH : CHINESE;
    }

    public static String tagOf(Locale locale) {
        return ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "zh-CN";
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** For open-ended names (audit actions, record types): the translation if there is one. */
    public String getOrDefault(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    public String format(Problem problem) {
        return get(problem.key(), problem.args().toArray());
    }

    public String format(UserFacingException e) {
        if (e instanceof ValidationException v) {
            return String.join("\n", v.problems().stream()
                    .map(p -> get("validation.fieldProblem", get("field." + p.field()), format(p))).toList());
        }
        return get(e.key(), e.args());
    }
}
