package com.frontdesk.dashboard;

import com.frontdesk.dashboard.DashboardSnapshot.AgeBand;
import com.frontdesk.dashboard.DashboardSnapshot.CategoryCount;
import com.frontdesk.dashboard.DashboardSnapshot.MonthCount;
import com.frontdesk.dashboard.DashboardSnapshot.Satisfaction;
import com.frontdesk.ui.UiContext;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * The dashboard's charts: visits per day over thirty days, parcels held by age, repairs per category
 * (pending / done this month), complaints per category and month, and the share of satisfied
 * call-back ratings. Not animated, so a refresh redraws at once.
 */
final class DashboardCharts {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");
    private static final double HEIGHT = 260;

    private final UiContext ctx;
    private final BarChart<String, Number> visits = bar("dashboardVisitsChart");
    private final BarChart<String, Number> parcels = bar("dashboardParcelsChart");
    private final BarChart<String, Number> repairs = bar("dashboardRepairsChart");
    private final StackedBarChart<String, Number> complaints =
            new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
    private final PieChart satisfaction = new PieChart();
    private final GridPane root = new GridPane();

    DashboardCharts(UiContext ctx) {
        this.ctx = ctx;
        visits.setTitle(ctx.text("dashboard.chart.visits", DashboardService.DAYS));
        visits.setLegendVisible(false);
        parcels.setTitle(ctx.text("dashboard.chart.parcels"));
        parcels.setLegendVisible(false);
        repairs.setTitle(ctx.text("dashboard.chart.repairs"));
        complaints.setId("dashboardComplaintsChart");
        complaints.setTitle(ctx.text("dashboard.chart.complaints", DashboardService.MONTHS));
        satisfaction.setId("dashboardSatisfactionChart");
        satisfaction.setTitle(ctx.text("dashboard.chart.satisfaction", DashboardService.MONTHS));
        for (var chart : List.of(complaints, satisfaction)) {
            chart.setAnimated(false);
            chart.setPrefHeight(HEIGHT);
        }
        // The legend names the slices: the slices' own labels land on top of each other when the
        // data is replaced before the chart's first layout.
        satisfaction.setLabelsVisible(false);
        root.setHgap(12);
        root.setVgap(12);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            root.getColumnConstraints().add(c);
        }
        root.add(visits, 0, 0, 2, 1);
        root.add(parcels, 0, 1);
        root.add(repairs, 1, 1);
        root.add(complaints, 0, 2);
        root.add(satisfaction, 1, 2);
    }

    Node root() {
        return root;
    }

    void show(DashboardSnapshot s) {
        XYChart.Series<String, Number> perDay = new XYChart.Series<>();
        s.visitsPerDay().forEach(d -> perDay.getData().add(new XYChart.Data<>(DAY.format(d.day()), d.visits())));
        visits.getData().setAll(List.of(perDay));

        XYChart.Series<String, Number> byAge = new XYChart.Series<>();
        s.parcelsByAge().forEach(b -> byAge.getData().add(new XYChart.Data<>(ageLabel(b), b.held())));
        parcels.getData().setAll(List.of(byAge));

        XYChart.Series<String, Number> pending = series(ctx.text("dashboard.chart.pending"));
        XYChart.Series<String, Number> done = series(ctx.text("dashboard.chart.doneThisMonth"));
        for (CategoryCount c : s.repairsByCategory()) {
            pending.getData().add(new XYChart.Data<>(c.name(), c.pending()));
            done.getData().add(new XYChart.Data<>(c.name(), c.doneThisMonth()));
        }
        repairs.getData().setAll(List.of(pending, done));

        complaints.getData().setAll(complaintSeries(s.complaintsByMonth()));

        Satisfaction sat = s.satisfaction();
        satisfaction.getData().setAll(sat.ratings() == 0 ? List.of() : List.of(
                new PieChart.Data(ctx.text("dashboard.chart.satisfied", sat.satisfied()), sat.satisfied()),
                new PieChart.Data(ctx.text("dashboard.chart.notSatisfied", sat.ratings() - sat.satisfied()),
                        sat.ratings() - sat.satisfied())));
        satisfaction.setTitle(sat.share() == null
                ? ctx.text("dashboard.chart.satisfactionNone", DashboardService.MONTHS)
                : ctx.text("dashboard.chart.satisfactionShare", DashboardService.MONTHS,
                        String.format(Locale.ROOT, "%.0f%%", sat.share() * 100)));
    }

    /** One series per category; every month of the window on the axis, in order. */
    private List<XYChart.Series<String, Number>> complaintSeries(List<MonthCount> counts) {
        TreeSet<YearMonth> months = new TreeSet<>();
        counts.forEach(c -> months.add(c.month()));
        Map<String, XYChart.Series<String, Number>> byCategory = new LinkedHashMap<>();
        for (MonthCount c : counts) {
            byCategory.computeIfAbsent(c.category(), k -> series(c.name()))
                    .getData().add(new XYChart.Data<>(c.month().toString(), c.received()));
        }
        ((CategoryAxis) complaints.getXAxis()).getCategories()
                .setAll(months.stream().map(YearMonth::toString).toList());
        return List.copyOf(byCategory.values());
    }

    private String ageLabel(AgeBand b) {
        if (b.toDays() == null) {
            return ctx.text("dashboard.age.atLeast", b.fromDays());
        }
        return b.fromDays() == 0 ? ctx.text("dashboard.age.under", b.toDays())
                : ctx.text("dashboard.age.between", b.fromDays(), b.toDays() - 1);
    }

    private static XYChart.Series<String, Number> series(String name) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(name);
        return series;
    }

    private static BarChart<String, Number> bar(String id) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setId(id);
        chart.setAnimated(false);
        chart.setPrefHeight(HEIGHT);
        chart.setBarGap(1);
        chart.setCategoryGap(4);
        return chart;
    }
}
