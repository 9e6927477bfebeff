package com.frontdesk.repairs;

import com.frontdesk.accounts.Session;
import com.frontdesk.directory.DirectoryEntry;
import com.frontdesk.directory.DirectoryPicker;
import com.frontdesk.ui.Converters;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.IntakeLayout;
import com.frontdesk.ui.UiContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * Intake, place first: the caller names the room, the picker finds it (or the desk types a public
 * place), and the place's earlier repairs show beside the form so a second call about the same leak
 * is seen. Enter in any field takes the repair down; photos chosen before are attached to it.
 */
final class RepairIntakePane {
    private final UiContext ctx;
    private final Session session;
    private final Consumer<String> say;
    private final Consumer<Repair> onTaken;
    private final RepairService repairs;
    private final RepairLists lists;

    private final DirectoryPicker location;
    private final TextField reporter = field("repairReporter");
    private final TextField phone = field("repairPhone");
    private final ComboBox<RepairChannel> channel = new ComboBox<>();
    private final ComboBox<RepairCategory> category = new ComboBox<>();
    private final ComboBox<RepairPriority> priority = new ComboBox<>();
    private final TextField description = field("repairDescription");
    private final Label photosLabel = new Label();
    private final List<Path> photos = new ArrayList<>();
    private final Label message = Forms.messageLabel();
    private final Label tellOwner = Forms.wrapping(new Label());
    private final TableView<RepairItem> earlier = new TableView<>();
    private final HBox root;

    RepairIntakePane(UiContext ctx, Session session, Consumer<String> say, Consumer<Repair> onTaken) {
        this.ctx = ctx;
        this.session = session;
        this.say = say;
        this.onTaken = onTaken;
        this.repairs = ctx.workstation().repairs();
        this.lists = ctx.workstation().repairLists();
        this.location = new DirectoryPicker(ctx, "repairLocation");
        earlier.setId("repairEarlier");
        RepairColumns columns = new RepairColumns(ctx);
        earlier.getColumns().addAll(List.of(columns.number(), columns.reported(), columns.category(),
                columns.description(), columns.status()));
        root = IntakeLayout.of(form(), 460, ctx.text("repairs.earlierTitle"), earlier,
                ctx.text("repairs.noEarlier"));
    }

    Parent root() {
        return root;
    }

    void focus() {
        location.field().requestFocus();
    }

    private Node[] form() {
        channel.setId("repairChannel");
        channel.getItems().setAll(RepairChannel.values());
        channel.setConverter(Converters.showing(c -> ctx.text(c.messageKey()), ""));
        channel.setValue(RepairChannel.PHONE);
        category.setId("repairCategory");
        RepairSettings settings = ctx.workstation().settings().current(RepairSettings.DOCUMENT);
        category.getItems().setAll(settings.categories());
        category.setConverter(Converters.showing(RepairCategory::name, ""));
        priority.setId("repairPriority");
        priority.getItems().setAll(RepairPriority.values());
        priority.setConverter(Converters.showing(p -> ctx.text(p.messageKey()), ""));
        priority.setValue(RepairPriority.NORMAL);
        for (Region r : List.of(channel, category, priority)) {
            r.setMaxWidth(Double.MAX_VALUE);
        }
        location.field().setPromptText(ctx.text("repairs.locationPrompt"));
        phone.setPromptText(ctx.text("repairs.phonePrompt"));
        // The person picked is usually the caller: offer their name, which the desk may change.
        location.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && now.hasOccupant()) {
                reporter.setText(now.name());
            }
            loadEarlier(now);
        });
        photosLabel.setId("repairPhotosChosen");

        GridPane grid = Forms.grid();
        Forms.row(grid, ctx.text("field.location"), location.field());
        Forms.row(grid, ctx.text("field.reporterName"), reporter);
        Forms.row(grid, ctx.text("field.reporterPhone"), phone);
        Forms.row(grid, ctx.text("field.channel"), channel);
        Forms.row(grid, ctx.text("field.repairCategory"), category);
        Forms.row(grid, ctx.text("field.priority"), priority);
        Forms.row(grid, ctx.text("field.problem"), description);
        Forms.row(grid, ctx.text("repairs.photos"), new HBox(8,
                Forms.button(ctx.text("repairs.addPhotos"), "repairAddPhotos", this::choosePhotos), photosLabel));
        Forms.submitOnEnter(grid, this::take);

        message.setId("repairMessage");
        tellOwner.setId("repairTellOwner");
        return new Node[] {Forms.sectionTitle(ctx.text("repairs.intakeTitle")), grid, message,
                Forms.button(ctx.text("repairs.take"), "repairTake", this::take), tellOwner,
                Forms.wrapping(new Label(ctx.text("repairs.intakeHint")))};
    }

    private void loadEarlier(DirectoryEntry place) {
        if (place == null) {
            earlier.getItems().clear();
            return;
        }
        ctx.run(() -> lists.forRoom(place.roomId(), null, RepairWorkPane.PAGE),
                found -> earlier.getItems().setAll(found));
    }

    private void choosePhotos() {
        photos.addAll(RepairPhotosBox.choose(ctx, root.getScene().getWindow()));
        showPhotos();
    }

    private void showPhotos() {
        photosLabel.setText(photos.isEmpty() ? "" : ctx.text("repairs.photosChosen", photos.size()));
    }

    private void take() {
        if (location.isShowingSuggestions()) {
            return;
        }
        RepairForm form = read();
        List<Path> toAttach = List.copyOf(photos);
        ctx.run(() -> repairs.take(session, form), taken -> {
            message.setText("");
            say.accept(ctx.text("repairs.taken", taken.number(), taken.locationText()));
            tellOwner.setText(ctx.text("repairs.tellOwner", taken.number()));
            attach(taken, toAttach);
            clear();
            onTaken.accept(taken);
        }, failure -> message.setText(ctx.errors().describe(failure)));
    }

    /** The repair is stored whatever happens to its photos: a photo refused is named, the rest attached. */
    private void attach(Repair taken, List<Path> files) {
        for (Path file : files) {
            ctx.run(() -> ctx.workstation().repairPhotos().attach(session, taken.id(), file), added -> { },
                    failure -> say.accept(ctx.text("repairs.photoRefused", file.getFileName(),
                            ctx.errors().describe(failure))));
        }
    }

    private RepairForm read() {
        DirectoryEntry picked = location.selected();
        return new RepairForm(channel.getValue(), picked == null ? null : picked.roomId(),
                picked == null ? null : picked.occupantId(), picked == null ? location.freeText() : null,
                reporter.getText(), phone.getText(), category.getValue() == null ? null : category.getValue().code(),
                description.getText(), priority.getValue());
    }

    private void clear() {
        location.clear();
        reporter.clear();
        phone.clear();
        channel.setValue(RepairChannel.PHONE);
        category.setValue(null);
        priority.setValue(RepairPriority.NORMAL);
        description.clear();
        photos.clear();
        showPhotos();
        location.field().requestFocus();
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }
}
