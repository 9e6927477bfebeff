package com.frontdesk.repairs;

import com.frontdesk.accounts.AccessControl;
import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.Store;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.core.Validation;
import com.frontdesk.core.WriteContext;
import com.frontdesk.directory.DirectoryRepository;
import com.frontdesk.directory.Room;
import com.frontdesk.parcels.Signature;
import com.frontdesk.parcels.SignatureRepository;
import com.frontdesk.parcels.Signatures;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The repair book's rules: intake by place, dispatch to a fixer (transfer 转单, return 退单), the
 * status flow of {@link RepairAction} with a timeline of every step, deadlines per priority with
 * the time on hold kept apart, completion against the owner's signature, the call-back with its
 * ratings (a grievance or anger is raised to the shift lead). The lists and counts are
 * {@link RepairLists}, the figures and the CSV {@link RepairReports}.
 */
public final class RepairService {
    static final String REPAIR = "repair";
    static final String EVENT = "repair_event";
    static final String CALL_BACK = "repair_callback";
    static final String VISIT_LINK = "repair_visit";
    static final String NUMBER_PREFIX = "BX";
    private static final int MAX_REASON = 200;
    private static final String CONTRACTOR = "CONTRACTOR";

    private final Store store;
    private final AccessControl access;
    private final Supplier<RepairSettings> settings;
    private final RepairRepository repository = new RepairRepository();
    private final DirectoryRepository directory = new DirectoryRepository();
    private final SignatureRepository signatures = new SignatureRepository();

    /** Settings read on every call, so a change applies to the next intake or dispatch at once. */
    public RepairService(Store store, AccessControl access, Supplier<RepairSettings> settings) {
        this.store = store;
        this.access = access;
        this.settings = settings;
    }

    // --- intake ---------------------------------------------------------------------------------

    /**
     * Takes a repair down: numbered {@code BX-yyyyMMdd-NNNN}, the place named from the directory as
     * it is now, and the deadline of its priority as Settings has it now.
     */
    public Repair take(Session session, RepairForm form) {
        access.require(session, Permission.TAKE_REPAIRS);
        form.validate();
        RepairSettings s = settings.get();
        new Validation().check(s.category(form.category()).isPresent(), "repairCategory", "repair.categoryUnknown",
                form.category()).throwIfAny();
        RepairDeadline deadline = s.deadline(form.priority());
        return store.write(session.actor(), tx -> {
            String location = form.locationText();
            String roomCode = null;
            if (form.roomId() != null) {
                Optional<String> label = directory.label(tx.handle(), form.roomId(), form.occupantId());
                new Validation().check(label.isPresent(), "location", "repair.locationNotFound").throwIfAny();
                location = label.get();
                roomCode = directory.roomById(tx.handle(), form.roomId()).map(Room::code).orElse(null);
            }
            String phone = form.reporterPhone() != null ? form.reporterPhone() : phoneOnFile(tx, form);
            Instant now = tx.now();
            Repair r = new Repair(tx.newId(), tx.nextNumber(NUMBER_PREFIX), form.channel(), form.roomId(),
                    form.occupantId(), location, roomCode, form.reporterName(), phone, form.category(),
                    form.description(), form.priority(), RepairStatus.NEW, now, session.user().id(),
                    deadline.respondHours(), deadline.fixHours(), 0, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, now, now);
            repository.insert(tx.handle(), r);
            tx.created(REPAIR, r.id(), r);
            event(tx, session, RepairAction.TAKE, null, r, null);
            return r;
        });
    }

    /**
     * The first phone the directory keeps for the person picked, read in the write so it is the one
     * on file at intake. A patrol's report may have none; any other needs one to call back.
     */
    private String phoneOnFile(WriteContext tx, RepairForm form) {
        String onFile = form.occupantId() == null ? null : directory.occupantById(tx.handle(), form.occupantId())
                .flatMap(o -> o.phones().stream().findFirst()).orElse(null);
        new Validation().check(onFile != null || form.channel() == RepairChannel.PATROL, "reporterPhone",
                "repair.noPhoneOnFile").throwIfAny();
        return onFile;
    }

