package com.frontdesk.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Records are only ever soft-deleted: a deletion marks the row and goes through the write helper
 * ({@code tx.deleted(...)}), which writes the audit entry and tells head office through the outbox
 * (ARCHITECTURE.md, "the flow of one write"; docs/adr/0003-write-helper-audit-outbox.md). A hard
 * {@code DELETE FROM} would lose the record, its audit trail and the sync of the deletion, so no
 * main source file or migration may contain one. The only tolerated mention is inside the text of
 * an audit-log trigger's {@code RAISE(...)}, which refuses deletion rather than performing it.
 * The global search's index ({@code search_doc} and its FTS5 tables, V15) is not a record: it is
 * derived from the records by triggers, which delete an entry when its record leaves.
 */
class SoftDeleteOnlyTest {
    private static final List<Path> SCANNED = List.of(
            Path.of("src/main/java"), Path.of("src/main/resources/db/migration"));
    /**
     * DELETE, then FROM, separated by white space, by escapes such as \n inside a Java string,
     * or by the end of one string literal and the start of the next ({@code "DELETE " + "FROM t"}).
     */
    private static final Pattern DELETE_FROM =
            Pattern.compile("(?i)\\bDELETE(?:\\s|\\\\[ntr]|\"\\s*\\+\\s*\")+FROM\\b");
    /** {@code RAISE(ABORT, '...')} with its message, SQL quotes doubled inside the text. */
    /** The derived tables of the search index (V15): their triggers delete entries, never records. */
    private static final Pattern SEARCH_INDEX = Pattern.compile("\\s+search_(doc|fts|codes|short)\\b");
    private static final Pattern RAISE_TEXT = Pattern.compile("(?is)RAISE\\s*\\(\\s*\\w+\\s*,\\s*'(?:[^']|'')*'\\s*\\)");

    @Test
    void noMainSourceOrMigrationDeletesRows() throws IOException {
        List<Path> files = filesToScan();
        assertThat(files).as("the scan must see the code and the migrations")
                .anyMatch(f -> f.toString().endsWith(".java"))
                .anyMatch(f -> f.toString().endsWith(".sql"));

        List<String> offences = new ArrayList<>();
        for (Path file : files) {
            offences.addAll(deleteStatementsIn(file));
        }

        assertThat(offences).as("hard deletes (soft-delete through tx.deleted instead)").isEmpty();
    }

    @Test
    void theScanFindsAHardDeleteButNotATriggerRefusingOne() {
        assertThat(deleteStatements("handle.execute(\"delete  from staff WHERE id = ?\", id);")).hasSize(1);
        assertThat(deleteStatements("\"\"\"\n    DELETE\n    FROM visitor\n    \"\"\"")).hasSize(1);
        assertThat(deleteStatements("h.execute(\"DELETE\\nFROM parcel\");")).hasSize(1);
        assertThat(deleteStatements("h.execute(\"DELETE \"\n        + \"FROM parcel\");")).hasSize(1);
        assertThat(deleteStatements("CREATE TRIGGER t BEFORE DELETE ON audit_log\n"
                + "BEGIN SELECT RAISE(ABORT, 'no DELETE FROM audit_log, it''s evidence'); END;")).isEmpty();
        assertThat(deleteStatements("Files.deleteIfExists(path); // deleted from disk")).isEmpty();
        assertThat(deleteStatements("DELETE FROM search_doc WHERE kind = 'visit' AND ref_id = OLD.id;")).isEmpty();
        assertThat(deleteStatements("DELETE FROM search_docs_of_mine WHERE 1")).hasSize(1);
    }

    private static List<Path> filesToScan() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : SCANNED) {
            assertThat(root).as("run from the project root").isDirectory();
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        return files;
    }

    private static List<String> deleteStatementsIn(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
        return deleteStatements(text).stream().map(line -> file + ":" + line).toList();
    }

    /** Each hard delete as "line: text"; the message text of RAISE(...) is not SQL that runs. */
    static List<String> deleteStatements(String source) {
        Matcher raise = RAISE_TEXT.matcher(source);
        StringBuilder blanked = new StringBuilder();
        while (raise.find()) {
            // Same length and line breaks, so line numbers still point at the original text.
            raise.appendReplacement(blanked, Matcher.quoteReplacement(raise.group().replaceAll("[^\\n]", " ")));
        }
        raise.appendTail(blanked);
        String scanned = blanked.toString();
        List<String> found = new ArrayList<>();
        Matcher m = DELETE_FROM.matcher(scanned);
        while (m.find()) {
            if (SEARCH_INDEX.matcher(scanned).region(m.end(), scanned.length()).lookingAt()) {
                continue;
            }
            int line = (int) scanned.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
            String original = source.lines().skip(line - 1).findFirst().orElse("").strip();
            found.add(line + ": " + original);
        }
        return found;
    }
}
