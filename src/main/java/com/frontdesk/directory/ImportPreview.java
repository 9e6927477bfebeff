package com.frontdesk.directory;

import java.util.List;

/**
 * What an import file would do, shown before anything is stored: the rows that are fine, the
 * errors (any error blocks the whole import) and the duplicates (reported and skipped).
 */
public record ImportPreview(String charset, List<ImportRow> rows, List<ImportProblem> errors,
                            List<ImportProblem> duplicates) {
    public ImportPreview {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
        duplicates = List.copyOf(duplicates);
    }

    public boolean importable() {
        return errors.isEmpty() && !rows.isEmpty();
    }
}
