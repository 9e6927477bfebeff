package com.frontdesk.complaints;

import com.frontdesk.accounts.Session;
import com.frontdesk.core.AtomicFiles;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.MonthRange;
import com.frontdesk.ui.Tables;
import com.frontdesk.ui.UiContext;
import java.io.File;
import java.nio.file.Path;
import java.text.Collator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The complaint figures per category and month (统计): how many, how late, how many founded and
 * reopened, the median hours to respond and to answer, and the satisfied share at the call-back;
 * each month ends in its total. The last twelve months are shown at first; Enter in a month field
 * shows the range typed. "Export CSV…" writes every case, phones masked.
 */
final class ComplaintsFiguresPane {
    private final UiContext ctx;
    private final Session session;
    private final Consumer<String> say;
    private final ComplaintReports reports;
    private final MonthRange range;
    private final TableView<ComplaintFigures> table = new TableView<>();
    private final Label message = Forms.messageLabel();
    private final VBox root = new VBox(8);
    private ComplaintSettings settings;

    ComplaintsFiguresPane(UiContext ctx, Session session, Consumer<String> say) {
        this.ctx = ctx;
        this.session = session;
        this.say = say;
        this.reports = ctx.workstation().complaintReports();
        this.settings = ctx.workstation().settings().current(ComplaintSettings.DOCUMENT);
        this.range = new MonthRange(ctx, "complaintFigures", this::load);
        table.setId("complaintFigures");
        table.setPlaceholder(new Label(ctx.text("complaintFigures.none")));
        table.getColumns().addAll(columns());
        // Wider than the window, the table scrolls sideways rather than cut the last columns off.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Tables.boldRows(table, f -> f.category() == null);
        VBox.setVgrow(table, Priority.ALWAYS);
        FlowPane bar = new FlowPane(12, 6, range.fields(ctx.text("complaintFigures.fromMonth"),
                ctx.text("complaintFigures.toMonth")));
        bar.getChildren().addAll(Forms.button(ctx.text("complaintFigures.show"), "complaintFiguresShow", this::load),
                Forms.button(ctx.text("complaintFigures.exportCsv"), "complaintExportCsv", this::export));
        Label hint = Forms.wrapping(new Label(ctx.text("complaintFigures.hint")));
        root.setPadding(new Insets(16));
        root.getChildren().addAll(Forms.sectionTitle(ctx.text("complaintFigures.title")), bar, hint, message,
                table);
        load();
    }

    Parent root() {
        return root;
    }

    private List<TableColumn<ComplaintFigures, String>> columns() {
        return List.of(
                fixed(Tables.column(ctx.text("complaintFigures.col.month"), f -> f.month().toString()), "2026-11"),
                fixed(Tables.column(ctx.text("complaintFigures.col.category"), this::categoryName),
                        Stream.concat(Stream.of(ctx.text("complaintFigures.monthTotal")), settings.categories()
                                .stream().map(ComplaintSettings.ComplaintCategory::name)).toArray(String[]::new)),
                count("complaintFigures.col.received", ComplaintFigures::received),
                count("complaintFigures.col.praise", ComplaintFigures::praise),
                count("complaintFigures.col.suggestions", ComplaintFigures::suggestions),
                count("complaintFigures.col.answered", ComplaintFigures::answered),
                count("complaintFigures.col.answeredLate", ComplaintFigures::answeredLate),
                count("complaintFigures.col.firstResponsesLate", ComplaintFigures::firstResponsesLate),
                count("complaintFigures.col.founded", ComplaintFigures::founded),
                figure("complaintFigures.col.foundedShare", f -> percent(f.foundedShare())),
                count("complaintFigures.col.reopened", ComplaintFigures::reopened),
                figure("complaintFigures.col.reopenShare", f -> percent(f.reopenShare())),
                count("complaintFigures.col.closed", ComplaintFigures::closed),
                figure("complaintFigures.col.medianFirstResponse",
                        f -> hours(f.medianFirstResponseHours())),
                figure("complaintFigures.col.medianAnswer", f -> hours(f.medianAnswerHours())),
                count("complaintFigures.col.callBacks", ComplaintFigures::callBacks),
                figure("complaintFigures.col.satisfied", f -> percent(f.satisfiedShare())));
    }

    private void load() {
        message.setText("");
        MonthRange.Months months;
        try {
            months = range.months("complaintFigures.monthFormat");
        } catch (UserFacingException e) {
            message.setText(ctx.errors().describe(e));
            return;
        }
        // The categories are read with the figures: a category renamed in Settings shows its new name.
        ctx.run(() -> Map.entry(ctx.workstation().settings().current(ComplaintSettings.DOCUMENT),
                        reports.figures(months.from(), months.to())),
                read -> {
                    settings = read.getKey();
                    table.getItems().setAll(withTotals(read.getValue()));
                },
                failure -> message.setText(ctx.errors().describe(failure)));
    }

    /** Month by month, the categories by name in the user's language, then the month's total (a null category). */
    private List<ComplaintFigures> withTotals(List<ComplaintFigures> rows) {
        Comparator<ComplaintFigures> byName = Comparator.comparing(this::categoryName,
                Collator.getInstance(ctx.messages().locale()));
        Map<YearMonth, List<ComplaintFigures>> months = new TreeMap<>();
        rows.forEach(f -> months.computeIfAbsent(f.month(), m -> new ArrayList<>()).add(f));
        List<ComplaintFigures> out = new ArrayList<>();
        months.forEach((month, figures) -> {
            figures.stream().sorted(byName).forEach(out::add);
            out.add(ComplaintFigures.total(month, figures));
        });
        return out;
    }

    private String categoryName(ComplaintFigures f) {
        return f.category() == null ? ctx.text("complaintFigures.monthTotal") : settings.categoryName(f.category());
    }

    /** Never narrower than the texts it shows (a month, the longest category name). */
    private static TableColumn<ComplaintFigures, String> fixed(TableColumn<ComplaintFigures, String> c,
                                                               String... widest) {
        c.setMinWidth(Tables.fit(widest));
        c.setPrefWidth(c.getMinWidth());
        return c;
    }

    private TableColumn<ComplaintFigures, String> count(String titleKey, ToIntFunction<ComplaintFigures> value) {
        return Tables.twoLineTitle(Tables.counts(ctx.text(titleKey), value));
    }

    private TableColumn<ComplaintFigures, String> figure(String titleKey, Function<ComplaintFigures, String> value) {
        return Tables.twoLineTitle(Tables.figures(ctx.text(titleKey), value));
    }

    private static String percent(Double share) {
        return share == null ? "" : String.format("%.0f%%", share * 100);
    }

    /** A median: in hours, or in days from two days up ("12.1 天"), as a week is not read in hours. */
    private String hours(Double hours) {
        if (hours == null) {
            return "";
        }
        return hours >= 48 ? ctx.text("complaintFigures.days", String.format("%.1f", hours / 24))
                : ctx.text("complaintFigures.hours", String.format("%.1f", hours));
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ctx.text("complaintFigures.exportCsv"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        chooser.setInitialFileName("complaints-" + LocalDate.now(ctx.workstation().clock()
                .withZone(ctx.workstation().sites().zone())) + ".csv");
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    /** Every case as CSV, written beside the target and moved into place, so a failure leaves no half file. */
    void exportTo(Path target) {
        ctx.run(() -> AtomicFiles.write(target, out -> reports.exportCsv(session, ComplaintFilter.ALL, out,
                        ctx.messages())),
                n -> say.accept(ctx.text("complaintFigures.exported", n, target.toString())),
                failure -> say.accept(ctx.errors().describe(failure)));
    }
}
