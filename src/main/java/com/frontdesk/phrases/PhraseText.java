package com.frontdesk.phrases;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The little language of a phrase's text: {@code {称呼}} is a value, {@code {称呼|您}} a value with the
 * fallback used when the value is empty, {@code {>code}} the text of another phrase (in the same
 * language), itself filled. Braces that are not one of these stay as typed.
 *
 * <p>Saving refuses a phrase that would include itself through others ({@link #loop}); filling also
 * stops at {@link #MAX_DEPTH} and at a phrase already being filled, so a library imported from
 * elsewhere can never hang the desk.
 */
public final class PhraseText {
    /** Levels of includes below the phrase filled; deeper than any sensible library needs. */
    public static final int MAX_DEPTH = 4;
    private static final Pattern TOKEN = Pattern.compile("\\{(>)?\\s*([^{}|>\\s][^{}|]*?)\\s*(?:\\|([^{}]*))?}");

    private PhraseText() {
    }

    /** The codes the text includes, in order, each once. */
    public static Set<String> includes(String text) {
        Set<String> codes = new LinkedHashSet<>();
        if (text != null) {
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                if (m.group(1) != null) {
                    codes.add(m.group(2).toLowerCase(Locale.ROOT));
                }
            }
        }
        return codes;
    }

    /** The value names the text uses, as written (aliases not resolved). */
    public static Set<String> placeholders(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text != null) {
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                if (m.group(1) == null) {
                    names.add(m.group(2));
                }
            }
        }
        return names;
    }

    /**
     * The text filled.
     *
     * @param code    the phrase's own code, so it cannot include itself
     * @param values  by placeholder name ({@link PhraseValues#canonical} names); missing or blank: the fallback
     * @param include the text of a phrase by code in the same language, not yet filled
     */
    public static String fill(String code, String text, Map<String, String> values,
                              Function<String, Optional<String>> include) {
        Deque<String> path = new ArrayDeque<>();
        path.push(code == null ? "" : code.toLowerCase(Locale.ROOT));
        return fill(text, values, include, path);
    }

    private static String fill(String text, Map<String, String> values, Function<String, Optional<String>> include,
                               Deque<String> path) {
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(1) != null) {
                String included = m.group(2).toLowerCase(Locale.ROOT);
                if (path.contains(included) || path.size() > MAX_DEPTH) {
                    replacement = "";
                } else {
                    path.push(included);
                    replacement = include.apply(included).map(t -> fill(t, values, include, path)).orElse("");
                    path.pop();
                }
            } else {
                String value = values.get(PhraseValues.canonical(m.group(2)));
                String fallback = m.group(3) == null ? "" : m.group(3);
                replacement = value == null || value.isBlank() ? fallback : value;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The loop a phrase with these includes would close, as the codes around it ("a → b → a"), or
     * empty when there is none.
     *
     * @param includesOf the codes a stored phrase includes (both languages)
     */
    static Optional<List<String>> loop(String code, Set<String> includes, Function<String, Set<String>> includesOf) {
        Deque<String> path = new ArrayDeque<>();
        path.addLast(code);
        return walk(code, includes, includesOf, path, new LinkedHashSet<>());
    }

    private static Optional<List<String>> walk(String start, Set<String> next, Function<String, Set<String>> includesOf,
                                               Deque<String> path, Set<String> seen) {
        for (String c : next) {
            if (c.equals(start)) {
                List<String> loop = new ArrayList<>(path);
                loop.add(start);
                return Optional.of(loop);
            }
            if (seen.add(c)) {
                path.addLast(c);
                Optional<List<String>> found = walk(start, includesOf.apply(c), includesOf, path, seen);
                path.removeLast();
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
