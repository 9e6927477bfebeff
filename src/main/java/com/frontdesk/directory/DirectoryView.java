package com.frontdesk.directory;

import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.ui.PagedTable;
import com.frontdesk.ui.UiContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The unit directory: find anyone with the picker on top, or walk buildings → units on the
 * left, rooms in the middle, and the people in the chosen room on the right. Phones are masked;
 * a role that may reveals them (audited). Editing buttons only for roles that may edit.
 */
public final class DirectoryView {
    private static final int PAGE = 100;

    private final UiContext ctx;
    private final Session session;
    private final Consumer<String> status;
    private final DirectoryService directory;
    private final BorderPane root = new BorderPane();
    private final DirectoryPicker search;
    private final TreeView<Place> tree = new TreeView<>();
    private final PagedTable<Room> rooms;
    private final OccupantsPane occupants;
    /** The tree node whose rooms are listed; read by the paging worker, so volatile. */
    private volatile Place place;

    /** A node of the tree: a building, a unit of it, or the public locations. */
    private record Place(String buildingId, String buildingCode, String unitId, String unitCode, boolean publicAreas,
                         String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A building with its units, loaded together for the tree. */
    private record BuildingUnits(Building building, List<Unit> units) {
    }

    public DirectoryView(UiContext ctx, Session session, Consumer<String> status) {
        this.ctx = ctx;
        this.session = session;
        this.status = status;
        this.directory = ctx.workstation().directory();
        this.occupants = new OccupantsPane(ctx, session, status);

        rooms = new PagedTable<>(ctx, (after, limit) -> {
            Place p = place;
            if (p == null) {
                return List.of();
            }
            return p.publicAreas() ? directory.rooms(null, null, after, limit)
                    : directory.rooms(p.buildingId(), p.unitId(), after, limit);
        }, PAGE);
        TableView<Room> roomTable = rooms.table();
        roomTable.setId("roomTable");
        rooms.addColumn(ctx.text("field.room"), Room::code);
        roomTable.setPlaceholder(new Label(ctx.text("directory.noRooms")));
        roomTable.getSelectionModel().selectedItemProperty().addListener((obs, old, room) -> {
            if (room != null) {
                occupants.showRoom(room.id(), room.code(), null);
            }
        });
        rooms.moreButton().setId("roomMore");
        VBox.setVgrow(roomTable, Priority.ALWAYS);
        HBox roomActions = new HBox(8);
        if (session.may(Permission.EDIT_DIRECTORY)) {
            Button add = new Button(ctx.text("directory.addRoom"));
            add.setId("roomAdd");
            add.setOnAction(e -> addRoom());
            roomActions.getChildren().add(add);
        }
        roomActions.getChildren().add(rooms.moreButton());
        VBox roomPane = new VBox(8, roomTable, roomActions);
        roomPane.setPadding(new Insets(6));

        search = new DirectoryPicker(ctx, "directorySearch");
        search.selectedProperty().addListener((obs, old, picked) -> {
            if (picked != null) {
                // The rooms list may be showing another building: the pick goes straight to the room.
                roomTable.getSelectionModel().clearSelection();
                occupants.showRoom(picked.roomId(), picked.roomCode(), picked.occupantId());
            }
        });
        Label searchLabel = new Label(ctx.text("directory.search"));
        searchLabel.setLabelFor(search.field());
        HBox.setHgrow(search.field(), Priority.ALWAYS);
        HBox top = new HBox(8, searchLabel, search.field());
        if (session.may(Permission.IMPORT_DIRECTORY)) {
            Button importFile = new Button(ctx.text("directory.import"));
            importFile.setId("directoryImport");
            importFile.setOnAction(e -> new ImportDialog(ctx, window(), session, this::loadTree).chooseAndShow());
            Button template = new Button(ctx.text("directory.template"));
            template.setOnAction(e -> ImportDialog.saveTemplate(ctx, window()));
            top.getChildren().addAll(importFile, template);
        }
        Button export = new Button(ctx.text("directory.export"));
        export.setId("directoryExport");
        export.setOnAction(e -> ImportDialog.export(ctx, window(), session, status));
        top.getChildren().add(export);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 8, 0));

        tree.setId("directoryTree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item.getValue() != null) {
                place = item.getValue();
                rooms.reload();
            }
        });

        SplitPane panes = new SplitPane(tree, roomPane, occupants.root());
        panes.setDividerPositions(0.17, 0.36);
        SplitPane.setResizableWithParent(tree, false);
        root.setTop(top);
        root.setCenter(panes);
        root.setPadding(new Insets(16));
        root.setId("directoryView");
        // Opening the tab puts the cursor in the search: finding someone is what the desk comes for.
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(() -> search.field().requestFocus());
            }
        });
        loadTree();
    }

    public Parent root() {
        return root;
    }

    /** The search field, for modules and tests. */
    public DirectoryPicker search() {
        return search;
    }

    private void loadTree() {
        ctx.run(() -> {
            List<BuildingUnits> all = new ArrayList<>();
            for (Building b : directory.buildings()) {
                all.add(new BuildingUnits(b, directory.units(b.id())));
            }
            return all;
        }, buildings -> {
            Place was = place;
            TreeItem<Place> top = tree.getRoot();
            top.getChildren().clear();
            for (BuildingUnits bu : buildings) {
                Building b = bu.building();
                TreeItem<Place> node = new TreeItem<>(new Place(b.id(), b.code(), null, null, false,
                        ctx.text("directory.building", b.code())));
                for (Unit u : bu.units()) {
                    node.getChildren().add(new TreeItem<>(new Place(b.id(), b.code(), u.id(), u.code(), false,
                            ctx.text("directory.unit", u.code()))));
                }
                top.getChildren().add(node);
            }
            top.getChildren().add(new TreeItem<>(new Place(null, null, null, null, true, ctx.text("directory.publicAreas"))));
            // Reloaded after a new building or unit: the desk stays where it was.
            TreeItem<Place> again = was == null ? null : find(top, was);
            if (again != null) {
                again.getParent().setExpanded(true);
                tree.getSelectionModel().select(again);
            } else {
                tree.getSelectionModel().select(0);
            }
        });
    }

    private static TreeItem<Place> find(TreeItem<Place> parent, Place wanted) {
        for (TreeItem<Place> item : parent.getChildren()) {
            Place p = item.getValue();
            if (p.publicAreas() == wanted.publicAreas() && Objects.equals(p.buildingId(), wanted.buildingId())
                    && Objects.equals(p.unitId(), wanted.unitId())) {
                return item;
            }
            TreeItem<Place> below = find(item, wanted);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    private void addRoom() {
        Place p = place;
        new RoomFormDialog(ctx, window(), session, p == null ? null : p.buildingCode(),
                p == null ? null : p.unitCode(), p != null && p.publicAreas(), room -> {
                    status.accept(ctx.text("directory.roomAdded", room.code()));
                    if (knownPlace(room)) {
                        rooms.reload();
                    } else {
                        loadTree(); // a new building or unit: the tree grows
                    }
                    occupants.showRoom(room.id(), room.code(), null);
                }).show();
    }

    private boolean knownPlace(Room room) {
        if (room.buildingId() == null) {
            return true;
        }
        return tree.getRoot().getChildren().stream().anyMatch(b -> room.buildingId().equals(b.getValue().buildingId())
                && (room.unitId() == null || b.getChildren().stream()
                        .anyMatch(u -> room.unitId().equals(u.getValue().unitId()))));
    }
}
