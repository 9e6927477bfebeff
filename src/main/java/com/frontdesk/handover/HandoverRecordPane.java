package com.frontdesk.handover;

import com.frontdesk.ui.Forms;
import com.frontdesk.ui.RowStyles;
import com.frontdesk.ui.Tables;
import com.frontdesk.ui.UiContext;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One handover of the history in full, as it was signed: the lines with their counts (a difference
 * amber), the notes it showed, and who signed when. Read again from the service each time, so what
 * shows is what is stored.
 */
final class HandoverRecordPane {
    private static final double ROW_HEIGHT = 26;

    private final UiContext ctx;
    private final Label title = Forms.sectionTitle("");
    private final Label signers = Forms.wrapping(new Label());
    private final TableView<HandoverItem> items = new TableView<>();
    private final HandoverNotesBox notes;
    private final ScrollPane root;
    private int generation;

    HandoverRecordPane(UiContext ctx) {
        this.ctx = ctx;
        this.notes = HandoverNotesBox.readOnly(ctx);
        title.setId("handoverRecordTitle");
        signers.setId("handoverRecordSigners");
        items.setId("handoverRecordItems");
        items.setFixedCellSize(ROW_HEIGHT);
        items.setMinHeight(Region.USE_PREF_SIZE);
        items.setFocusTraversable(false);
        items.setPlaceholder(new Label(""));
        TableColumn<HandoverItem, String> detail = Tables.column(ctx.text("handoverView.col.note"), 220,
                i -> i.automatic() ? oneLine(i.autoDetail()) : i.note() == null ? "" : i.note());
        detail.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                HandoverItem row = empty || getTableRow() == null ? null : getTableRow().getItem();
                String full = row == null ? null : row.automatic() ? row.autoDetail() : row.note();
                setTooltip(full == null || full.isBlank() ? null : new Tooltip(full));
            }
        });
        items.getColumns().addAll(List.of(
                Tables.fitted(Tables.column(ctx.text("handoverView.col.item"), HandoverItem::name), Stream.of("交接班记录本")),
                Tables.figures(ctx.text("handoverView.col.expected"),
                        i -> i.expected() == null ? "—" : Integer.toString(i.expected())),
                Tables.figures(ctx.text("handoverView.col.counted"),
                        i -> i.counted() == null ? "" : Integer.toString(i.counted())),
                Tables.fitted(Tables.column(ctx.text("handoverView.col.condition"), i -> i.automatic()
                        ? ctx.text("handoverView.autoCounted") : i.condition() == null ? ""
                        : ctx.text(i.condition().messageKey())), Stream.of("系统统计")),
                detail));
        items.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        RowStyles.install(items, i -> i.differs() ? RowStyles.ESCALATED : null);
        VBox content = new VBox(10, title, signers, Forms.sectionTitle(ctx.text("handoverView.checklistTitle")), items,
                notes.node());
        content.setPadding(new Insets(12));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        show(null, null);
    }

    Node root() {
        return root;
    }

    /** The handover selected, read again in full; null empties the pane. */
    void show(Handover h, HandoverTexts texts) {
        int asked = ++generation;
        if (h == null) {
            title.setText(ctx.text("handoverView.selectOne"));
            signers.setText("");
            fill(List.of());
            notes.show(null, List.of());
            return;
        }
        ctx.run(() -> ctx.workstation().handovers().detail(h.id()).orElse(null), d -> {
            if (asked != generation || d == null) {
                return;
            }
            title.setText(texts.title(d.handover()));
            signers.setText(String.join("\n", texts.signers(d.handover())));
            fill(d.items());
            notes.show(null, d.notes());
        });
    }

    private void fill(List<HandoverItem> lines) {
        items.getItems().setAll(lines);
        items.setPrefHeight(ROW_HEIGHT * (Math.max(lines.size(), 1) + 1) + 6);
    }

    /** The list behind an automatic count, on one line in the table; whole in the tooltip. */
    private static String oneLine(String text) {
        return text == null ? "" : String.join("；", text.strip().lines().toList());
    }
}
