package com.frontdesk.parcels;

import com.frontdesk.accounts.Session;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.Tables;
import com.frontdesk.ui.UiContext;
import java.io.File;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * What lies on each shelf now: the shelves on the left with the number of parcels held on each
 * (and a line for parcels on no shelf), the chosen shelf's parcels on the right, oldest first, the
 * overdue ones marked. F5 reads both again; the overdue parcels print as {@link StaleList}.
 *
 * <pre>{@code
 * ShelvesPane shelves = new ShelvesPane(ctx, session, status);
 * tab.setContent(shelves.root());  shelves.focus();  // shelves.refresh() when the tab is shown again
 * }</pre>
 */
public final class ShelvesPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final UiContext ctx;
    private final Consumer<String> onStatus;
    private final ParcelService parcels;
    private final ShelfService shelves;
    private final ZoneId zone;
    private final TableView<ShelfLine> shelfTable = new TableView<>();
    private final TableView<HeldParcel> parcelTable = new TableView<>();
    private final Label heading = new Label();
    private final Label message = new Label();
    private final VBox root = new VBox(8);
    private int generation;

    /**
     * One line of the shelf list.
     *
     * @param code null for the line of parcels on no shelf
     */
    record ShelfLine(String code, String name, boolean active, int held) {
    }

    public ShelvesPane(UiContext ctx, Session session, Consumer<String> onStatus) {
        this.ctx = ctx;
        this.onStatus = onStatus;
        this.parcels = ctx.workstation().parcels();
        this.shelves = ctx.workstation().shelves();
        this.zone = ctx.workstation().sites().zone();

        shelfTable.setId("shelvesList");
        shelfTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        shelfTable.setPlaceholder(new Label(ctx.text("shelves.noShelves")));
        shelfTable.getColumns().add(Tables.column(ctx.text("field.shelf"), 150, this::shelfText));
        shelfTable.getColumns().add(Tables.column(ctx.text("shelves.count"), 60, l -> String.valueOf(l.held())));
        shelfTable.setPrefWidth(260);
        shelfTable.setMinWidth(220);
        shelfTable.getSelectionModel().selectedItemProperty().addListener((obs, old, line) -> showShelf(line));
        shelfTable.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.RIGHT) {
                e.consume();
                parcelTable.requestFocus();
                if (parcelTable.getSelectionModel().isEmpty() && !parcelTable.getItems().isEmpty()) {
                    parcelTable.getSelectionModel().select(0);
                }
            }
        });

        parcelTable.setId("shelvesParcels");
        parcelTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        parcelTable.setPlaceholder(new Label(ctx.text("shelves.empty")));
        parcelTable.getColumns().add(Tables.column(ctx.text("shelves.col.number"), 150, h -> h.parcel().number()));
        parcelTable.getColumns().add(Tables.column(ctx.text("field.trackingNo"), 150, h -> h.parcel().trackingNo()));
        parcelTable.getColumns().add(Tables.column(ctx.text("field.recipient"), 160, h -> nz(h.parcel().recipientText())));
        parcelTable.getColumns().add(Tables.column(ctx.text("field.pieces"), 50, h -> String.valueOf(h.parcel().pieces())));
        parcelTable.getColumns().add(Tables.column(ctx.text("shelves.col.received"), 130, h -> time(h.parcel().receivedAt())));
        parcelTable.getColumns().add(Tables.column(ctx.text("shelves.col.overdue"), 80,
                h -> h.overdue() ? ctx.text("shelves.overdue") : ""));
        parcelTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(HeldParcel item, boolean empty) {
                super.updateItem(item, empty);
                setStyle(!empty && item != null && item.overdue() ? "-fx-text-background-color: #b00020;" : "");
            }
        });
        parcelTable.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                shelfTable.requestFocus();
            }
        });
        HBox.setHgrow(parcelTable, Priority.ALWAYS);

        heading.setId("shelvesHeading");
        heading.setStyle("-fx-font-weight: bold;");
        message.setId("shelvesMessage");
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        VBox right = new VBox(8, heading, parcelTable);
        VBox.setVgrow(parcelTable, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox lists = new HBox(12, shelfTable, right);
        VBox.setVgrow(lists, Priority.ALWAYS);

        HBox actions = new HBox(8,
                Forms.button(ctx.text("shelves.refresh"), "shelvesRefresh", this::refresh),
                Forms.button(ctx.text("shelves.printStale"), "shelvesPrintStale",
                        () -> StaleList.print(ctx, root.getScene().getWindow(), this::say)),
                Forms.button(ctx.text("shelves.staleToPdf"), "shelvesStalePdf", this::stalePdf));
        actions.setAlignment(Pos.CENTER_LEFT);
        Label keys = new Label(ctx.text("shelves.keys"));
        keys.getStyleClass().add("muted");
        keys.setWrapText(true);

        root.setPadding(new Insets(16));
        root.setId("shelvesPane");
        root.getChildren().addAll(actions, message, lists, keys);
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F5) {
                e.consume();
                refresh();
            }
        });
        refresh();
    }

    public Parent root() {
        return root;
    }

    /** The focus to the shelf list, so Up and Down walk the shelves. */
    public void focus() {
        shelfTable.requestFocus();
        if (shelfTable.getSelectionModel().isEmpty() && !shelfTable.getItems().isEmpty()) {
            shelfTable.getSelectionModel().select(0);
        }
    }

    /** Reads the shelves, their counts and the chosen shelf's parcels again; the choice stays. */
    public void refresh() {
        ShelfLine chosen = shelfTable.getSelectionModel().getSelectedItem();
        ctx.run(() -> lines(shelves.shelves(), parcels.countHeldByShelf()), lines -> {
            shelfTable.getItems().setAll(lines);
            ShelfLine again = chosen == null ? null : lines.stream()
                    .filter(l -> Objects.equals(l.code(), chosen.code())).findFirst().orElse(null);
            if (again == null && !lines.isEmpty()) {
                again = lines.get(0);
            }
            if (again != null) {
                shelfTable.getSelectionModel().select(again);
                shelfTable.scrollTo(again);
            } else {
                showShelf(null);
            }
        });
    }

    /**
     * The shelves in use, then those out of use that still hold parcels, then parcels on no shelf
     * (or on a code no longer defined) when there are any.
     */
    static List<ShelfLine> lines(List<Shelf> defined, Map<String, Integer> counts) {
        Map<String, Integer> left = new TreeMap<>(counts);
        List<ShelfLine> lines = new ArrayList<>();
        for (Shelf s : defined) {
            int n = left.getOrDefault(s.code(), 0);
            left.remove(s.code());
            if (s.active() || n > 0) {
                lines.add(new ShelfLine(s.code(), s.name(), s.active(), n));
            }
        }
        Integer none = left.remove("");
        left.forEach((code, n) -> lines.add(new ShelfLine(code, null, false, n)));
        if (none != null && none > 0) {
            lines.add(new ShelfLine(null, null, true, none));
        }
        return lines;
    }

    private void showShelf(ShelfLine line) {
        int asked = ++generation;
        if (line == null) {
            heading.setText("");
            parcelTable.getItems().clear();
            return;
        }
        heading.setText(ctx.text("shelves.heading", shelfText(line), line.held()));
        ctx.run(() -> line.code() == null ? onNoShelf() : parcels.onShelf(line.code(), ParcelService.MAX_PAGE),
                held -> {
                    if (asked != generation) {
                        return;
                    }
                    parcelTable.getItems().setAll(held);
                    message.setText(held.size() >= ParcelService.MAX_PAGE
                            ? ctx.text("shelves.firstOnly", ParcelService.MAX_PAGE) : "");
                });
    }

    /** Held parcels put on no shelf: the held list, a page at a time, kept to those with no shelf. */
    private List<HeldParcel> onNoShelf() {
        List<HeldParcel> found = new ArrayList<>();
        Parcel after = null;
        while (found.size() < ParcelService.MAX_PAGE) {
            List<HeldParcel> page = parcels.held(false, after, ParcelService.MAX_PAGE);
            page.stream().filter(h -> h.parcel().shelfCode() == null).forEach(found::add);
            if (page.size() < ParcelService.MAX_PAGE) {
                break;
            }
            after = page.get(page.size() - 1).parcel();
        }
        return found.size() > ParcelService.MAX_PAGE ? found.subList(0, ParcelService.MAX_PAGE) : found;
    }

    private void stalePdf() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ctx.text("shelves.staleToPdf"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ctx.text("print.pdfFilter"), "*.pdf"));
        chooser.setInitialFileName(ctx.text("print.staleList.fileName",
                FILE_TIME.format(LocalDateTime.now(ctx.workstation().clock().withZone(zone)))));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            StaleList.savePdf(ctx, file.toPath(), this::say);
        }
    }

    private String shelfText(ShelfLine l) {
        if (l.code() == null) {
            return ctx.text("shelves.noShelf");
        }
        String text = l.name() == null ? l.code() : ctx.text("shelves.codeAndName", l.code(), l.name());
        return l.active() ? text : ctx.text("shelves.outOfUse", text);
    }

    private String time(Instant i) {
        return i == null ? "" : TIME.format(i.atZone(zone));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private void say(String text) {
        message.setText(text);
        onStatus.accept(text);
    }
}
