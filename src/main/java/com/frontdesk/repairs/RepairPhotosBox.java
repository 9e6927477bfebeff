package com.frontdesk.repairs;

import com.frontdesk.accounts.Session;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.UiContext;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * A repair's photos as thumbnails (loaded in the background from the data folder), and the button
 * that adds more; each file chosen is checked and stored by {@link RepairPhotos}, a refused one named.
 */
final class RepairPhotosBox {
    private static final double THUMB_WIDTH = 160;
    private static final double THUMB_HEIGHT = 120;

    private final UiContext ctx;
    private final Session session;
    private final RepairPhotos photos;
    private final FlowPane thumbs = new FlowPane(8, 8);
    private final Label message = Forms.messageLabel();
    private final Button add;
    private final VBox root;
    private Repair repair;
    private int generation;

    RepairPhotosBox(UiContext ctx, Session session) {
        this.ctx = ctx;
        this.session = session;
        this.photos = ctx.workstation().repairPhotos();
        thumbs.setId("repairPhotos");
        add = Forms.button(ctx.text("repairs.addPhotos"), "repairDetailAddPhotos", this::choose);
        add.setFocusTraversable(false);
        root = new VBox(6, thumbs, add, message);
    }

    Node root() {
        return root;
    }

    void show(Repair r) {
        repair = r;
        add.setDisable(r == null);
        message.setText("");
        thumbs.getChildren().clear();
        if (r == null) {
            return;
        }
        int asked = ++generation;
        String id = r.id();
        ctx.run(() -> photos.photos(id).stream().map(p -> new Shown(p, photos.file(p))).toList(), list -> {
            if (asked == generation) {
                thumbs.getChildren().setAll(list.stream().map(this::thumb).toList());
                if (list.isEmpty()) {
                    thumbs.getChildren().add(new Label(ctx.text("repairs.noPhotos")));
                }
            }
        });
    }

    private record Shown(RepairPhoto photo, Path file) {
    }

    private Node thumb(Shown s) {
        ImageView view = new ImageView(new Image(s.file().toUri().toString(), THUMB_WIDTH, THUMB_HEIGHT, true, true,
                true));
        Label name = new Label(s.photo().originalName());
        name.setMaxWidth(THUMB_WIDTH);
        return new VBox(2, view, name);
    }

    private void choose() {
        List<Path> chosen = choose(ctx, root.getScene().getWindow());
        if (repair != null) {
            attach(repair, chosen);
        }
    }

    /** The photo files the user picks; none when the chooser is cancelled. */
    static List<Path> choose(UiContext ctx, Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ctx.text("repairs.addPhotos"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ctx.text("repairs.photoFiles"),
                "*.jpg", "*.jpeg", "*.png", "*.JPG", "*.JPEG", "*.PNG"));
        List<File> chosen = chooser.showOpenMultipleDialog(owner);
        return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
    }

    /** Each file on its own: a refused one is named and the others are still attached. */
    void attach(Repair r, List<Path> files) {
        for (Path file : files) {
            ctx.run(() -> photos.attach(session, r.id(), file), added -> show(r),
                    failure -> message.setText(ctx.text("repairs.photoRefused", file.getFileName(),
                            ctx.errors().describe(failure))));
        }
    }
}
