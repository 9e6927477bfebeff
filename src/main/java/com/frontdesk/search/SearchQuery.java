package com.frontdesk.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the box's text means for the index: words split at spaces; a word of three or more
 * characters is a substring the trigram table finds, a word of one or two characters is a token of
 * the short table (every character and pair of neighbours). Full-width letters and digits are
 * folded first (NFKC), as a Chinese input method types them.
 *
 * @param longTerms  words of 3+ characters, for {@code search_fts}
 * @param shortTerms words of 1–2 characters, for {@code search_short} (or a filter when long words lead)
 */
record SearchQuery(List<String> longTerms, List<String> shortTerms) {
    /** More words than this are ignored: a search box, not a document. */
    static final int MAX_TERMS = 6;
    /** A word longer than this is cut: no record has a longer key worth matching whole. */
    static final int MAX_TERM_LENGTH = 64;

    static SearchQuery parse(String text) {
        List<String> longTerms = new ArrayList<>();
        List<String> shortTerms = new ArrayList<>();
        if (text == null) {
            return new SearchQuery(longTerms, shortTerms);
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        for (String word : folded.split("\\s+")) {
            if (longTerms.size() + shortTerms.size() == MAX_TERMS) {
                break;
            }
            String term = cut(word);
            int length = term.codePointCount(0, term.length());
            if (length >= 3) {
                longTerms.add(term);
            } else if (length > 0 && term.codePoints().anyMatch(Character::isLetterOrDigit)) {
                // a word of punctuation alone has no token to look for
                shortTerms.add(term);
            }
        }
        return new SearchQuery(List.copyOf(longTerms), List.copyOf(shortTerms));
    }

    boolean isEmpty() {
        return longTerms.isEmpty() && shortTerms.isEmpty();
    }

    /** The FTS5 expression: every word as a quoted string (quotes doubled), all of them required. */
    static String match(List<String> terms) {
        List<String> quoted = new ArrayList<>();
        for (String t : terms) {
            quoted.add('"' + t.replace("\"", "\"\"") + '"');
        }
        return String.join(" AND ", quoted);
    }

    /**
     * A LIKE pattern that finds the word anywhere, LIKE's wildcards escaped with {@code !} (not a
     * backslash: Jdbi's parser reads {@code '\\'} as an escaped quote).
     */
    static String contains(String term) {
        return "%" + term.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static String cut(String word) {
        if (word.codePointCount(0, word.length()) <= MAX_TERM_LENGTH) {
            return word;
        }
        return word.substring(0, word.offsetByCodePoints(0, MAX_TERM_LENGTH));
    }
}
