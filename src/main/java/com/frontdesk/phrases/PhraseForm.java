package com.frontdesk.phrases;

/** A phrase as an administrator types it, and as the library file carries it. */
public record PhraseForm(PhraseCategory category, String code, String title, String textZh, String textEn,
                         String tags) {

    /** Trimmed, the code in lower case, tags single-spaced: what is stored compares equal however it was typed. */
    public PhraseForm normalised() {
        return new PhraseForm(category, code == null ? null : code.strip().toLowerCase(java.util.Locale.ROOT),
                strip(title), strip(textZh), strip(textEn),
                tags == null ? "" : String.join(" ", tags.strip().split("[\\s,，、]+")).strip());
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
