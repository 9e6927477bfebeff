package com.frontdesk.parcels;

import com.frontdesk.accounts.Session;
import com.frontdesk.ui.Converters;
import com.frontdesk.ui.FormDialog;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.UiContext;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Changes a parcel's details: tracking number, carrier, pieces, size, shelf and note. On a parcel
 * still held the desk fixes a slip (a miscounted piece, the wrong shelf) with no reason asked; on
 * a parcel that has left, a shift lead corrects it and the reason goes into the audit log. The
 * service checks both rights; Enter saves, Esc cancels.
 */
public final class ParcelCorrectionDialog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final FormDialog<Parcel> dialog;

    public ParcelCorrectionDialog(UiContext ctx, Session session, Window owner, Parcel parcel,
                                  Consumer<Parcel> onSaved) {
        ZoneId zone = ctx.workstation().sites().zone();
        boolean closed = !parcel.held();
        TextField tracking = field("parcelEditTracking", parcel.trackingNo());
        ComboBox<Carrier> carrier = new ComboBox<>();
        carrier.setId("parcelEditCarrier");
        carrier.getItems().addAll(Carrier.values());
        carrier.setConverter(Converters.showing(c -> ctx.text(c.messageKey()), ""));
        carrier.setValue(parcel.carrier());
        Spinner<Integer> pieces = new Spinner<>(1, ParcelForm.MAX_PIECES, parcel.pieces());
        pieces.setEditable(true);
        pieces.setId("parcelEditPieces");
        pieces.getEditor().setTextFormatter(new TextFormatter<>(change ->
                change.getControlNewText().matches("\\d{0,2}") ? change : null));
        ComboBox<ParcelSize> size = new ComboBox<>();
        size.setId("parcelEditSize");
        size.getItems().addAll(ParcelSize.values());
        size.setConverter(Converters.showing(s -> ctx.text(s.messageKey()), ""));
        size.setValue(parcel.size());
        TextField shelf = field("parcelEditShelf", parcel.shelfCode());
        TextField note = field("parcelEditNote", parcel.note());
        TextField reason = field("parcelEditReason", null);

        GridPane grid = Forms.grid();
        Label header = new Label(ctx.text(closed ? "parcelCorrect.headerClosed" : "parcelCorrect.headerHeld",
                parcel.number(), TIME.format(parcel.receivedAt().atZone(zone)), nz(parcel.recipientText()),
                ctx.text(parcel.status().messageKey())));
        header.setId("parcelEditHeader");
        header.setWrapText(true);
        header.setMaxWidth(420);
        grid.add(header, 0, 0, 2, 1);
        Forms.row(grid, ctx.text("field.trackingNo"), tracking);
        Forms.row(grid, ctx.text("field.carrier"), carrier);
        Forms.row(grid, ctx.text("field.pieces"), pieces);
        Forms.row(grid, ctx.text("field.size"), size);
        Forms.row(grid, ctx.text("field.shelf"), shelf);
        Forms.row(grid, ctx.text("field.note"), note);
        if (closed) {
            Forms.row(grid, ctx.text("field.reason"), reason);
        }
        dialog = new FormDialog<>(ctx, owner,
                ctx.text(closed ? "parcelCorrect.titleClosed" : "parcelCorrect.titleHeld"), grid, "parcelEditSave");
        dialog.onSave(() -> {
            ParcelEdit typed = new ParcelEdit(tracking.getText(), carrier.getValue(), piecesTyped(pieces),
                    size.getValue(), shelf.getText().isBlank() ? null : shelf.getText(), note.getText(), closed ? reason.getText() : null);
            return () -> ctx.workstation().parcels().edit(session, parcel.id(), typed);
        }, onSaved).focusOnShow(() -> tracking);
        // The spinner's editor keeps Enter to itself; here Enter saves, as in every other field.
        pieces.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                ((Button) dialog.dialog().getDialogPane().lookupButton(ButtonType.OK)).fire();
            }
        });
    }

    public void show() {
        dialog.show();
    }

    /** What is typed, even while the editor has the focus; 0 (refused by the rules) when empty. */
    private static int piecesTyped(Spinner<Integer> pieces) {
        String text = pieces.getEditor().getText();
        return text == null || text.isBlank() ? 0 : Integer.parseInt(text.strip());
    }

    private static TextField field(String id, String value) {
        TextField f = new TextField(value == null ? "" : value);
        f.setId(id);
        return f;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
