package com.frontdesk.handover;

import com.frontdesk.ui.Forms;
import com.frontdesk.ui.PagedTable;
import com.frontdesk.ui.ShortTime;
import com.frontdesk.ui.Tables;
import com.frontdesk.ui.UiContext;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The handover book (记录): every handover of the site, newest first, a page at a time, searched by
 * number or signer; the selected one in full beside the list. "校验" checks every desk's chain of
 * signed handovers off the FX thread and names any record changed behind the program's back.
 */
final class HandoverHistoryPane {
    static final int PAGE = 50;

    private final UiContext ctx;
    private final Consumer<String> say;
    private final TextField query = new TextField();
    private final PagedTable<Handover> table;
    private final HandoverRecordPane record;
    private final Button verify;
    private final Label verified = Forms.wrapping(new Label());
    private final SplitPane root = new SplitPane();
    /** The search as last applied, copied on the FX thread for the background fetch. */
    private volatile HandoverFilter filter = HandoverFilter.ALL;
    private HandoverTexts texts;

    HandoverHistoryPane(UiContext ctx, Consumer<String> say) {
        this.ctx = ctx;
        this.say = say;
        this.table = new PagedTable<>(ctx, (after, n) -> ctx.workstation().handovers().history(filter, after, n), PAGE);
        this.record = new HandoverRecordPane(ctx);
        this.verify = Forms.button(ctx.text("handoverView.verify"), "handoverVerify", this::verify);
        verified.setId("handoverVerified");
        query.setId("handoverQuery");
        query.setPromptText(ctx.text("handoverView.queryPrompt"));
        query.setPrefColumnCount(18);
        query.setOnAction(e -> {
            filter = new HandoverFilter(null, null, null, query.getText());
            table.reload();
            table.focus();
        });
        root.setOrientation(Orientation.HORIZONTAL);
        root.getItems().addAll(listSide(), record.root());
        root.setDividerPositions(0.55);
        // The desks' and shifts' names come from the settings, read off the FX thread before the list.
        ctx.run(() -> ctx.workstation().settings().current(HandoverSettings.DOCUMENT), s -> {
            texts = new HandoverTexts(ctx, s);
            table.reload();
        });
    }

    Parent root() {
        return root;
    }

    void focus() {
        table.focus();
    }

    /** The list again, as a signature at the desk adds to it. */
    void reload() {
        if (texts != null) {
            table.reload();
        }
    }

    private Node listSide() {
        TableView<Handover> t = table.table();
        t.setId("handoverHistory");
        t.setPlaceholder(new Label(ctx.text("handoverView.noHistory")));
        ShortTime time = new ShortTime(ctx);
        t.getColumns().addAll(List.of(
                Tables.fitted(Tables.column(ctx.text("handoverView.col.number"), Handover::number),
                        Stream.of("JJ-20261122-0001")),
                column("handoverView.col.desk", h -> texts.desk(h), "客服中心"),
                column("handoverView.col.shift", h -> texts.shift(h), "白班"),
                column("handoverView.col.started", h -> time.format(h.startedAt()), ShortTime.SAMPLE),
                column("handoverView.col.outgoing", Handover::outgoingName, "欧阳明月"),
                column("handoverView.col.incoming", h -> h.incomingName() == null ? "" : h.incomingName(), "欧阳明月"),
                column("handoverView.col.lead", h -> h.leadName() == null ? "" : h.leadName(), "欧阳明月"),
                Tables.column(ctx.text("handoverView.col.status"), 120, h -> ctx.text(h.status().messageKey()))));
        t.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> record.show(now, texts));
        VBox.setVgrow(t, Priority.ALWAYS);
        HBox bar = new HBox(12, Forms.stacked(ctx.text("handoverView.search"), query));
        bar.setAlignment(Pos.BOTTOM_LEFT);
        Button print = Forms.button(ctx.text("handoverView.print"), "handoverPrint", this::printSelected);
        Button pdf = Forms.button(ctx.text("handoverView.savePdf"), "handoverSavePdf", this::savePdfOfSelected);
        for (Button b : List.of(print, pdf)) {
            b.disableProperty().bind(t.getSelectionModel().selectedItemProperty().isNull());
        }
        HBox verifyBar = new HBox(12, print, pdf, verify, verified);
        verifyBar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(verified, Priority.ALWAYS);
        VBox box = new VBox(8, bar, t, table.moreButton(), verifyBar);
        box.setPadding(new Insets(12));
        return box;
    }

    /** The handover sheet of the selected handover, on paper. */
    private void printSelected() {
        Handover h = table.table().getSelectionModel().getSelectedItem();
        if (h != null) {
            HandoverSheet.print(ctx, root.getScene().getWindow(), h.id(), say);
        }
    }

    /** The handover sheet of the selected handover, as a PDF file the user chooses. */
    private void savePdfOfSelected() {
        Handover h = table.table().getSelectionModel().getSelectedItem();
        if (h == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ctx.text("handoverView.savePdf"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        chooser.setInitialFileName(HandoverSheet.fileName(ctx.messages(), h));
        java.io.File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            HandoverSheet.savePdf(ctx, h.id(), file.toPath(), say);
        }
    }

    private TableColumn<Handover, String> column(String key, Function<Handover, String> value, String sample) {
        return Tables.fitted(Tables.column(ctx.text(key), value), Stream.of(sample));
    }

    /** The whole chain of every desk, which reads every signed handover: never on the FX thread. */
    private void verify() {
        verify.setDisable(true);
        verified.getStyleClass().remove("form-message");
        verified.setText(ctx.text("handoverView.verifying"));
        ctx.run(() -> ctx.workstation().handovers().verifyAll(), flaws -> {
            verify.setDisable(false);
            if (flaws.isEmpty()) {
                verified.setText(ctx.text("handoverView.verifiedGood"));
            } else {
                verified.getStyleClass().add("form-message");
                verified.setText(ctx.text("handoverView.verifiedFlaws", flaws.size()) + "\n" + String.join("\n",
                        flaws.stream().map(f -> ctx.text("handoverView.flawLine", f.number(), f.desk(),
                                ctx.text(f.kind().messageKey(), f.other()))).toList()));
            }
            say.accept(verified.getText().lines().findFirst().orElse(""));
        }, failure -> {
            verify.setDisable(false);
            verified.setText(ctx.errors().describe(failure));
        });
    }
}
