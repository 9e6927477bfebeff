package com.frontdesk.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.frontdesk.core.Messages;
import java.util.List;
import javafx.print.Printer;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PrintingTest {
    @BeforeAll
    static void startFx() {
        FxThread.start();
    }

    @Test
    void withoutAPrinterNothingIsShownAndTheCallerIsToldToSaveAPdf() {
        assumeTrue(FxThread.call(() -> Printer.getAllPrinters().isEmpty()), "this computer has a printer");

        Printing.Outcome outcome = FxThread.call(() -> Printing.print(null, "test", List.of(new VBox())));

        assertThat(outcome).isEqualTo(Printing.Outcome.NO_PRINTER);
        assertThat(new Messages(Messages.ENGLISH).get(outcome.messageKey())).contains("PDF");
    }

    @Test
    void everyOutcomeHasItsMessage() {
        Messages zh = new Messages(Messages.CHINESE);
        for (Printing.Outcome o : Printing.Outcome.values()) {
            assertThat(zh.get(o.messageKey())).doesNotStartWith("!");
        }
    }
}
