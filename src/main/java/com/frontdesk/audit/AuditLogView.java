package com.frontdesk.audit;

import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.accounts.StaffMember;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.UiContext;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The audit log, newest first, filtered by user, record type and dates, a page at a time. */
public final class AuditLogView {
    private static final int PAGE = 100;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final UiContext ctx;
    private final Session session;
    private final ZoneId zone;
    private final VBox root = new VBox(8);
    private final ComboBox<StaffMember> user = new ComboBox<>();
    private final ComboBox<String> entity = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker until = new DatePicker();
    private final TableView<AuditEntry> table = new TableView<>();
    private final Button more = new Button();
    private AuditFilter filter = AuditFilter.ALL;

    public AuditLogView(UiContext ctx, Session session) {
        this.ctx = ctx;
        this.session = session;
        this.zone = ctx.workstation().sites().zone();
        user.setId("auditUser");
        user.setPromptText(ctx.text("audit.allUsers"));
        user.setConverter(new StringConverter<>() {
            @Override
            public String toString(StaffMember s) {
                return s == null ? ctx.text("audit.allUsers") : s.name() + " (" + s.employeeNo() + ")";
            }

            @Override
            public StaffMember fromString(String s) {
                return null;
            }
        });
        entity.setId("auditEntity");
        entity.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null ? ctx.text("audit.allEntities") : entityName(name);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        entity.setPromptText(ctx.text("audit.allEntities"));
        Button apply = new Button(ctx.text("audit.apply"));
        apply.setId("auditApply");
        apply.setOnAction(e -> applyFilter());
        Button clear = new Button(ctx.text("audit.clear"));
        clear.setOnAction(e -> {
            user.setValue(null);
            entity.setValue(null);
            from.setValue(null);
            until.setValue(null);
            applyFilter();
        });
        HBox filters = new HBox(8, new Label(ctx.text("audit.user")), user, new Label(ctx.text("audit.entity")), entity,
                new Label(ctx.text("audit.from")), from, new Label(ctx.text("audit.until")), until, apply, clear);
        filters.setAlignment(Pos.CENTER_LEFT);
        Forms.submitOnEnter(filters, this::applyFilter);

        table.setId("auditTable");
        table.getColumns().add(column(ctx.text("audit.time"), a -> TIME.format(a.at().atZone(zone))));
        table.getColumns().add(column(ctx.text("audit.user"), AuditEntry::actorName));
        table.getColumns().add(column(ctx.text("audit.entity"), a -> entityName(a.entity())));
        table.getColumns().add(column(ctx.text("audit.action"), a -> ctx.messages().getOrDefault("audit.action." + a.action(), a.action())));
        table.getColumns().add(column(ctx.text("audit.record"), a -> a.entityId() == null ? "" : a.entityId()));
        table.getColumns().add(column(ctx.text("audit.changes"), a -> ChangeSummary.of(a.changes())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        more.setText(ctx.text("list.more"));
        more.setId("auditMore");
        more.setOnAction(e -> loadPage(table.getItems().get(table.getItems().size() - 1)));

        root.getChildren().addAll(filters, table, more);
        root.setPadding(new Insets(16));
        ctx.run(() -> session.may(Permission.VIEW_STAFF)
                ? ctx.workstation().accounts().staffPage(session, null, 500)
                : List.<StaffMember>of(), staff -> user.getItems().setAll(staff));
        ctx.run(() -> ctx.workstation().audit().entities(session), names -> entity.getItems().setAll(names));
        applyFilter();
    }

    public Parent root() {
        return root;
    }

    private void applyFilter() {
        filter = new AuditFilter(
                user.getValue() == null ? null : user.getValue().id(),
                entity.getValue() == null || entity.getValue().isBlank() ? null : entity.getValue(),
                from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant(),
                until.getValue() == null ? null : until.getValue().plusDays(1).atStartOfDay(zone).toInstant());
        table.getItems().clear();
        loadPage(null);
    }

    private void loadPage(AuditEntry after) {
        AuditFilter current = filter;
        ctx.run(() -> ctx.workstation().audit().page(session, current, after, PAGE), page -> {
            table.getItems().addAll(page);
            more.setDisable(page.size() < PAGE);
        });
    }

    private String entityName(String entity) {
        return ctx.messages().getOrDefault("audit.entity." + entity, entity);
    }

    private static TableColumn<AuditEntry, String> column(String title, Function<AuditEntry, String> value) {
        TableColumn<AuditEntry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }
}
