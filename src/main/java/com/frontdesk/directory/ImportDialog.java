package com.frontdesk.directory;

import com.frontdesk.accounts.Session;
import com.frontdesk.ui.Tables;
import com.frontdesk.ui.UiContext;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Import from a CSV file: the file is read and checked first, the preview shows the rows and
 * every problem with its line; only a file without errors can be imported, in one go.
 */
final class ImportDialog {
    private static final int PREVIEW_ROWS = 200;

    private final UiContext ctx;
    private final Session session;
    private final Runnable onImported;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Label summary = new Label();
    private final ListView<String> problems = new ListView<>();
    private final TableView<ImportRow> rows = new TableView<>();
    private final Button importButton;

    ImportDialog(UiContext ctx, Window owner, Session session, Runnable onImported) {
        this.ctx = ctx;
        this.session = session;
        this.onImported = onImported;
        dialog.initOwner(owner);
        dialog.setTitle(ctx.text("directory.import"));
        dialog.setResizable(true);
        rows.getColumns().add(Tables.column(ctx.text("import.column.line"), r -> String.valueOf(r.line())));
        rows.getColumns().add(Tables.column(ctx.text("field.room"), ImportRow::roomCode));
        rows.getColumns().add(Tables.column(ctx.text("field.name"), ImportRow::name));
        rows.getColumns().add(Tables.column(ctx.text("field.kind"),
                r -> r.kind() == null ? "" : ctx.text(r.kind().messageKey())));
        rows.getColumns().add(Tables.column(ctx.text("field.company"), r -> r.company() == null ? "" : r.company()));
        rows.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rows.setId("importRows");
        rows.setPrefHeight(260);
        problems.setId("importProblems");
        problems.setPrefHeight(140);
        summary.setId("importSummary");
        summary.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, summary, problems, rows));
        ButtonType importType = new ButtonType(ctx.text("directory.importNow"), ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().addAll(importType, ButtonType.CANCEL);
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(ctx.text("action.cancel"));
        importButton = (Button) dialog.getDialogPane().lookupButton(importType);
        importButton.setDisable(true);
        importButton.setId("importNow");
    }

    /** Asks for the file, reads it off the FX thread, and shows the preview. */
    void chooseAndShow() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ctx.text("directory.import"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.txt"));
        File file = chooser.showOpenDialog(dialog.getOwner());
        if (file != null) {
            show(file);
        }
    }

    void show(File file) {
        ctx.run(() -> DirectoryCsv.parse(Files.readAllBytes(file.toPath())), this::preview);
        dialog.show();
    }

    private void preview(ImportPreview preview) {
        summary.setText(ctx.text("directory.importSummary", preview.charset(), preview.rows().size(),
                preview.errors().size(), preview.duplicates().size()));
        problems.getItems().setAll(Stream.concat(preview.errors().stream(), preview.duplicates().stream())
                .map(p -> ctx.text("import.line", p.line(), ctx.text(p.key(), p.args().toArray())))
                .toList());
        rows.getItems().setAll(preview.rows().subList(0, Math.min(PREVIEW_ROWS, preview.rows().size())));
        importButton.setDisable(!preview.importable());
        importButton.addEventFilter(ActionEvent.ACTION, e -> {
            // The dialog stays open to show what the import stored.
            e.consume();
            importButton.setDisable(true);
            ctx.run(() -> ctx.workstation().directory().importRows(session, preview), result -> {
                summary.setText(ctx.text("import.done", result.roomsCreated(), result.occupantsCreated(),
                        result.alreadyKnown(), result.duplicatesInFile()));
                onImported.run();
            }, failure -> {
                importButton.setDisable(false);
                summary.setText(ctx.errors().describe(failure));
            });
        });
    }

    static void saveTemplate(UiContext ctx, Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("units-template.csv");
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            ctx.run(() -> Files.write(file.toPath(), DirectoryCsv.templateBytes()), written -> { });
        }
    }

    static void export(UiContext ctx, Window owner, Session session, Consumer<String> status) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("units.csv");
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            ctx.run(() -> {
                try (var out = Files.newOutputStream(file.toPath())) {
                    return ctx.workstation().directory().exportCsv(session, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, lines -> status.accept(ctx.text("directory.exported", lines, file.toString())));
        }
    }
}
