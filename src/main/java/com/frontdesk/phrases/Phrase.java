package com.frontdesk.phrases;

import java.time.Instant;

/**
 * One standard phrase (规范用语). The texts may hold placeholders ({称呼|您}) and includes of other
 * phrases by code ({>ns.greet}); see {@link PhraseText}.
 *
 * @param code          the shortcut the desk types: lower case letters, digits, dots and dashes
 * @param titleInitials the pinyin initials of the title, for the search
 * @param tags          words separated by spaces
 */
public record Phrase(String id, PhraseCategory category, String code, String title, String titleInitials,
                     String textZh, String textEn, String tags, Instant createdAt, Instant updatedAt) {

    /** The text in the language of the screen: "en" gives English, anything else Chinese. */
    public String text(String language) {
        return "en".equalsIgnoreCase(language) ? textEn : textZh;
    }

    Phrase with(PhraseForm form, String initials, Instant now) {
        return new Phrase(id, form.category(), form.code(), form.title(), initials, form.textZh(), form.textEn(),
                form.tags(), createdAt, now);
    }

    /** What the library file holds of this phrase. */
    PhraseForm form() {
        return new PhraseForm(category, code, title, textZh, textEn, tags);
    }
}
