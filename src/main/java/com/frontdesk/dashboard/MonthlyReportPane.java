package com.frontdesk.dashboard;

import com.frontdesk.accounts.Session;
import com.frontdesk.core.AtomicFiles;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.MonthRange;
import com.frontdesk.ui.Tables;
import com.frontdesk.ui.UiContext;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The monthly report tab (shift leads and administrators): two month fields (the last twelve
 * months at first; Enter shows the range typed), the repairs' and the complaints' tables per
 * category and month with the totals in bold, and the report saved as CSV or PDF.
 */
final class MonthlyReportPane {
    private final UiContext ctx;
    private final Session session;
    private final MonthRange range;
    private final TableView<Row> repairs = new TableView<>();
    private final TableView<Row> complaints = new TableView<>();
    private final Label message = Forms.messageLabel();
    private final Button csv;
    private final Button pdf;
    private final VBox root = new VBox(8);
    private MonthlyReport shown;

    /** A line of a table as its cells' text; a total in bold. */
    record Row(List<String> cells, boolean total) {
    }

    MonthlyReportPane(UiContext ctx, Session session) {
        this.ctx = ctx;
        this.session = session;
        this.range = new MonthRange(ctx, "reportMonths", this::load);
        csv = Forms.button(ctx.text("report.saveCsv"), "reportCsv", this::saveCsv);
        pdf = Forms.button(ctx.text("report.savePdf"), "reportPdf", this::savePdf);
        csv.setDisable(true);
        pdf.setDisable(true);
        table(repairs, "reportRepairs", MonthlyReportCells.REPAIR_TITLES);
        table(complaints, "reportComplaints", MonthlyReportCells.COMPLAINT_TITLES);
        FlowPane bar = new FlowPane(12, 6);
        bar.getChildren().addAll(range.fields(ctx.text("report.fromMonth"), ctx.text("report.toMonth")));
        bar.getChildren().addAll(Forms.button(ctx.text("report.show"), "reportShow", this::load), csv, pdf);
        message.setId("reportMessage");
        VBox.setVgrow(repairs, Priority.ALWAYS);
        VBox.setVgrow(complaints, Priority.ALWAYS);
        root.setPadding(new Insets(16));
        root.setId("monthlyReport");
        root.getChildren().addAll(Forms.sectionTitle(ctx.text("report.heading")), bar, message,
                Forms.sectionTitle(ctx.text("report.repairsTitle")), repairs,
                Forms.sectionTitle(ctx.text("report.complaintsTitle")), complaints);
        load();
    }

    Parent root() {
        return root;
    }

    void focus() {
        repairs.requestFocus();
    }

    private void load() {
        message.setText("");
        MonthRange.Months months;
        try {
            months = range.months("report.monthFormat");
        } catch (RuntimeException e) {
            message.setText(ctx.errors().describe(e));
            return;
        }
        ctx.run(() -> ctx.workstation().monthlyReports().report(session, months.from(), months.to()), this::show,
                failure -> message.setText(ctx.errors().describe(failure)));
    }

    private void show(MonthlyReport r) {
        shown = r;
        repairs.getItems().setAll(r.repairs().stream()
                .map(l -> new Row(MonthlyReportCells.repair(l, r, ctx.messages()), l.total())).toList());
        complaints.getItems().setAll(r.complaints().stream()
                .map(l -> new Row(MonthlyReportCells.complaint(l, r, ctx.messages()), l.total())).toList());
        csv.setDisable(false);
        pdf.setDisable(false);
    }

    private void saveCsv() {
        Path target = choose("CSV", "*.csv", ".csv");
        if (target != null) {
            saveCsvTo(target);
        }
    }

    /** The report shown as CSV at {@code target}, written beside it and moved into place. */
    void saveCsvTo(Path target) {
        MonthlyReport r = shown;
        ctx.run(() -> AtomicFiles.write(target, out -> {
            MonthlyReportCsv.write(r, ctx.messages(), out);
            return target;
        }), saved -> message.setText(ctx.text("report.csvSaved", saved.toString())),
                failure -> message.setText(ctx.errors().describe(failure)));
    }

    private void savePdf() {
        Path target = choose("PDF", "*.pdf", ".pdf");
        if (target != null) {
            MonthlyReportSheet.savePdf(ctx, shown, target, message::setText);
        }
    }

    private Path choose(String kind, String pattern, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(MonthlyReportSheet.title(ctx.messages(), shown));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        chooser.setInitialFileName(ctx.text("report.fileName", shown.from().toString(), shown.to().toString())
                + extension);
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        return file == null ? null : file.toPath();
    }

    private void table(TableView<Row> table, String id, List<String> titleKeys) {
        table.setId(id);
        table.setPlaceholder(new Label(ctx.text("report.nothing")));
        for (int i = 0; i < titleKeys.size(); i++) {
            int column = i;
            Function<Row, String> cell = r -> r.cells().get(column);
            TableColumn<Row, String> c = i < 2 ? Tables.column(ctx.text(titleKeys.get(i)), i == 0 ? 80 : 90, cell)
                    : Tables.twoLineTitle(Tables.figures(ctx.text(titleKeys.get(i)), cell));
            table.getColumns().add(c);
        }
        Tables.boldRows(table, Row::total);
        table.setMinHeight(180);
    }
}
