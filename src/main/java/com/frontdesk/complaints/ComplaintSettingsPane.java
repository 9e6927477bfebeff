package com.frontdesk.complaints;

import com.frontdesk.accounts.Session;
import com.frontdesk.complaints.ComplaintSettings.ComplaintCategory;
import com.frontdesk.settings.CategoriesSection;
import com.frontdesk.settings.SettingsEditor;
import com.frontdesk.settings.WorkstationSettings.Range;
import com.frontdesk.ui.FocusScrolling;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.Tables;
import com.frontdesk.ui.UiContext;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.VBox;

/**
 * Settings → Complaints: the two deadlines (hours to the first response, working days to the final
 * answer), the categories, the departments a complaint is handed to, and the year's calendar (the
 * official holidays and adjusted working days, typed as a day or a range). Administrators change
 * them; shift leads read them. Every part saves only itself, on the settings as stored at that moment.
 */
public final class ComplaintSettingsPane {
    private static final CategoriesSection.Keys CATEGORY_KEYS = new CategoriesSection.Keys(
            "complaintSettings.categoriesTitle", "complaintSettings.categoryCode", "complaintSettings.categoryName",
            "complaintSettings.codePrompt", "complaintSettings.namePrompt", "complaintSettings.saveCategory",
            "complaintSettings.rename", "complaintSettings.remove", "complaintSettings.noCategories",
            "complaintSettings.categoriesHint", "complaintSettings.categoryAdded", "complaintSettings.categoryRenamed",
            "complaintSettings.categoryRemoved");
    private static final EntryListSection.Keys DEPARTMENT_KEYS = new EntryListSection.Keys(
            "complaintSettings.departmentsTitle", "complaintSettings.department", "complaintSettings.departmentPrompt",
            "complaintSettings.noDepartments", "complaintSettings.departmentsHint",
            "complaintSettings.departmentMissing", "complaintSettings.departmentAdded",
            "complaintSettings.departmentRemoved");
    private static final EntryListSection.Keys HOLIDAY_KEYS = new EntryListSection.Keys(
            "complaintSettings.holidaysTitle", "complaintSettings.date", "complaintSettings.datePrompt",
            "complaintSettings.noHolidays", "complaintSettings.holidaysHint", "complaintSettings.dateInvalid",
            "complaintSettings.holidaysAdded", "complaintSettings.datesRemoved");
    private static final EntryListSection.Keys WORKDAY_KEYS = new EntryListSection.Keys(
            "complaintSettings.workdaysTitle", "complaintSettings.date", "complaintSettings.workdayPrompt",
            "complaintSettings.noWorkdays", "complaintSettings.workdaysHint", "complaintSettings.dateInvalid",
            "complaintSettings.workdaysAdded", "complaintSettings.datesRemoved");
    /** Digits only: a letter typed by mistake would make the spinner's own commit throw. */
    private static final Pattern DIGITS = Pattern.compile("\\d{0,3}");

    private final UiContext ctx;
    private final Consumer<String> status;
    private final SettingsEditor<ComplaintSettings> editor;
    private final boolean edit;
    private final VBox root = new VBox(16);
    private final ScrollPane scroll = FocusScrolling.around(root);

    private final Spinner<Integer> firstResponse = spinner(ComplaintSettings.FIRST_RESPONSE_HOURS,
            "complaintFirstResponseHours");
    private final Spinner<Integer> resolution = spinner(ComplaintSettings.RESOLUTION_WORKING_DAYS,
            "complaintResolutionWorkingDays");
    private final Label deadlineMessage = Forms.wrapping(Forms.messageLabel());
    private final CategoriesSection<ComplaintSettings, ComplaintCategory> categories;
    private final EntryListSection<String> departments;
    private final EntryListSection<LocalDate> holidays;
    private final EntryListSection<LocalDate> workdays;

