package com.frontdesk.visitors;

import com.frontdesk.accounts.Site;
import com.frontdesk.print.PdfPages;
import com.frontdesk.print.Printing;
import com.frontdesk.ui.UiContext;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The visitor screen's paper: a visit's slip and the evacuation roll call, printed or saved as PDF.
 * Reading runs off the FX thread; laying out and printing on it, as JavaFX requires.
 */
final class VisitorPrinting {
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private record Letterhead(String name, ZoneId zone) {
    }

    private final UiContext ctx;
    private final Consumer<String> say;

    VisitorPrinting(UiContext ctx, Consumer<String> say) {
        this.ctx = ctx;
        this.say = say;
    }

    void printSlip(Visit visit, Window owner) {
        ctx.run(() -> new Letterhead(ctx.workstation().sites().site().map(Site::name).orElse(""),
                ctx.workstation().sites().zone()), site -> {
            Printing.Outcome outcome = Printing.print(owner, visit.number(),
                    List.of(VisitorSlip.node(ctx.messages(), site.name(), site.zone(), visit)));
            say.accept(ctx.text(outcome.messageKey()));
        });
    }

    void rollCall(Window owner) {
        ctx.run(() -> RollCall.load(ctx.workstation()), data -> {
            Printing.Outcome outcome = Printing.print(owner, ctx.text("print.rollCall.title"),
                    RollCall.pages(ctx.messages(), data));
            say.accept(ctx.text(outcome.messageKey()));
        });
    }

    /** Saved where the user chooses; with no printer, the PDF goes on a USB stick or another PC. */
    void rollCallPdf(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ctx.text("print.rollCall.savePdf"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ctx.text("print.pdfFilter"), "*.pdf"));
        chooser.setInitialFileName(ctx.text("print.rollCall.fileName", FILE_TIME.format(LocalDateTime.now(
                ctx.workstation().clock().withZone(ctx.workstation().sites().zone())))));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            saveRollCall(file.toPath());
        }
    }

    void saveRollCall(Path target) {
        ctx.run(() -> RollCall.load(ctx.workstation()), data -> {
            List<BufferedImage> images = PdfPages.render(RollCall.pages(ctx.messages(), data));
            ctx.run(() -> {
                PdfPages.write(images, target, ctx.text("print.rollCall.title"));
                return target;
            }, saved -> say.accept(ctx.text("print.pdfSaved", saved.toString())),
                    failure -> say.accept(ctx.errors().describe(failure)));
        });
    }
}
