package com.frontdesk.audit;

import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.accounts.StaffMember;
import com.frontdesk.ui.Converters;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.PagedTable;
import com.frontdesk.ui.UiContext;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

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
    private final PagedTable<AuditEntry> list;
    private final ChangeSummary summary;
    private volatile AuditFilter filter = AuditFilter.ALL;

    public AuditLogView(UiContext ctx, Session session) {
        this.ctx = ctx;
        this.session = session;
        this.zone = ctx.workstation().sites().zone();
        this.summary = new ChangeSummary(ctx.messages(), zone);
        user.setId("auditUser");
        user.setPromptText(ctx.text("audit.allUsers"));
        user.setConverter(Converters.showing(s -> s.name() + " (" + s.employeeNo() + ")", ctx.text("audit.allUsers")));
        entity.setId("auditEntity");
        entity.setConverter(Converters.showing(this::entityName, ctx.text("audit.allEntities")));
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

        list = new PagedTable<>(ctx, (after, limit) -> ctx.workstation().audit().page(session, filter, after, limit), PAGE);
        TableView<AuditEntry> table = list.table();
        table.setId("auditTable");
        list.addColumn(ctx.text("audit.time"), a -> TIME.format(a.at().atZone(zone)));
        list.addColumn(ctx.text("audit.user"), a -> a.actorId() == null ? ctx.text("audit.system") : a.actorName());
        list.addColumn(ctx.text("audit.entity"), a -> entityName(a.entity()));
        list.addColumn(ctx.text("audit.action"), a -> ctx.messages().getOrDefault("audit.action." + a.action(), a.action()));
        list.addColumn(ctx.text("audit.record"), a -> a.entityId() == null ? "" : a.entityId());
        list.addColumn(ctx.text("audit.changes"), a -> summary.of(a.changes()));
        VBox.setVgrow(table, Priority.ALWAYS);
        list.moreButton().setId("auditMore");

        root.getChildren().addAll(filters, table, list.moreButton());
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
        list.reload();
    }

    private String entityName(String entity) {
        return ctx.messages().getOrDefault("audit.entity." + entity, entity);
    }

}