    // --- dispatch -----------------------------------------------------------------------------------

    /** Hands a new repair to a fixer; the first dispatch is the response the respond deadline asks for. */
    public Repair dispatch(Session session, String repairId, DispatchForm form) {
        access.require(session, RepairAction.DISPATCH.permission());
        form.validate();
        return step(session, repairId, RepairAction.DISPATCH, (tx, before, b) -> {
            applyDispatch(tx, before, b, form);
            b.responded(tx.now());
            return form.note();
        });
    }

    /** 转单: to another fixer or assignee, with a reason; from dispatched, in progress or on hold. */
    public Repair transfer(Session session, String repairId, DispatchForm form, String reason) {
        access.require(session, RepairAction.TRANSFER.permission());
        form.validate();
        String why = reason(reason);
        return step(session, repairId, RepairAction.TRANSFER, (tx, before, b) -> {
            applyDispatch(tx, before, b, form);
            return why;
        });
    }

    /** 退单: the fixer gives it back; it is new again and waits for a dispatch. */
    public Repair returnDispatch(Session session, String repairId, String reason) {
        access.require(session, RepairAction.RETURN.permission());
        String why = reason(reason);
        return step(session, repairId, RepairAction.RETURN, (tx, before, b) -> {
            b.fixer(null, null, null, null, null);
            return why;
        });
    }

    // --- progress -----------------------------------------------------------------------------------

    public Repair start(Session session, String repairId, String note) {
        access.require(session, RepairAction.START.permission());
        String n = note(note);
        return step(session, repairId, RepairAction.START, (tx, before, b) -> n);
    }

    /** Work stops, waiting for the vendor, parts or the owner; the reason and a note are required. */
    public Repair hold(Session session, String repairId, HoldReason reason, String note) {
        access.require(session, RepairAction.HOLD.permission());
        String n = RepairForm.clean(note);
        new Validation().check(reason != null, "holdReason", "validation.required")
                .required("holdNote", n).maxLength("holdNote", n, MAX_REASON).throwIfAny();
        return step(session, repairId, RepairAction.HOLD, (tx, before, b) -> {
            b.hold(reason, n, tx.now());
            return n;
        });
    }

    public Repair resume(Session session, String repairId, String note) {
        access.require(session, RepairAction.RESUME.permission());
        String n = note(note);
        return step(session, repairId, RepairAction.RESUME, (tx, before, b) -> n);
    }

    /** Done: service kind, labour, parts, cost and who pays, against the owner's signature (drawn or typed). */
    public Repair complete(Session session, String repairId, CompletionForm form) {
        access.require(session, RepairAction.COMPLETE.permission());
        form.validate();
        return step(session, repairId, RepairAction.COMPLETE, (tx, before, b) -> {
            Signature signature = Signatures.save(tx, form.signature(), "signature");
            b.completion(form.serviceKind(), form.labour(), form.parts(), form.costCents(), form.payer(),
                    signature.id()).fixedAt(tx.now());
            return form.note();
        });
    }

    /**
     * 回访: the owner's ratings after the work was done. A grievance or anger marks the repair as
     * escalated: it appears on the shift lead's {@link #escalations} list.
     */
    public Repair callBack(Session session, String repairId, CallBackForm form) {
        access.require(session, RepairAction.CALL_BACK.permission());
        form.validate();
        return step(session, repairId, RepairAction.CALL_BACK, (tx, before, b) -> {
            boolean escalated = form.feedback().escalates();
            RepairCallBack c = new RepairCallBack(tx.newId(), repairId, tx.now(), session.user().id(),
                    form.attitude(), form.skill(), form.arrival(), form.promises(), form.feedback(), form.note(),
                    escalated);
            repository.insertCallBack(tx.handle(), c);
            tx.created(CALL_BACK, c.id(), c);
            if (escalated) {
                b.escalatedAt(tx.now());
            }
            return form.note();
        });
    }

    // --- the shift lead's steps -------------------------------------------------------------------

