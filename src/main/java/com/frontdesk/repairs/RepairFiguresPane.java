package com.frontdesk.repairs;

import com.frontdesk.core.UserFacingException;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.Tables;
import com.frontdesk.ui.UiContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The figures per category and month a year-end summary needs: received, done, outstanding at the
 * month's end, the median hours to fix (without the time on hold) and the share of satisfied
 * ratings. The last twelve months are shown at first; Enter in a month field shows the range typed.
 */
final class RepairFiguresPane {
    private final UiContext ctx;
    private final RepairReports reports;
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final TableView<RepairFigures> table = new TableView<>();
    private final Label message = Forms.messageLabel();
    private final VBox root = new VBox(8);

    RepairFiguresPane(UiContext ctx) {
        this.ctx = ctx;
        this.reports = ctx.workstation().repairReports();
        YearMonth now = YearMonth.from(LocalDate.now(ctx.workstation().clock().withZone(ctx.workstation().sites().zone())));
        from.setId("repairFiguresFrom");
        to.setId("repairFiguresTo");
        from.setText(now.minusMonths(11).toString());
        to.setText(now.toString());
        from.setOnAction(e -> load());
        to.setOnAction(e -> load());
        RepairColumns names = new RepairColumns(ctx);
        table.setId("repairFigures");
        table.setPlaceholder(new Label(ctx.text("repairs.noFigures")));
        table.getColumns().addAll(List.of(
                Tables.column(ctx.text("repairs.col.month"), 80, f -> f.month().toString()),
                Tables.column(ctx.text("field.repairCategory"), 100, f -> names.categoryName(f.category())),
                Tables.column(ctx.text("repairs.col.received"), 70, f -> Integer.toString(f.received())),
                Tables.column(ctx.text("repairs.col.done"), 70, f -> Integer.toString(f.done())),
                Tables.column(ctx.text("repairs.col.outstanding"), 70, f -> Integer.toString(f.outstanding())),
                Tables.column(ctx.text("repairs.col.medianFix"), 110,
                        f -> f.medianFixHours() == null ? "" : String.format("%.1f", f.medianFixHours())),
                Tables.column(ctx.text("repairs.col.callBacks"), 70, f -> Integer.toString(f.callBacks())),
                Tables.column(ctx.text("repairs.col.satisfied"), 90,
                        f -> f.satisfiedShare() == null ? "" : String.format("%.0f%%", f.satisfiedShare() * 100))));
        VBox.setVgrow(table, Priority.ALWAYS);
        FlowPane range = new FlowPane(12, 6, Forms.stacked(ctx.text("repairs.fromMonth"), from),
                Forms.stacked(ctx.text("repairs.toMonth"), to),
                Forms.button(ctx.text("repairs.showFigures"), "repairFiguresShow", this::load));
        root.setPadding(new Insets(16));
        root.getChildren().addAll(Forms.sectionTitle(ctx.text("repairs.figuresTitle")), range, message, table);
        load();
    }

    Parent root() {
        return root;
    }

    private void load() {
        message.setText("");
        YearMonth start;
        YearMonth end;
        try {
            start = YearMonth.parse(from.getText().strip());
            end = YearMonth.parse(to.getText().strip());
        } catch (DateTimeParseException e) {
            message.setText(ctx.errors().describe(new UserFacingException("repairs.monthFormat")));
            return;
        }
        ctx.run(() -> reports.figures(start, end), table.getItems()::setAll,
                failure -> message.setText(ctx.errors().describe(failure)));
    }
}
