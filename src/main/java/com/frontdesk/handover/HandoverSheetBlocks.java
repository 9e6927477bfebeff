package com.frontdesk.handover;

import com.frontdesk.core.Messages;
import com.frontdesk.print.PrintPage;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The content of a {@link HandoverSheet}, in blocks small enough to flow from page to page: the
 * handover's particulars, the items counted (a block per line), the differences, the program's
 * counts with their lists, the notes and the signatures. Every block is built from the handover as
 * stored; the lists behind automatic counts are language-neutral and printed as they are.
 */
final class HandoverSheetBlocks {
    private final Messages messages;
    private final HandoverSheet.Data data;
    private final Handover h;
    private final ZoneId zone;

    HandoverSheetBlocks(Messages messages, HandoverSheet.Data data) {
        this.messages = messages;
        this.data = data;
        this.h = data.detail().handover();
        this.zone = data.zone();
    }

    List<Node> blocks() {
        List<Node> blocks = new ArrayList<>();
        blocks.add(particulars());
        blocks.add(heading("print.handoverSheet.counts", "handoverSheetCounts"));
        blocks.add(HandoverSheet.row(true, messages.get("print.handoverSheet.col.item"),
                messages.get("print.handoverSheet.col.expected"), messages.get("print.handoverSheet.col.counted"),
                messages.get("print.handoverSheet.col.condition"), messages.get("print.handoverSheet.col.note")));
        List<HandoverItem> counted = data.detail().items().stream().filter(i -> !i.automatic()).toList();
        for (HandoverItem i : counted) {
            blocks.add(HandoverSheet.row(false, (i.differs() ? "≠ " : "") + i.name(), number(i.expected()),
                    number(i.counted()), i.condition() == null ? "" : messages.get(condition(i.condition())),
                    nz(i.note())));
        }
        blocks.add(differences(counted));
        List<HandoverItem> auto = data.detail().items().stream().filter(HandoverItem::automatic).toList();
        if (!auto.isEmpty()) {
            blocks.add(heading("print.handoverSheet.auto", "handoverSheetAuto"));
            auto.forEach(i -> blocks.add(autoLine(i)));
        }
        blocks.add(heading("print.handoverSheet.notes", "handoverSheetNotes"));
        if (data.detail().notes().isEmpty()) {
            blocks.add(HandoverSheet.text(messages.get("print.handoverSheet.noNotes"), 13, false));
        }
        data.detail().notes().forEach(n -> blocks.add(note(n)));
        blocks.add(signatures());
        return blocks;
    }

    private Node particulars() {
        Label number = HandoverSheet.text(messages.get("print.handoverSheet.number", h.number()), 16, true);
        number.setId("handoverSheetNumber");
        ShiftDef s = data.shift();
        Label deskShift = HandoverSheet.text(messages.get("print.handoverSheet.deskShift", data.deskName(), s.name(),
                HandoverSheet.clock(s.start()), HandoverSheet.clock(s.end())), 13, false);
        deskShift.setId("handoverSheetDeskShift");
        Label day = HandoverSheet.text(messages.get("print.handoverSheet.day", h.day().toString(),
                h.templateVersion(), messages.get(h.status().messageKey())), 13, false);
        Label previous = HandoverSheet.text(h.draft() ? "" : h.previousNumber() == null
                ? messages.get("print.handoverSheet.first")
                : messages.get("print.handoverSheet.previous", h.previousNumber()), 12, false);
        return new VBox(2, number, deskShift, day, previous);
    }

    private Node heading(String key, String id) {
        Label l = HandoverSheet.text(messages.get(key), 15, true);
        l.setId(id);
        l.setPadding(new Insets(6, 0, 0, 0));
        return l;
    }

