package com.frontdesk.handover;

import com.frontdesk.accounts.Session;
import com.frontdesk.core.RecordOnScreen;
import com.frontdesk.ui.FocusScrolling;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.ShownRecord;
import com.frontdesk.ui.UiContext;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The handover of this workstation's desk (交接): the latest one while it still waits for a count or
 * a signature, otherwise "开始交接" for the shift on duty. Ctrl+Enter takes the next signature
 * (outgoing, incoming, shift lead), Ctrl+R refuses it as the incoming side, Ctrl+N writes a note.
 */
final class HandoverCurrentPane {
    static final KeyCombination SIGN = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REFUSE = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NOTE = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final UiContext ctx;
    private final Session session;
    private final Consumer<String> say;
    private final HandoverService handovers;
    private final HandoverSigning signing;
    private final Label title = Forms.sectionTitle("");
    private final Label shiftLine = new Label();
    private final Label signers = Forms.wrapping(new Label());
    private final Label message = Forms.messageLabel();
    private final Button start;
    private final Button signOut;
    private final Button signIn;
    private final Button refuse;
    private final Button countersign;
    private final ChecklistSheet sheet;
    private final HandoverNotesBox notes;
    private final VBox checklist;
    private final Label keys = Forms.wrapping(new Label());
    private final ScrollPane root;
    /** What the pane shows: read off the FX thread, replaced whole. */
    private State state;

    /** The desk, its shift on duty (null between shifts), the handover shown (null: none waiting). */
    private record State(HandoverSettings settings, Desk desk, ShiftDef shift, HandoverDetail current,
                         Handover last, List<HandoverNote> openNotes) {
    }

