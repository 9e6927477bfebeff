package com.frontdesk.handover;

import com.frontdesk.ui.ShortTime;
import com.frontdesk.ui.UiContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** How a handover is named and its signers told, the same on the current handover and in the history. */
final class HandoverTexts {
    private final UiContext ctx;
    private final ShortTime time;
    private final HandoverSettings settings;

    /** @param settings read off the FX thread by the caller, for the desks' and shifts' names */
    HandoverTexts(UiContext ctx, HandoverSettings settings) {
        this.ctx = ctx;
        this.time = new ShortTime(ctx);
        this.settings = settings;
    }

    String desk(Handover h) {
        return settings.desk(h.desk()).map(Desk::name).orElse(h.desk());
    }

    /** A shift removed from the settings since shows by its code, as the handover kept it. */
    String shift(Handover h) {
        return settings.shift(h.desk(), h.shift()).map(ShiftDef::name).orElse(h.shift());
    }

    String time(Instant at) {
        return time.format(at);
    }

    /** "JJ-20261122-0001 · 大堂前台 白班 · 清点中" */
    String title(Handover h) {
        return ctx.text("handoverView.title", h.number(), desk(h), shift(h), ctx.text(h.status().messageKey()));
    }

    /** Who signed and when, one line each; the refusal with its reason. */
    List<String> signers(Handover h) {
        List<String> lines = new ArrayList<>();
        lines.add(ctx.text("handoverView.signer.started", h.outgoingName(), time(h.startedAt())));
        if (h.outgoingSignedAt() != null) {
            lines.add(ctx.text("handoverView.signer.outgoing", h.outgoingName(), time(h.outgoingSignedAt())));
        }
        if (h.status() == HandoverStatus.REFUSED || h.refusalReason() != null) {
            lines.add(ctx.text("handoverView.signer.refused", h.incomingName(), time(h.incomingAt()), h.refusalReason()));
        } else if (h.incomingAt() != null) {
            lines.add(ctx.text("handoverView.signer.incoming", h.incomingName(), time(h.incomingAt())));
        }
        if (h.countersignedAt() != null) {
            lines.add(ctx.text("handoverView.signer.lead", h.leadName(), time(h.countersignedAt())));
        }
        return lines;
    }
}