    public Repair close(Session session, String repairId, String note) {
        access.require(session, RepairAction.CLOSE.permission());
        String n = note(note);
        return step(session, repairId, RepairAction.CLOSE, (tx, before, b) -> {
            b.closed(tx.now(), null);
            return n;
        });
    }

    /** Cancelled with a reason, from any state before it is done. */
    public Repair cancel(Session session, String repairId, String reason) {
        access.require(session, RepairAction.CANCEL.permission());
        String why = reason(reason);
        return step(session, repairId, RepairAction.CANCEL, (tx, before, b) -> {
            b.closed(tx.now(), why);
            return why;
        });
    }

    /** The owner is not satisfied at the call-back: back to the same fixer, no longer done. */
    public Repair reopen(Session session, String repairId, String reason) {
        access.require(session, RepairAction.REOPEN.permission());
        String why = reason(reason);
        return step(session, repairId, RepairAction.REOPEN, (tx, before, b) -> {
            b.fixedAt(null);
            return why;
        });
    }

    // --- visits ---------------------------------------------------------------------------------

    /**
     * Links a contractor's visit from the visitor register to the repair it serves. Linking the
     * same visit twice changes nothing.
     */
    public RepairVisitLink linkVisit(Session session, String repairId, String visitId) {
        access.require(session, Permission.TAKE_REPAIRS);
        return store.write(session.actor(), tx -> {
            repository.byId(tx.handle(), repairId).orElseThrow(() -> new UserFacingException("error.notFound"));
            Optional<String> purpose = repository.visitPurpose(tx.handle(), visitId);
            new Validation().check(purpose.isPresent(), "visit", "repair.visitNotFound")
                    .check(purpose.isEmpty() || CONTRACTOR.equals(purpose.get()), "visit",
                            "repair.visitNotContractor")
                    .throwIfAny();
            Optional<RepairVisitLink> existing = repository.visitLinks(tx.handle(), repairId).stream()
                    .filter(l -> l.visitId().equals(visitId)).findFirst();
            if (existing.isPresent()) {
                return existing.get();
            }
            RepairVisitLink link = new RepairVisitLink(tx.newId(), repairId, visitId, tx.now(), session.user().id());
            repository.insertVisitLink(tx.handle(), link);
            tx.created(VISIT_LINK, link.id(), link);
            return link;
        });
    }

    /** The repairs a visit served, by id, oldest link first. */
    public List<String> repairsOfVisit(String visitId) {
        return store.read(h -> repository.repairsOfVisit(h, visitId));
    }

    // --- reads ----------------------------------------------------------------------------------

    public Optional<Repair> repair(String id) {
        return store.read(h -> repository.byId(h, id));
    }

    /** The repair with its deadlines now (the holds summed from its timeline), call-backs and visits. */
    public Optional<RepairDetail> detail(String id) {
        Instant now = store.clock().instant();
        return store.read(h -> repository.byId(h, id).map(r -> {
            List<RepairEvent> timeline = repository.timeline(h, id);
            return new RepairDetail(r, RepairClock.of(r, timeline, now), timeline, repository.callBacks(h, id),
                    repository.visitLinks(h, id));
        }));
    }

    /** The signature taken at completion (who signed, drawn or typed); empty before it is done. */
    public Optional<Signature> signature(Repair r) {
        return r.signatureId() == null ? Optional.empty() : store.read(h -> signatures.byId(h, r.signatureId()));
    }

    /** Staff a repair can be assigned to, so it shows on their own list; engineers without an account are named in words. */
    public List<Assignee> assignees() {
        return store.read(repository::activeStaff);
    }

    /**
     * The reporter's phone in full, for whoever dispatches and calls back: the agent phones the
     * owner to agree the appointment and for the call-back. The reveal is audited.
     */
    public String revealPhone(Session session, String repairId) {
        access.require(session, Permission.DISPATCH_REPAIRS);
        return store.write(session.actor(), tx -> {
            Repair r = repository.byId(tx.handle(), repairId)
                    .orElseThrow(() -> new UserFacingException("error.notFound"));
            tx.audit(REPAIR, repairId, "REVEAL", Map.of("field", "reporterPhone"));
            return r.reporterPhone() == null ? "" : r.reporterPhone();
        });
    }

