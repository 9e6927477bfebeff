package com.frontdesk.complaints;

import com.frontdesk.accounts.Session;
import com.frontdesk.complaints.ComplaintSettings.ComplaintCategory;
import com.frontdesk.directory.DirectoryEntry;
import com.frontdesk.directory.DirectoryPicker;
import com.frontdesk.ui.Converters;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.IntakeLayout;
import com.frontdesk.ui.UiContext;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/**
 * Intake (受理): most calls are phone complaints, so the kind and channel start so and the focus
 * starts at the complainant, picked from the directory (or a name typed). The contact phone may
 * stay blank for a person picked: the service takes the number on file. The room's earlier cases
 * show beside the form, so a second call about the same trouble is seen. Enter takes the case.
 */
final class ComplaintIntakePane {
    static final int PAGE = 50;

    private final UiContext ctx;
    private final Session session;
    private final Consumer<String> say;
    private final Consumer<Complaint> onTaken;
    private final ComplaintService complaints;
    private final ComplaintColumns columns;

    private final ComboBox<ComplaintKind> kind = new ComboBox<>();
    private final ComboBox<ComplaintChannel> channel = new ComboBox<>();
    private final DirectoryPicker complainant;
    private final TextField phone = field("complaintPhone");
    private final TextField subject = field("complaintSubject");
    private final TextArea whatHappened = new TextArea();
    private final TextField whatTheyWant = field("complaintWhatTheyWant");
    private final ComboBox<ComplaintCategory> category = new ComboBox<>();
    private final ComboBox<Nature> nature = new ComboBox<>();
    private final ComboBox<Severity> severity = new ComboBox<>();
    private final ComboBox<Mood> mood = new ComboBox<>();
    private final Label message = Forms.messageLabel();
    private final Label tellComplainant = Forms.wrapping(new Label());
    private final TableView<ComplaintItem> earlier = new TableView<>();
    private final HBox root;
    private GridPane grid;

    ComplaintIntakePane(UiContext ctx, Session session, Consumer<String> say, Consumer<Complaint> onTaken) {
        this.ctx = ctx;
        this.session = session;
        this.say = say;
        this.onTaken = onTaken;
        this.complaints = ctx.workstation().complaints();
        this.columns = new ComplaintColumns(ctx);
        this.complainant = new DirectoryPicker(ctx, "complaintComplainant");
        earlier.setId("complaintEarlier");
        earlier.getColumns().addAll(List.of(columns.number(), columns.received(), columns.subject(),
                columns.status()));
        root = IntakeLayout.of(form(), 480, ctx.text("complaints.earlierTitle"), earlier,
                ctx.text("complaints.noEarlier"));
    }

    Parent root() {
        return root;
    }

    void focus() {
        complainant.field().requestFocus();
    }

    private Node[] form() {
        choices();
        complainant.field().setPromptText(ctx.text("complaints.complainantPrompt"));
        phone.setPromptText(ctx.text("complaints.phonePrompt"));
        complainant.selectedProperty().addListener((obs, old, now) -> loadEarlier(now));
        kind.valueProperty().addListener((obs, old, now) -> fitKind(now));
        story();

        GridPane grid = Forms.grid();
        Forms.row(grid, ctx.text("field.kind"), kind);
        Forms.row(grid, ctx.text("complaints.channel"), channel);
        Forms.row(grid, ctx.text("field.complainant"), complainant.field());
        Forms.row(grid, ctx.text("field.contactPhone"), phone);
        Forms.row(grid, ctx.text("field.subject"), subject);
        Forms.row(grid, ctx.text("field.whatHappened"), whatHappened);
        Forms.row(grid, ctx.text("field.whatTheyWant"), whatTheyWant);
        Forms.row(grid, ctx.text("field.complaintCategory"), category);
        Forms.row(grid, ctx.text("field.nature"), nature);
        Forms.row(grid, ctx.text("field.severity"), severity);
        Forms.row(grid, ctx.text("field.mood"), mood);
        Forms.submitOnEnter(grid, this::take);
        this.grid = grid;
        fitKind(kind.getValue());

        message.setId("complaintMessage");
        tellComplainant.setId("complaintTellComplainant");
        return new Node[] {Forms.sectionTitle(ctx.text("complaints.intakeTitle")), grid, message,
                Forms.button(ctx.text("complaints.take"), "complaintTake", this::take), tellComplainant,
                Forms.wrapping(new Label(ctx.text("complaints.intakeHint")))};
    }

    private void choices() {
        choice(kind, "complaintKind", ComplaintKind.values(), k -> ctx.text(k.messageKey()));
        choice(channel, "complaintChannel", ComplaintChannel.values(), c -> ctx.text(c.messageKey()));
        choice(category, "complaintCategory", ctx.workstation().settings().current(ComplaintSettings.DOCUMENT)
                .categories().toArray(ComplaintCategory[]::new), ComplaintCategory::name);
        choice(nature, "complaintNature", Nature.values(), n -> ctx.text(n.messageKey()));
        choice(severity, "complaintSeverity", Severity.values(), s -> ctx.text(s.messageKey()));
        mood.setId("complaintMood");
        Forms.anyOr(mood, ctx.text("complaints.moodNone"), m -> ctx.text(m.messageKey()), Mood.values());
        mood.setMaxWidth(Double.MAX_VALUE);
        defaults();
    }

