package com.frontdesk.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the box's text means for the index: words split at spaces. A number, tracking number or
 * room code of 8+ characters is looked up whole or by its start in the codes table; another word
 * of three or more characters is a substring the trigram table finds; a word of one or two
 * characters is a token of the short table (every character and pair of neighbours). Full-width
 * letters and digits are folded first (NFKC), as a Chinese input method types them.
 *
 * @param codeTerms  numbers and codes, for {@code search_codes}
 * @param longTerms  other words of 3+ characters, for {@code search_fts}
 * @param shortTerms words of 1–2 characters, for {@code search_short}
 */
record SearchQuery(List<String> codeTerms, List<String> longTerms, List<String> shortTerms) {
    /** A number, a tracking number, a room code: letters, digits and dashes with a digit, 8 or more. */
    private static final Pattern CODE = Pattern.compile("(?=.*\\d)[0-9a-z-]{8,}");
    /** More words than this are ignored: a search box, not a document. */
    static final int MAX_TERMS = 6;
    /** A word longer than this is cut: no record has a longer key worth matching whole. */
    static final int MAX_TERM_LENGTH = 64;

    static SearchQuery parse(String text) {
        List<String> codeTerms = new ArrayList<>();
        List<String> longTerms = new ArrayList<>();
        List<String> shortTerms = new ArrayList<>();
        if (text == null) {
            return new SearchQuery(codeTerms, longTerms, shortTerms);
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        for (String word : folded.split("\\s+")) {
            if (codeTerms.size() + longTerms.size() + shortTerms.size() == MAX_TERMS) {
                break;
            }
            String term = cut(word);
            int length = term.codePointCount(0, term.length());
            if (CODE.matcher(term).matches()) {
                codeTerms.add(term);
            } else if (length >= 3) {
                longTerms.add(term);
            } else if (length > 0 && term.codePoints().anyMatch(Character::isLetterOrDigit)) {
                // a word of punctuation alone has no token to look for
                shortTerms.add(term);
            }
        }
        return new SearchQuery(List.copyOf(codeTerms), List.copyOf(longTerms), List.copyOf(shortTerms));
    }

    boolean isEmpty() {
        return codeTerms.isEmpty() && longTerms.isEmpty() && shortTerms.isEmpty();
    }

    /** The same words with the codes as substrings: when no number starts so, one may contain it. */
    SearchQuery codesAsSubstrings() {
        List<String> all = new ArrayList<>(codeTerms);
        all.addAll(longTerms);
        return new SearchQuery(List.of(), List.copyOf(all), shortTerms);
    }

    /** Which table leads: the codes, else the trigrams, else the short tokens. */
    Index driver() {
        return !codeTerms.isEmpty() ? Index.CODES : !longTerms.isEmpty() ? Index.TRIGRAM : Index.SHORT;
    }

    /** The FTS5 expression for the leading table. */
    String match() {
        return switch (driver()) {
            case CODES -> match(codeTerms, "*");
            case TRIGRAM -> match(longTerms, "");
            case SHORT -> match(shortTerms, "");
        };
    }

    /** Words the leading table does not test: each must occur in the record's keys. */
    List<String> filters() {
        List<String> rest = new ArrayList<>();
        if (driver() == Index.CODES) {
            rest.addAll(longTerms);
        }
        if (driver() != Index.SHORT) {
            rest.addAll(shortTerms);
        }
        return rest;
    }

    /** The three FTS5 tables of V15. */
    enum Index {
        CODES("search_codes"), TRIGRAM("search_fts"), SHORT("search_short");

        final String table;

        Index(String table) {
            this.table = table;
        }
    }

    /** Every word as a quoted string (quotes doubled), {@code suffix} after each (* for a prefix), all required. */
    static String match(List<String> terms, String suffix) {
        List<String> quoted = new ArrayList<>();
        for (String t : terms) {
            quoted.add('"' + t.replace("\"", "\"\"") + '"' + suffix);
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