    /** Every step, oldest first. */
    public List<RepairEvent> timeline(String repairId) {
        return store.read(h -> repository.timeline(h, repairId));
    }

    public List<RepairCallBack> callBacks(String repairId) {
        return store.read(h -> repository.callBacks(h, repairId));
    }

    /** The deadlines of a repair at the clock's now, the holds summed from its timeline. */
    public Optional<RepairClock> clock(String repairId) {
        return detail(repairId).map(RepairDetail::clock);
    }

    // --- helpers ----------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Step {
        /** Changes the copy and returns the note for the timeline. */
        String apply(WriteContext tx, Repair before, Repair.Builder change);
    }

    /**
     * One step of the flow: the right was checked by the caller; here the repair is read in the
     * write, the step refused unless the table allows it from the repair's status, a running hold
     * ended when the step leaves it, and the change, its timeline line, audit and outbox written.
     */
    private Repair step(Session session, String repairId, RepairAction action, Step work) {
        return store.write(session.actor(), tx -> {
            Repair before = repository.byId(tx.handle(), repairId)
                    .orElseThrow(() -> new UserFacingException("error.notFound"));
            if (!action.allowedFrom(before.status())) {
                throw new UserFacingException(action.refusedKey(), before.number());
            }
            Repair.Builder change = before.toBuilder().status(action.to());
            if (before.status() == RepairStatus.ON_HOLD && action.to() != RepairStatus.ON_HOLD) {
                change.endHold(tx.now());
            }
            String note = work.apply(tx, before, change);
            Repair after = change.build(tx.now());
            repository.update(tx.handle(), after);
            tx.updated(REPAIR, repairId, before, after);
            event(tx, session, action, before.status(), after, note);
            return after;
        });
    }

    private void event(WriteContext tx, Session session, RepairAction action, RepairStatus from, Repair after,
                       String note) {
        boolean sent = action == RepairAction.DISPATCH || action == RepairAction.TRANSFER
                || action == RepairAction.REOPEN;
        RepairEvent e = new RepairEvent(tx.newId(), after.id(), tx.now(), session.user().id(), session.user().name(),
                action, from, after.status(), action == RepairAction.HOLD ? after.holdReason() : null,
                sent ? after.fixerKind() : null, sent ? after.vendor() : null, sent ? after.assigneeName() : null,
                note);
        repository.insertEvent(tx.handle(), e);
        tx.created(EVENT, e.id(), e);
    }

    /** The vendor from Settings (of the dispatch's kind), the assignee's name from their account. */
    private void applyDispatch(WriteContext tx, Repair before, Repair.Builder change, DispatchForm form) {
        RepairSettings s = settings.get();
        String vendor = form.vendor();
        Optional<RepairVendor> known = vendor == null ? Optional.empty() : s.vendor(vendor);
        String staffName = form.assigneeStaffId() == null ? null
                : repository.activeStaffName(tx.handle(), form.assigneeStaffId()).orElse(null);
        new Validation()
                .check(vendor == null || known.isPresent() && known.get().kind() == form.fixerKind(), "vendor",
                        "repair.vendorUnknown", vendor == null ? "" : vendor)
                .check(form.assigneeStaffId() == null || staffName != null, "assignee", "repair.assigneeUnknown")
                .check(form.appointmentAt() == null || !form.appointmentAt().isBefore(before.reportedAt()),
                        "appointment", "repair.appointmentBeforeReport")
                .throwIfAny();
        change.fixer(form.fixerKind(), vendor, form.assigneeStaffId(),
                staffName != null ? staffName : form.assigneeName(), form.appointmentAt());
    }

    private static String reason(String reason) {
        String why = RepairForm.clean(reason);
        new Validation().required("reason", why).maxLength("reason", why, MAX_REASON).throwIfAny();
        return why;
    }

    private static String note(String note) {
        String n = RepairForm.clean(note);
        new Validation().maxLength("note", n, MAX_REASON).throwIfAny();
        return n;
    }
}