    private void defaults() {
        kind.setValue(ComplaintKind.COMPLAINT);
        channel.setValue(ComplaintChannel.PHONE);
        category.setValue(null);
        nature.setValue(null);
        severity.setValue(Severity.NORMAL);
        mood.setValue(null);
    }

    /**
     * Praise and suggestions run on no clock and escalate to no one: their grading is not asked,
     * and the person is who reported it, not a complainant. A message about a field now off goes.
     */
    private void fitKind(ComplaintKind k) {
        boolean complaint = k == ComplaintKind.COMPLAINT;
        for (ComboBox<?> box : List.of(nature, severity, mood)) {
            box.setDisable(!complaint);
        }
        if (grid == null) {
            return;
        }
        message.setText("");
        label(complainant.field(), complaint ? "field.complainant" : "complaints.reporter");
        label(whatTheyWant, complaint ? "field.whatTheyWant" : "complaints.reporterWants");
        label(category, complaint ? "field.complaintCategory" : "complaints.col.category");
    }

    private void label(Node field, String key) {
        grid.getChildren().stream().filter(n -> n instanceof Label l && l.getLabelFor() == field)
                .forEach(n -> ((Label) n).setText(ctx.text(key)));
    }

    /**
     * What happened may run to a few lines: Shift+Enter breaks the line, Enter still takes the
     * case, Tab and Shift+Tab move on as in any field.
     */
    private void story() {
        whatHappened.setId("complaintWhatHappened");
        whatHappened.setWrapText(true);
        whatHappened.setPrefRowCount(3);
        whatHappened.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShiftDown()) {
                e.consume();
                whatHappened.replaceSelection("\n");
            } else if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                e.consume();
                take();
            } else if (e.getCode() == KeyCode.TAB && !e.isShortcutDown()) {
                e.consume();
                (e.isShiftDown() ? subject : whatTheyWant).requestFocus();
            }
        });
    }

    /** The room's earlier cases: the search finds a room code at the start of a case's room. */
    private void loadEarlier(DirectoryEntry picked) {
        if (picked == null || picked.roomCode() == null) {
            earlier.getItems().clear();
            return;
        }
        ComplaintFilter room = ComplaintFilter.query(picked.roomCode());
        ctx.run(() -> ctx.workstation().complaintLists().search(room, null, PAGE), found -> earlier.getItems()
                .setAll(found.stream().filter(i -> picked.roomCode().equals(i.complaint().roomCode())).toList()));
    }

    private void take() {
        if (complainant.isShowingSuggestions()) {
            return;
        }
        ComplaintForm form = read();
        ctx.run(() -> complaints.take(session, form), taken -> {
            message.setText("");
            say.accept(takenText(taken));
            // Said in the form too, where the agent is looking, above what to tell the complainant.
            String script = script(taken);
            tellComplainant.setText(script.isEmpty() ? takenText(taken) : takenText(taken) + "\n" + script);
            clear();
            onTaken.accept(taken);
        }, failure -> {
            // The previous case's script would read as this one's.
            tellComplainant.setText("");
            message.setText(ctx.errors().describe(failure));
        });
    }

    /**
     * What the complainant is told: the number, and the last day of the answer (inclusive); an
     * escalated case is the shift lead's to call back as soon as possible, not within the hours.
     */
    private String script(Complaint c) {
        if (c.kind() != ComplaintKind.COMPLAINT) {
            return "";
        }
        String day = columns.scriptDay(c.resolutionDue());
        return c.escalationReason() != null ? ctx.text("complaints.tellEscalated", c.number(), day)
                : ctx.text("complaints.tellComplainant", c.number(), columns.when(c.firstResponseDue()), day);
    }

    /** The number, and where an escalated case went and why: the lead must hear of it at once. */
    private String takenText(Complaint c) {
        if (c.kind() != ComplaintKind.COMPLAINT) {
            return ctx.text("complaints.feedbackTaken", ctx.text(c.kind().messageKey()), c.number(), c.subject());
        }
        if (c.escalationReason() != null) {
            return ctx.text("complaints.takenEscalated", c.number(), c.subject(),
                    ctx.text(c.escalationReason().messageKey()));
        }
        return ctx.text("complaints.taken", c.number(), c.subject());
    }

    private ComplaintForm read() {
        DirectoryEntry picked = complainant.selected();
        ComplaintCategory c = category.getValue();
        return new ComplaintForm(kind.getValue(), channel.getValue(), picked == null ? null : picked.roomId(),
                picked == null ? null : picked.occupantId(), picked == null ? complainant.freeText() : null,
                phone.getText(), subject.getText(), whatHappened.getText(), whatTheyWant.getText(),
                c == null ? null : c.code(), nature.getValue(), severity.getValue(), mood.getValue());
    }

    private void clear() {
        complainant.clear();
        for (TextInputControl f : List.of(phone, subject, whatHappened, whatTheyWant)) {
            f.clear();
        }
        defaults();
        complainant.field().requestFocus();
    }

    private static <T> void choice(ComboBox<T> box, String id, T[] values, Function<T, String> name) {
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(Converters.showing(name, ""));
        box.setMaxWidth(Double.MAX_VALUE);
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }
}
