package com.frontdesk.repairs;

import com.frontdesk.core.UserFacingException;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.Tables;
import com.frontdesk.ui.UiContext;
import java.text.Collator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The figures per category and month a year-end summary needs: received, done, outstanding at the
 * month's end, the median hours to fix (without the time on hold) and the share of satisfied
 * ratings. The last twelve months are shown at first; Enter in a month field shows the range typed.
 * Each month lists its categories by name and ends in its total.
 */
final class RepairFiguresPane {
    private final UiContext ctx;
    private final RepairReports reports;
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final TableView<RepairFigures> table = new TableView<>();
    private final RepairColumns names;
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
        names = new RepairColumns(ctx);
        table.setId("repairFigures");
        table.setPlaceholder(new Label(ctx.text("repairs.noFigures")));
        table.getColumns().addAll(List.of(
                Tables.column(ctx.text("repairs.col.month"), 80, f -> f.month().toString()),
                Tables.column(ctx.text("field.repairCategory"), 100, this::categoryName),
                count("repairs.col.received", RepairFigures::received),
                count("repairs.col.done", RepairFigures::done),
                count("repairs.col.outstanding", RepairFigures::outstanding),
                number("repairs.col.medianFixHours",
                        f -> f.medianFixHours() == null ? "" : String.format("%.1f", f.medianFixHours())),
                count("repairs.col.callBacks", RepairFigures::callBacks),
                number("repairs.col.satisfied",
                        f -> f.satisfiedShare() == null ? "" : String.format("%.0f%%", f.satisfiedShare() * 100))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RepairFigures item, boolean empty) {
                super.updateItem(item, empty);
                setStyle(!empty && item != null && item.category() == null ? "-fx-font-weight: bold;" : "");
            }
        });
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
        ctx.run(() -> reports.figures(start, end), rows -> table.getItems().setAll(withTotals(rows)),
                failure -> message.setText(ctx.errors().describe(failure)));
    }

    /** Month by month, the categories by name in the user's language, then the month's total (a null category). */
    private List<RepairFigures> withTotals(List<RepairFigures> rows) {
        Comparator<RepairFigures> byName = Comparator.comparing(this::categoryName,
                Collator.getInstance(ctx.messages().locale()));
        Map<YearMonth, List<RepairFigures>> months = rows.stream().collect(Collectors.groupingBy(
                RepairFigures::month, TreeMap::new, Collectors.toList()));
        List<RepairFigures> out = new ArrayList<>();
        months.forEach((month, figures) -> {
            figures.stream().sorted(byName).forEach(out::add);
            // The medians of the categories do not make the month's: the total leaves it blank.
            out.add(new RepairFigures(month, null, sum(figures, RepairFigures::received),
                    sum(figures, RepairFigures::done), sum(figures, RepairFigures::outstanding), null,
                    sum(figures, RepairFigures::callBacks), sum(figures, RepairFigures::satisfiedRatings)));
        });
        return out;
    }

    private static int sum(List<RepairFigures> figures, ToIntFunction<RepairFigures> value) {
        return figures.stream().mapToInt(value).sum();
    }

    private String categoryName(RepairFigures f) {
        return f.category() == null ? ctx.text("repairs.monthTotal") : names.categoryName(f.category());
    }

    private TableColumn<RepairFigures, String> count(String titleKey, ToIntFunction<RepairFigures> value) {
        return number(titleKey, f -> Integer.toString(value.applyAsInt(f)));
    }

    private TableColumn<RepairFigures, String> number(String titleKey, Function<RepairFigures, String> value) {
        return Tables.figures(ctx.text(titleKey), value);
    }
}