    private Node differences(List<HandoverItem> counted) {
        List<HandoverItem> differing = counted.stream().filter(HandoverItem::differs).toList();
        VBox box = new VBox(2);
        box.setId("handoverSheetDifferences");
        box.setPadding(new Insets(4, 0, 0, 0));
        if (differing.isEmpty()) {
            box.getChildren().add(HandoverSheet.text(messages.get("print.handoverSheet.noDifferences"), 13, true));
            return box;
        }
        box.getChildren().add(HandoverSheet.text(messages.get("print.handoverSheet.differences", differing.size()),
                13, true));
        for (HandoverItem i : differing) {
            box.getChildren().add(HandoverSheet.text(messages.get("print.handoverSheet.differenceLine", i.name(),
                    number(i.expected()), number(i.counted()), messages.get(condition(i.condition())), nz(i.note())),
                    13, false));
        }
        return box;
    }

    /** "Open repairs: 12" and the list behind it, its lines joined to save paper. */
    private Node autoLine(HandoverItem i) {
        Label count = HandoverSheet.text(messages.get("print.handoverSheet.autoLine",
                messages.getOrDefault(i.auto().messageKey(), i.name()), number(i.counted())), 13, true);
        VBox box = new VBox(1, count);
        box.getStyleClass().add("handover-sheet-auto");
        if (i.autoDetail() != null && !i.autoDetail().isBlank()) {
            Label list = HandoverSheet.text(String.join("; ", i.autoDetail().split("\n")), 12, false);
            list.setPadding(new Insets(0, 0, 0, 16));
            box.getChildren().add(list);
        }
        return box;
    }

    private Node note(HandoverNote n) {
        Label text = HandoverSheet.text(messages.get("print.handoverSheet.noteLine",
                messages.get(n.priority().messageKey()), n.text()), 13, false);
        String when = HandoverSheet.shortTime(n.createdAt(), zone);
        String origin = n.handoverId().equals(h.id())
                ? messages.get("print.handoverSheet.noteWritten", n.createdByName(), when)
                : messages.get("print.handoverSheet.noteCarried", n.createdByName(), when,
                        data.numbers().getOrDefault(n.handoverId(), "?"));
        if (!n.open()) {
            origin += "；" + messages.get("print.handoverSheet.noteDone", n.doneByName(),
                    HandoverSheet.shortTime(n.doneAt(), zone));
        }
        Label by = HandoverSheet.text(origin, 11, false);
        by.setPadding(new Insets(0, 0, 0, 16));
        VBox box = new VBox(1, text, by);
        box.getStyleClass().add("handover-sheet-note");
        return box;
    }

    private Node signatures() {
        String notSigned = messages.get("print.handoverSheet.notSigned");
        Label outgoing = HandoverSheet.text(messages.get("print.handoverSheet.outgoing", h.outgoingName(),
                h.outgoingSignedAt() == null ? notSigned : HandoverSheet.time(h.outgoingSignedAt(), zone)), 13, false);
        outgoing.setId("handoverSheetOutgoing");
        Label incoming;
        if (h.refusalReason() != null) {
            incoming = HandoverSheet.text(messages.get("print.handoverSheet.refused", h.incomingName(),
                    HandoverSheet.time(h.incomingAt(), zone), h.refusalReason()), 13, false);
        } else {
            incoming = HandoverSheet.text(messages.get("print.handoverSheet.incoming",
                    h.incomingName() == null ? "" : h.incomingName(),
                    h.incomingAt() == null ? notSigned : HandoverSheet.time(h.incomingAt(), zone)), 13, false);
        }
        incoming.setId("handoverSheetIncoming");
        Label lead = HandoverSheet.text(messages.get("print.handoverSheet.lead", h.leadName() == null ? ""
                : h.leadName(), h.countersignedAt() == null ? notSigned
                : HandoverSheet.time(h.countersignedAt(), zone)), 13, false);
        lead.setId("handoverSheetLead");
        VBox box = new VBox(6, heading("print.handoverSheet.signatures", "handoverSheetSignatures"), outgoing,
                incoming, lead);
        if (h.sealSha256() != null) {
            Label seal = PrintPage.label(messages.get("print.handoverSheet.seal", h.sealSha256()), 9, false);
            seal.setId("handoverSheetSeal");
            box.getChildren().add(seal);
        }
        box.setId("handoverSheetSignatureBlock");
        return box;
    }

    private static String condition(ItemCondition c) {
        return "handover.condition." + c.name();
    }

    private static String number(Integer n) {
        return n == null ? "" : n.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
