package com.frontdesk.phrases;

import java.util.List;

/**
 * What an import would do, shown before it is applied: the phrases it adds, those it changes
 * (the site's wording and the file's) and those it removes because the file no longer has them.
 */
public record PhraseImportPreview(List<PhraseForm> library, List<PhraseForm> added, List<Change> changed,
                                  List<Phrase> removed) {
    public record Change(Phrase before, PhraseForm after) {
    }

    public boolean nothingToDo() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }
}
