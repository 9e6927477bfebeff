package com.frontdesk.directory;

import com.frontdesk.accounts.Session;
import com.frontdesk.core.Masking;
import com.frontdesk.ui.Converters;
import com.frontdesk.ui.FormDialog;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.UiContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Adds a person or company to a room, or edits one. Phones are never shown whole here: when
 * editing, the field shows them masked as a hint; typing replaces them, leaving it blank keeps them.
 */
final class OccupantFormDialog {
    /** Phones are typed in one field, separated by a comma, semicolon or slash (Chinese ones too). */
    private static final String PHONE_SEPARATORS = "[,，;；/、]";

    private final FormDialog<Occupant> dialog;
    private final TextField name = new TextField();

    OccupantFormDialog(UiContext ctx, Window owner, Session session, String roomId, String roomCode, Occupant editing,
                       Consumer<Occupant> onSaved) {
        name.setId("occupantName");
        // 未填 is a choice of its own (an empty Optional): a combo's null means nothing chosen yet
        ComboBox<Optional<Title>> title = new ComboBox<>();
        title.setId("occupantTitle");
        title.getItems().setAll(Optional.empty(), Optional.of(Title.MR), Optional.of(Title.MS));
        title.setConverter(Converters.showing(t -> t.map(v -> ctx.text(v.messageKey()))
                .orElseGet(() -> ctx.text("directory.titleNone")), ""));
        ComboBox<OccupantKind> kind = new ComboBox<>();
        kind.setId("occupantKind");
        kind.getItems().setAll(OccupantKind.values());
        kind.setConverter(Converters.showing(k -> ctx.text(k.messageKey()), ""));
        TextField company = new TextField();
        company.setId("occupantCompany");
        TextField phones = new TextField();
        phones.setId("occupantPhones");
        phones.setPromptText(ctx.text("directory.phonesHint"));
        TextField note = new TextField();
        note.setId("occupantNote");
        ComboBox<ParcelConsent> consent = new ComboBox<>();
        consent.setId("occupantConsent");
        consent.getItems().setAll(ParcelConsent.values());
        consent.setConverter(Converters.showing(c -> ctx.text(c.messageKey()), ""));
        if (editing == null) {
            title.setValue(Optional.empty());
            kind.setValue(OccupantKind.OWNER);
            consent.setValue(ParcelConsent.UNKNOWN);
        } else {
            name.setText(editing.name());
            title.setValue(Optional.ofNullable(editing.title()));
            kind.setValue(editing.kind());
            company.setText(editing.company() == null ? "" : editing.company());
            note.setText(editing.note() == null ? "" : editing.note());
            consent.setValue(editing.parcelConsent());
            if (!editing.phones().isEmpty()) {
                phones.setPromptText(editing.phones().stream().map(Masking::phone).collect(Collectors.joining(", ")));
            }
        }

        title.setMaxWidth(Double.MAX_VALUE);
        kind.setMaxWidth(Double.MAX_VALUE);
        consent.setMaxWidth(Double.MAX_VALUE);
        GridPane form = Forms.grid();
        Forms.row(form, ctx.text("field.name"), name);
        Forms.row(form, ctx.text("field.title"), title);
        Forms.row(form, ctx.text("directory.kind"), kind);
        Forms.row(form, ctx.text("field.company"), company);
        Forms.row(form, ctx.text("field.phones"), phones);
        Forms.row(form, ctx.text("field.note"), note);
        Forms.row(form, ctx.text("directory.parcelConsent"), consent);
        VBox body = new VBox(8, form);
        body.setPrefWidth(460);
        dialog = new FormDialog<>(ctx, owner, ctx.text(editing == null ? "directory.addOccupant" : "directory.editOccupant"),
                body, "occupantSave");
        dialog.dialog().setHeaderText(ctx.text("directory.roomHeader", roomCode));
        dialog.message().setId("occupantMessage");
        dialog.onSave(() -> {
            String typedPhones = phones.getText().strip();
            List<String> phoneList = typedPhones.isEmpty() && editing != null
                    ? editing.phones()
                    : Arrays.stream(typedPhones.split(PHONE_SEPARATORS)).map(String::strip).filter(p -> !p.isEmpty()).toList();
            Title chosen = title.getValue() == null ? null : title.getValue().orElse(null);
            OccupantForm typed = new OccupantForm(name.getText(), kind.getValue(), company.getText(), phoneList,
                    note.getText(), consent.getValue(), chosen);
            DirectoryService directory = ctx.workstation().directory();
            return () -> editing == null
                    ? directory.addOccupant(session, roomId, typed)
                    : directory.updateOccupant(session, editing.id(), typed);
        }, onSaved).focusOnShow(() -> name);
    }

    void show() {
        dialog.show();
    }
}
