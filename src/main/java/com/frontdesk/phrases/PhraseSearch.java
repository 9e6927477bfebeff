package com.frontdesk.phrases;

/**
 * What a list of phrases asks for.
 *
 * @param words          typed words, each must match the code or the title's pinyin initials (as a prefix), or
 *                       appear in the title, the tags or either text; blank: every phrase
 * @param category       null: every category
 * @param favouritesOnly only the staff member's favourites
 */
public record PhraseSearch(String words, PhraseCategory category, boolean favouritesOnly) {
    public static final PhraseSearch ALL = new PhraseSearch("", null, false);

    public static PhraseSearch words(String words) {
        return new PhraseSearch(words, null, false);
    }
}
