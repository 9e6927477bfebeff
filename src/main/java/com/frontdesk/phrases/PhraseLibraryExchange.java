package com.frontdesk.phrases;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.Json;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.core.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * Export and import of the whole library as JSON. An import is read and compared first
 * ({@link #preview}); {@link #apply} then makes the site's library equal to the file in one
 * transaction, every added, changed and removed phrase audited and sent like a change by hand.
 */
public final class PhraseLibraryExchange {
    private final PhraseService phrases;
    private final Supplier<String> siteCode;
    /** Indented for a person to read; the caller owns the stream (an atomic file is forced before it is closed). */
    private final ObjectMapper json = Json.mapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    public PhraseLibraryExchange(PhraseService phrases, Supplier<String> siteCode) {
        this.phrases = phrases;
        this.siteCode = siteCode;
    }

    /** Everyone may hand the library on; it holds no personal data. Returns the number of phrases written. */
    public int export(OutputStream out) throws IOException {
        List<PhraseForm> library = phrases.all().stream().map(Phrase::form).toList();
        json.writeValue(out, new PhraseLibraryFile(PhraseLibraryFile.FORMAT, PhraseLibraryFile.VERSION,
                siteCode.get(), phrases.store().clock().instant(), library));
        return library.size();
    }

    /** Reads a library file and compares it with the site's; nothing is written. */
    public PhraseImportPreview preview(Session session, InputStream in) throws IOException {
        phrases.access().require(session, Permission.EDIT_PHRASES);
        PhraseLibraryFile file;
        try {
            file = json.readValue(in, PhraseLibraryFile.class);
        } catch (JsonParseException e) {
            throw new UserFacingException(e, "phrase.import.notJson");
        } catch (JsonProcessingException e) {
            // JSON, but not of a library's shape (a category this version does not know, a list where text belongs)
            throw new UserFacingException(e, "phrase.import.notLibrary");
        }
        if (file == null || !PhraseLibraryFile.FORMAT.equals(file.format()) || file.phrases() == null) {
            throw new UserFacingException("phrase.import.notLibrary");
        }
        if (file.version() > PhraseLibraryFile.VERSION) {
            throw new UserFacingException("phrase.import.newerVersion", file.version());
        }
        List<PhraseForm> library = file.phrases().stream().map(f -> f == null ? null : f.normalised())
                .filter(java.util.Objects::nonNull).toList();
        if (library.isEmpty()) {
            throw new UserFacingException("phrase.import.empty");
        }
        Validation v = new Validation();
        PhraseRules.checkLibrary(v, library);
        v.throwIfAny();
        phrases.ensureStarterLibrary();
        return phrases.store().read(h -> compare(h, library));
    }

    /**
     * Applies a preview. If the site's library changed since the preview was made, nothing is
     * written and the administrator previews again.
     */
    public PhraseImportPreview apply(Session session, PhraseImportPreview preview) {
        phrases.access().require(session, Permission.EDIT_PHRASES);
        return phrases.store().write(session.actor(), tx -> {
            PhraseImportPreview now = compare(tx.handle(), preview.library());
            if (!now.equals(preview)) {
                throw new UserFacingException("phrase.import.stale");
            }
            // Removed first, so a code a removed phrase held may be taken by a new one.
            now.removed().forEach(p -> phrases.remove(tx, p));
            now.changed().forEach(c -> phrases.change(tx, c.before(), c.after()));
            now.added().forEach(f -> phrases.insert(tx, f));
            return now;
        });
    }

    private PhraseImportPreview compare(Handle h, List<PhraseForm> library) {
        Map<String, Phrase> site = new HashMap<>();
        phrases.repository().all(h).forEach(p -> site.put(p.code(), p));
        List<PhraseForm> added = new ArrayList<>();
        List<PhraseImportPreview.Change> changed = new ArrayList<>();
        for (PhraseForm f : library) {
            Phrase mine = site.remove(f.code());
            if (mine == null) {
                added.add(f);
            } else if (!mine.form().equals(f)) {
                changed.add(new PhraseImportPreview.Change(mine, f));
            }
        }
        List<Phrase> removed = site.values().stream()
                .sorted(java.util.Comparator.comparing(Phrase::category).thenComparing(Phrase::code)).toList();
        return new PhraseImportPreview(library, List.copyOf(added), List.copyOf(changed), removed);
    }
}
