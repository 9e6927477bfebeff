package com.frontdesk.repairs;

import com.frontdesk.core.Draw;
import com.frontdesk.parcels.SignatureBatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * One generated repair's history, written as {@link RepairService} writes it step by step: a step
 * the transition table does not allow from the current status is a bug of the generator and
 * throws; a running hold ends when a step leaves it; the row, the timeline line, the call-back and
 * the signature change together. Steps come one after the other: one timed at or before the last
 * is moved just after it. A step after the clock's now has not happened: nothing is recorded and
 * the caller's story ends there.
 */
final class RepairTimeline {
    /** Who recorded a step. */
    record Staff(String id, String name) {
    }

    /** Who fixes it: a kind, the firm (for a manufacturer, utility or vendor), a staff member or a name. */
    record Fixer(FixerKind kind, String vendor, String staffId, String name) {
    }

    /** The slip's bottom half, signed by {@code signer}. */
    record Completion(ServiceKind kind, String labour, String parts, long cents, Payer payer, String signer) {
    }

    /** Most owners sign on the pad; the rest have their name typed. */
    private static final int DRAWN_PERCENT = 85;

    private final Draw random;
    private final Instant now;
    private final int drawnPool;
    private final List<RepairEvent> events = new ArrayList<>();
    private final List<RepairCallBack> callBacks = new ArrayList<>();
    private final List<SignatureBatch.Row> signatures = new ArrayList<>();
    private Repair repair;
    private Instant last;

    /** Starts with the intake, recorded by {@code by} at the repair's report time. */
    RepairTimeline(Repair taken, Staff by, Draw random, Instant now, int drawnPool) {
        this.random = random;
        this.now = now;
        this.drawnPool = drawnPool;
        repair = taken;
        last = taken.reportedAt();
        events.add(event(RepairAction.TAKE, last, by, null, null));
    }

    /** A time-ordered id (UUID version 7) for the moment, from the seeded random. */
    static String id(Draw random, Instant at) {
        return random.uuid(at);
    }

    Repair repair() {
        return repair;
    }

    /** When the last recorded step happened. */
    Instant last() {
        return last;
    }

    List<RepairEvent> events() {
        return events;
    }

    List<RepairCallBack> callBacks() {
        return callBacks;
    }

    List<SignatureBatch.Row> signatures() {
        return signatures;
    }

    boolean dispatch(Instant at, Staff by, Fixer f, Instant appointment, String note) {
        return step(RepairAction.DISPATCH, at, by, note,
                (b, t) -> b.fixer(f.kind(), f.vendor(), f.staffId(), f.name(), appointment).responded(t));
    }

    /** 转单. */
    boolean transfer(Instant at, Staff by, Fixer f, String reason) {
        return step(RepairAction.TRANSFER, at, by, reason,
                (b, t) -> b.fixer(f.kind(), f.vendor(), f.staffId(), f.name(), null));
    }

    /** 退单. */
    boolean giveBack(Instant at, Staff by, String reason) {
        return step(RepairAction.RETURN, at, by, reason, (b, t) -> b.fixer(null, null, null, null, null));
    }

    boolean start(Instant at, Staff by) {
        return step(RepairAction.START, at, by, null, (b, t) -> { });
    }

    boolean hold(Instant at, Staff by, HoldReason reason, String note) {
        return step(RepairAction.HOLD, at, by, note, (b, t) -> b.hold(reason, note, t));
    }

    boolean resume(Instant at, Staff by) {
        return step(RepairAction.RESUME, at, by, null, (b, t) -> { });
    }

    boolean complete(Instant at, Staff by, Completion c) {
        return step(RepairAction.COMPLETE, at, by, null, (b, t) -> b.completion(c.kind(), c.labour(), c.parts(),
                c.cents(), c.payer(), sign(c.signer(), t)).fixedAt(t));
    }

    /** 回访: the four ratings (attitude, skill, arrival, promises) and the grade; a grievance or anger escalates. */
    boolean callBack(Instant at, Staff by, Rating[] ratings, FeedbackGrade grade, String note) {
        return step(RepairAction.CALL_BACK, at, by, note, (b, t) -> {
            boolean escalated = grade.escalates();
            callBacks.add(new RepairCallBack(id(random, t), repair.id(), t, by.id(), ratings[0], ratings[1],
                    ratings[2], ratings[3], grade, note, escalated));
            if (escalated) {
                b.escalatedAt(t);
            }
        });
    }

    boolean close(Instant at, Staff by, String note) {
        return step(RepairAction.CLOSE, at, by, note, (b, t) -> b.closed(t, null));
    }

    boolean cancel(Instant at, Staff by, String reason) {
        return step(RepairAction.CANCEL, at, by, reason, (b, t) -> b.closed(t, reason));
    }

    boolean reopen(Instant at, Staff by, String reason) {
        return step(RepairAction.REOPEN, at, by, reason, (b, t) -> b.fixedAt(null));
    }

    private boolean step(RepairAction action, Instant planned, Staff by, String note,
                         BiConsumer<Repair.Builder, Instant> work) {
        Instant at = planned.isAfter(last) ? planned : last.plusSeconds(60 + random.nextInt(240));
        if (at.isAfter(now)) {
            return false;
        }
        RepairStatus from = repair.status();
        if (!action.allowedFrom(from)) {
            throw new IllegalStateException(action + " from " + from + " in " + repair.number());
        }
        Repair.Builder change = repair.toBuilder().status(action.to());
        if (from == RepairStatus.ON_HOLD && action.to() != RepairStatus.ON_HOLD) {
            change.endHold(at);
        }
        work.accept(change, at);
        repair = change.build(at);
        last = at;
        events.add(event(action, at, by, from, note));
        return true;
    }

    /** The timeline's line, as the service words it: the fixer on the steps that send the repair somewhere. */
    private RepairEvent event(RepairAction action, Instant at, Staff by, RepairStatus from, String note) {
        boolean sent = action == RepairAction.DISPATCH || action == RepairAction.TRANSFER
                || action == RepairAction.REOPEN;
        Repair r = repair;
        return new RepairEvent(id(random, at), r.id(), at, by.id(), by.name(), action, from, r.status(),
                action == RepairAction.HOLD ? r.holdReason() : null, sent ? r.fixerKind() : null,
                sent ? r.vendor() : null, sent ? r.assigneeName() : null, note);
    }

    private String sign(String signer, Instant at) {
        boolean drawn = drawnPool > 0 && random.nextInt(100) < DRAWN_PERCENT;
        String id = id(random, at);
        signatures.add(new SignatureBatch.Row(id, signer, drawn ? random.nextInt(drawnPool) : -1, at));
        return id;
    }
}