    public ComplaintSettingsPane(UiContext ctx, Session session, Consumer<String> status) {
        this.ctx = ctx;
        this.status = status;
        this.editor = new SettingsEditor<>(ctx, session, ComplaintSettings.DOCUMENT);
        this.edit = editor.mayEdit();
        this.categories = new CategoriesSection<>(ctx, editor, status, "complaint", CATEGORY_KEYS,
                new CategoriesSection.Model<>(ComplaintSettings::categories, ComplaintSettings::withCategories,
                        ComplaintCategory::code, ComplaintCategory::name, ComplaintCategory::new));
        this.departments = new EntryListSection<>(ctx, editor, status, "complaintDepartments", DEPARTMENT_KEYS,
                new EntryListSection.Model<>(ComplaintSettings::departments, ComplaintSettings::withDepartments,
                        typed -> typed.isBlank() ? List.of() : List.of(typed), Function.identity(),
                        List.of(Tables.column(ctx.text("complaintSettings.department"), 200, Function.identity()))));
        this.holidays = dates("complaintHolidays", HOLIDAY_KEYS, ComplaintSettings::holidays,
                ComplaintSettings::withHolidays);
        this.workdays = dates("complaintWorkdays", WORKDAY_KEYS, ComplaintSettings::workdays,
                ComplaintSettings::withWorkdays);

        departments.node().setMaxWidth(720);
        root.getChildren().addAll(deadlinesSection(), categories.node(), departments.node(), calendarBox());
        root.setPadding(new Insets(16));
        root.setId("complaintSettings");
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(() -> (edit ? firstResponse.getEditor() : categories.table()).requestFocus());
            }
        });
        editor.load(this::show);
    }

    public Parent root() {
        return scroll;
    }

    private void show(ComplaintSettings s) {
        showDeadlines(s);
        categories.show(s, null);
        departments.show(s, List.of());
        holidays.show(s, List.of());
        workdays.show(s, List.of());
    }

    // --- deadlines --------------------------------------------------------------------------

    private Node deadlinesSection() {
        GridPane grid = Forms.grid();
        Forms.row(grid, ctx.text("field.complaintFirstResponseHours"), firstResponse);
        Forms.row(grid, ctx.text("field.complaintResolutionWorkingDays"), resolution);
        grid.setMaxWidth(480);
        firstResponse.setDisable(!edit);
        resolution.setDisable(!edit);
        deadlineMessage.setId("complaintDeadlineMessage");
        Label explained = Forms.wrapping(new Label(ctx.text("complaintSettings.workingDaysRule")));
        explained.getStyleClass().add("muted");
        VBox box = new VBox(8, Forms.sectionTitle(ctx.text("complaintSettings.deadlinesTitle")), grid, explained);
        if (edit) {
            box.getChildren().addAll(deadlineMessage, Forms.button(ctx.text("complaintSettings.saveDeadlines"),
                    "complaintDeadlinesSave", this::saveDeadlines));
            // A filter: a spinner's editor handles Enter itself and would swallow it.
            box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                    e.consume();
                    saveDeadlines();
                }
            });
        } else {
            Label readOnly = Forms.wrapping(new Label(ctx.text("complaintSettings.readOnly")));
            readOnly.setId("complaintSettingsReadOnly");
            readOnly.getStyleClass().add("muted");
            box.getChildren().add(readOnly);
        }
        box.setMaxWidth(720);
        return box;
    }

    private void showDeadlines(ComplaintSettings s) {
        put(firstResponse, s.firstResponseHours());
        put(resolution, s.resolutionWorkingDays());
    }

    private static void put(Spinner<Integer> s, int value) {
        s.getValueFactory().setValue(value);
        // The factory clamps only what it is given; show the stored value even if the editor was typed in.
        s.getEditor().setText(String.valueOf(value));
    }

    /**
     * Reads what is typed, not the spinners' values: a spinner would quietly clamp 90 days to 60,
     * while the settings' validation says what the range is. An empty field reads as 0 for the same reason.
     */
    private void saveDeadlines() {
        int hours = typed(firstResponse);
        int days = typed(resolution);
        editor.change(s -> s.withFirstResponseHours(hours).withResolutionWorkingDays(days), saved -> {
            showDeadlines(saved);
            status.accept(ctx.text("complaintSettings.deadlinesSaved"));
        }, deadlineMessage);
    }

    private static int typed(Spinner<Integer> spinner) {
        String text = spinner.getEditor().getText() == null ? "" : spinner.getEditor().getText().strip();
        return text.isEmpty() ? 0 : Integer.parseInt(text);
    }

    private static Spinner<Integer> spinner(Range range, String id) {
        Spinner<Integer> s = new Spinner<>(range.min(), range.max(), range.min());
        s.setEditable(true);
        s.setPrefWidth(110);
        s.getEditor().setTextFormatter(
                new TextFormatter<>(c -> DIGITS.matcher(c.getControlNewText()).matches() ? c : null));
        s.setId(id);
        return s;
    }

    // --- lists ------------------------------------------------------------------------------

    /** The two lists of days side by side, as the official calendar gives them, each half the width. */
    private Node calendarBox() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        grid.addRow(0, holidays.node(), workdays.node());
        grid.setMaxWidth(720);
        return grid;
    }

    /** A list of days, each shown with its weekday: an adjusted working day is usually a Saturday or Sunday. */
    private EntryListSection<LocalDate> dates(String id, EntryListSection.Keys keys,
                                              Function<ComplaintSettings, List<LocalDate>> list,
                                              BiFunction<ComplaintSettings, List<LocalDate>, ComplaintSettings> with) {
        return new EntryListSection<>(ctx, editor, status, id, keys, new EntryListSection.Model<>(list, with,
                ComplaintSettings::typedDates, LocalDate::toString, List.of(
                        Tables.column(ctx.text("complaintSettings.date"), 120, LocalDate::toString),
                        Tables.column(ctx.text("complaintSettings.weekday"), 80,
                                d -> d.getDayOfWeek().getDisplayName(TextStyle.SHORT, ctx.messages().locale())))));
    }
}
