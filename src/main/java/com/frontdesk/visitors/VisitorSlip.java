package com.frontdesk.visitors;

import com.frontdesk.core.Masking;
import com.frontdesk.core.Messages;
import com.frontdesk.print.PrintPage;
import com.frontdesk.print.QrCodes;
import com.frontdesk.ui.Fonts;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The slip a visitor carries: who (name masked, since the slip leaves the desk), whom they visit,
 * since when, the pass, and a QR code of the visit id. Scanned into the check-out field, the code
 * checks the visitor out ({@link VisitorService#checkOut} takes the visit id). 80 mm wide, for a
 * receipt printer; on A4 it prints at the same size at the top of the page.
 */
public final class VisitorSlip {
    /** 80 mm at 96 pixels per inch. */
    public static final double WIDTH = 302;
    /** Pixels per QR module: 37 modules (with the quiet zone) make a code of about 39 mm. */
    static final int QR_MODULE = 4;

    private static final DateTimeFormatter CHECKED_IN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private VisitorSlip() {
    }

    /**
     * The slip for one visit, as a node for {@code Printing.print} or {@code PdfPages}. Call on the
     * JavaFX thread (it picks the font).
     *
     * @param siteName the site's name ({@code workstation.sites().site()})
     * @param zone     the site's zone ({@code workstation.sites().zone()})
     */
    public static VBox node(Messages messages, String siteName, ZoneId zone, Visit visit) {
        Label site = PrintPage.label(siteName, 15, true);
        site.setId("slipSite");
        site.setWrapText(true);
        Label title = PrintPage.label(messages.get("print.slip.title"), 13, false);

        GridPane details = new GridPane();
        details.setHgap(8);
        details.setVgap(3);
        ColumnConstraints names = new ColumnConstraints();
        names.setHalignment(HPos.LEFT);
        ColumnConstraints values = new ColumnConstraints();
        values.setMaxWidth(WIDTH - 24 - 90);
        details.getColumnConstraints().addAll(names, values);
        int row = 0;
        row = add(details, row, messages.get("visitors.col.number"), visit.number(), "slipNumber");
        row = add(details, row, messages.get("field.visitorName"), Masking.name(visit.visitorName()), "slipName");
        row = add(details, row, messages.get("field.company"), visit.company(), "slipCompany");
        row = add(details, row, messages.get("field.headCount"), String.valueOf(visit.headCount()), "slipHeadCount");
        row = add(details, row, messages.get("field.host"), hostRoom(visit.hostText()), "slipHost");
        row = add(details, row, messages.get("print.slip.checkedInAt"),
                visit.checkedInAt() == null ? null : CHECKED_IN.format(visit.checkedInAt().atZone(zone)), "slipSince");
        add(details, row, messages.get("field.passNo"), visit.passNo(), "slipPass");

        ImageView qr = new ImageView(QrCodes.image(visit.id(), QR_MODULE));
        qr.setId("slipQr");
        qr.setSmooth(false);
        Label scan = PrintPage.label(messages.get("print.slip.scanToCheckOut"), 12, false);
        scan.setWrapText(true);
        scan.setMaxWidth(WIDTH - 24);
        scan.setAlignment(Pos.CENTER);

        VBox slip = new VBox(6, site, title, details, qr, scan);
        slip.setAlignment(Pos.TOP_CENTER);
        slip.setPadding(new Insets(12));
        slip.setMinWidth(WIDTH);
        slip.setPrefWidth(WIDTH);
        slip.setMaxWidth(WIDTH);
        slip.setStyle("-fx-background-color: white; -fx-background: white; -fx-text-background-color: black;"
                + Fonts.rootStyle());
        return slip;
    }

    /** A line "name  value"; nothing for an empty value (no company, no pass). */
    private static int add(GridPane grid, int row, String name, String value, String id) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label n = PrintPage.label(name, 12, false);
        Label v = PrintPage.label(value, 13, true);
        v.setId(id);
        v.setWrapText(true);
        grid.addRow(row, n, v);
        return row + 1;
    }

    /** The slip leaves the building with the visitor: it names the host's room, not the host. */
    static String hostRoom(String hostText) {
        if (hostText == null) {
            return null;
        }
        int name = hostText.indexOf(" · ");
        return name < 0 ? hostText : hostText.substring(0, name);
    }
}
