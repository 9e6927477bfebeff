package com.frontdesk.ui;

import com.frontdesk.core.UserFacingException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import javafx.scene.Node;
import javafx.scene.control.TextField;

/**
 * The two month fields above a table of monthly figures ("2026-01" to "2026-12"): the last twelve
 * months of the site's today at first, Enter in either shows the range typed.
 */
public final class MonthRange {
    /** The months typed, both included. */
    public record Months(YearMonth from, YearMonth to) {
    }

    private final TextField from = new TextField();
    private final TextField to = new TextField();

    /** @param idPrefix the fields are {@code idPrefix + "From"} and {@code idPrefix + "To"}, for tests and scripts */
    public MonthRange(UiContext ctx, String idPrefix, Runnable show) {
        YearMonth now = YearMonth.from(LocalDate.now(ctx.workstation().clock()
                .withZone(ctx.workstation().sites().zone())));
        from.setId(idPrefix + "From");
        to.setId(idPrefix + "To");
        for (TextField f : new TextField[] {from, to}) {
            f.setPrefColumnCount(7);
            f.setOnAction(e -> show.run());
        }
        from.setText(now.minusMonths(11).toString());
        to.setText(now.toString());
    }

    /** The fields with their labels above them, for a bar that flows across the width. */
    public Node[] fields(String fromLabel, String toLabel) {
        return new Node[] {Forms.stacked(fromLabel, from), Forms.stacked(toLabel, to)};
    }

    /**
     * The months typed.
     *
     * @throws UserFacingException with {@code formatKey} when either is not a month such as 2026-01
     */
    public Months months(String formatKey) {
        try {
            return new Months(YearMonth.parse(from.getText().strip()), YearMonth.parse(to.getText().strip()));
        } catch (DateTimeParseException e) {
            throw new UserFacingException(formatKey);
        }
    }
}