    HandoverCurrentPane(UiContext ctx, Session session, Consumer<String> say) {
        this.ctx = ctx;
        this.session = session;
        this.say = say;
        this.handovers = ctx.workstation().handovers();
        this.signing = new HandoverSigning(ctx, session);
        this.sheet = new ChecklistSheet(ctx, session, message::setText);
        this.notes = new HandoverNotesBox(ctx, session, say, this::reload);
        title.setId("handoverTitle");
        shiftLine.setId("handoverShift");
        signers.setId("handoverSigners");
        message.setId("handoverMessage");
        keys.getStyleClass().add("muted");
        start = Forms.button(ctx.text("handoverView.start"), "handoverStart", this::start);
        start.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                start.fire();
            }
        });
        signOut = Forms.button(ctx.text("handoverView.signOutgoing") + " (Ctrl+Enter)", "handoverSignOut", this::signOut);
        signIn = Forms.button(ctx.text("handoverView.signIncoming") + " (Ctrl+Enter)", "handoverSignIn",
                () -> sign(signing::signIncoming, "handoverView.signedIn"));
        refuse = Forms.button(ctx.text("handoverView.refuse") + " (Ctrl+R)", "handoverRefuse",
                () -> sign(signing::refuse, "handoverView.refused"));
        countersign = Forms.button(ctx.text("handoverView.countersign") + " (Ctrl+Enter)", "handoverCountersign",
                () -> sign(signing::countersign, "handoverView.countersigned"));
        for (Button b : List.of(start, signOut, signIn, refuse, countersign)) {
            b.managedProperty().bind(b.visibleProperty());
        }
        HBox actions = new HBox(8, start, signOut, signIn, refuse, countersign);
        actions.setAlignment(Pos.CENTER_LEFT);
        checklist = new VBox(8, Forms.sectionTitle(ctx.text("handoverView.checklistTitle")), sheet.node());
        checklist.managedProperty().bind(checklist.visibleProperty());
        VBox content = new VBox(12, title, shiftLine, signers, actions, message, checklist, notes.node(), keys);
        content.setPadding(new Insets(16));
        content.setId("handoverCurrent");
        content.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        root = FocusScrolling.around(content);
        reload();
    }

    Parent root() {
        return root;
    }

    /** The first thing to do: start, count, or sign. */
    void focus() {
        if (state == null) {
            return;
        }
        HandoverStatus s = state.current() == null ? null : state.current().handover().status();
        if (s == null) {
            start.requestFocus();
        } else if (s == HandoverStatus.DRAFT) {
            if (!sheet.focusFirst()) {
                notes.focus();
            }
        } else {
            (s == HandoverStatus.OUTGOING_SIGNED ? signIn : countersign).requestFocus();
        }
    }

    /** Reads the desk's latest handover and its shift on duty again. */
    void reload() {
        ctx.run(this::read, s -> {
            state = s;
            show(s);
            focus();
        });
    }

    private State read() {
        HandoverSettings settings = ctx.workstation().settings().current(HandoverSettings.DOCUMENT);
        Desk desk = settings.workstation();
        ZonedDateTime now = ZonedDateTime.now(ctx.workstation().clock()).withZoneSameInstant(ctx.workstation().sites().zone());
        ShiftDef shift = settings.currentShift(desk.code(), now.toLocalTime()).orElse(null);
        Handover last = handovers.history(new HandoverFilter(desk.code(), null, null, null), null, 1).stream()
                .findFirst().orElse(null);
        // A countersigned handover is finished: the desk starts the next one.
        HandoverDetail current = last == null || last.status() == HandoverStatus.COUNTERSIGNED ? null
                : handovers.detail(last.id()).orElse(null);
        List<HandoverNote> open = current == null ? handovers.openNotes(desk.code()) : List.of();
        return new State(settings, desk, shift, current, last, open);
    }

    private void show(State s) {
        HandoverTexts texts = new HandoverTexts(ctx, s.settings());
        shiftLine.setText(ctx.text("handoverView.deskShift", s.desk().name(),
                s.shift() == null ? ctx.text("handoverSettings.offShift") : s.shift().name()));
        Handover h = s.current() == null ? null : s.current().handover();
        HandoverStatus status = h == null ? null : h.status();
        // A note written with a standard phrase (Ctrl+/) gets the handover's number for {单号}.
        ShownRecord.publish(root, new RecordOnScreen(h == null ? null : h.number(), null, null));
        start.setVisible(h == null);
        start.setDisable(s.shift() == null);
        signOut.setVisible(status == HandoverStatus.DRAFT);
        signIn.setVisible(status == HandoverStatus.OUTGOING_SIGNED);
        refuse.setVisible(status == HandoverStatus.OUTGOING_SIGNED);
        countersign.setVisible(status == HandoverStatus.INCOMING_SIGNED || status == HandoverStatus.REFUSED);
        checklist.setVisible(h != null);
        sheet.show(s.current());
        if (h == null) {
            title.setText(ctx.text("handoverView.noneOpen"));
            signers.setText(s.last() == null ? "" : ctx.text("handoverView.lastDone", texts.title(s.last())));
            notes.show(null, s.openNotes());
            keys.setText(ctx.text(s.shift() == null ? "handoverView.offShift" : "handoverView.keysStart"));
        } else {
            title.setText(texts.title(h));
            signers.setText(String.join("\n", texts.signers(h)));
            notes.show(h.draft() ? h.id() : null, s.current().notes());
            keys.setText(ctx.text(h.draft() ? "handoverView.keysDraft" : "handoverView.keysSign"));
        }
    }

    private void onKey(KeyEvent e) {
        if (SIGN.match(e)) {
            e.consume();
            Button next = List.of(signOut, signIn, countersign).stream().filter(Button::isVisible).findFirst()
                    .orElse(null);
            if (next != null) {
                next.fire();
            }
        } else if (REFUSE.match(e)) {
            e.consume();
            if (refuse.isVisible()) {
                refuse.fire();
            }
        } else if (NOTE.match(e)) {
            e.consume();
            notes.focus();
        }
    }

    private void start() {
        State s = state;
        if (s == null || s.shift() == null) {
            return;
        }
        message.setText("");
        ctx.run(() -> handovers.start(session, s.desk().code(), s.shift().code()), h -> {
            say.accept(ctx.text("handoverView.started", h.number()));
            reload();
        }, failure -> message.setText(ctx.errors().describe(failure)));
    }

    /** One of {@link HandoverSigning}'s dialogs. */
    private interface SignatureDialog {
        void open(Window owner, Handover h, Consumer<Handover> done);
    }

    private void sign(SignatureDialog dialog, String doneKey) {
        Handover h = shown();
        if (h != null) {
            dialog.open(root.getScene().getWindow(), h, signed(doneKey));
        }
    }

    private void signOut() {
        // A line still being typed is stored first, so the service signs what is on screen.
        sheet.commitAll();
        sign(signing::signOutgoing, "handoverView.signedOut");
    }

    private Handover shown() {
        return state == null || state.current() == null ? null : state.current().handover();
    }

    private Consumer<Handover> signed(String key) {
        return h -> {
            message.setText("");
            say.accept(ctx.text(key, h.number()));
            reload();
        };
    }
}
