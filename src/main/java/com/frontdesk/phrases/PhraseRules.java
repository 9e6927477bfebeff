package com.frontdesk.phrases;

import com.frontdesk.core.Validation;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** What makes a phrase storable, for one saved by hand and for a whole library imported. */
final class PhraseRules {
    static final int MAX_TITLE = 30;
    static final int MAX_TEXT = 500;
    static final int MAX_TAGS = 100;
    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9.\\-]{0,19}");
    static final String F_CATEGORY = "phraseCategory";
    static final String F_CODE = "phraseCode";
    static final String F_TITLE = "phraseTitle";
    static final String F_ZH = "phraseTextZh";
    static final String F_EN = "phraseTextEn";
    static final String F_TAGS = "phraseTags";

    private PhraseRules() {
    }

    /**
     * The form alone, then its placeholders and includes against the library it joins.
     *
     * @param includesOf the codes a phrase of the library includes; empty for a code the library lacks
     * @param exists     whether the library has a phrase of the code
     */
    static void check(Validation v, PhraseForm f, Function<String, Set<String>> includesOf,
                      Function<String, Boolean> exists) {
        v.check(f.category() != null, F_CATEGORY, "validation.required");
        v.required(F_CODE, f.code()).matches(F_CODE, f.code(), CODE, "phrase.codeFormat");
        v.required(F_TITLE, f.title()).maxLength(F_TITLE, f.title(), MAX_TITLE);
        v.required(F_ZH, f.textZh()).maxLength(F_ZH, f.textZh(), MAX_TEXT);
        v.required(F_EN, f.textEn()).maxLength(F_EN, f.textEn(), MAX_TEXT);
        v.maxLength(F_TAGS, f.tags(), MAX_TAGS);
        for (String[] text : new String[][] {{F_ZH, f.textZh()}, {F_EN, f.textEn()}}) {
            for (String name : PhraseText.placeholders(text[1])) {
                v.check(PhraseValues.known(name), text[0], "phrase.unknownPlaceholder", name,
                        String.join(" ", PhraseValues.NAMES));
            }
            for (String code : PhraseText.includes(text[1])) {
                v.check(code.equals(f.code()) || exists.apply(code), text[0], "phrase.unknownInclude", code);
            }
        }
        if (f.code() != null) {
            Optional<List<String>> loop = PhraseText.loop(f.code(), includes(f), includesOf);
            v.check(loop.isEmpty(), F_ZH, "phrase.loop", loop.map(l -> String.join(" → ", l)).orElse(""));
        }
    }

    /** The codes the phrase includes in either language. */
    static Set<String> includes(PhraseForm f) {
        Set<String> codes = new LinkedHashSet<>(PhraseText.includes(f.textZh()));
        codes.addAll(PhraseText.includes(f.textEn()));
        return codes;
    }

    /** Checks a whole library as it would stand: each phrase against the others, codes once. */
    static void checkLibrary(Validation v, List<PhraseForm> library) {
        Map<String, PhraseForm> byCode = new java.util.HashMap<>();
        Set<String> twice = new HashSet<>();
        for (PhraseForm f : library) {
            if (f.code() != null && byCode.put(f.code(), f) != null) {
                twice.add(f.code());
            }
        }
        twice.forEach(code -> v.check(false, F_CODE, "phrase.codeTwice", code));
        for (PhraseForm f : library) {
            check(v, f, code -> byCode.containsKey(code) ? includes(byCode.get(code)) : Set.of(),
                    byCode::containsKey);
        }
    }
}
