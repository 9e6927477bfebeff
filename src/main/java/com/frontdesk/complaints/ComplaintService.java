package com.frontdesk.complaints;

import com.frontdesk.core.SiteDays;
import com.frontdesk.accounts.AccessControl;
import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.Store;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.core.Validation;
import com.frontdesk.core.WriteContext;
import com.frontdesk.directory.DirectoryRepository;
import com.frontdesk.directory.Room;
import com.frontdesk.repairs.CallBackForm;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The complaint book's rules (ISO 10002's path: a number at intake, acknowledgement, investigation,
 * answer, closure, feedback): the clocks fixed at intake (first response in hours, the final answer
 * in working days of the site's calendar), escalation to the shift lead (anger, a serious or urgent
 * case at once; a first response overdue too), the steps of {@link ComplaintAction} with a
 * timeline, acceptance or a reopened linked case, and the call-back. The lists are
 * {@link ComplaintLists}, the figures {@link ComplaintReports}.
 */
public final class ComplaintService {
    static final String COMPLAINT = "complaint";
    static final String EVENT = "complaint_event";
    static final String CALL_BACK = "complaint_callback";
    static final String NUMBER_PREFIX = "TS";
    private static final int MAX_NOTE = 500;

    private final Store store;
    private final AccessControl access;
    private final Supplier<ComplaintSettings> settings;
    private final ComplaintRepository repository = new ComplaintRepository();
    private final DirectoryRepository directory = new DirectoryRepository();

    /** Settings read on every call, so a changed deadline or holiday applies to the next intake. */
    public ComplaintService(Store store, AccessControl access, Supplier<ComplaintSettings> settings) {
        this.store = store;
        this.access = access;
        this.settings = settings;
    }

    // --- intake ---------------------------------------------------------------------------------

    /**
     * Takes a complaint (or praise, or a suggestion) down: numbered {@code TS-yyyyMMdd-NNNN}, its
     * clocks from the settings now, and escalated at once when angry, serious or urgent.
     */
    public Complaint take(Session session, ComplaintForm form) {
        access.require(session, Permission.TAKE_COMPLAINTS);
        form.validate();
        ComplaintSettings s = settings.get();
        new Validation().check(s.category(form.category()).isPresent(), "complaintCategory",
                "complaint.categoryUnknown", form.category()).throwIfAny();
        return store.write(session.actor(), tx -> {
            Complaint c = newCase(tx, session, form, s, null);
            event(tx, session, ComplaintAction.TAKE, null, c, null);
            return c;
        });
    }

    // --- handling -------------------------------------------------------------------------------

    /** The first response (受理回复): how the complainant was told the case is taken and what happens next. */
    public Complaint acknowledge(Session session, String id, ResponseMethod how, String note) {
        access.require(session, ComplaintAction.ACKNOWLEDGE.permission());
        String n = note(note);
        new Validation().check(how != null, "responseMethod", "validation.required").throwIfAny();
        return step(session, id, ComplaintAction.ACKNOWLEDGE, (tx, before, b) -> {
            if (before.acknowledgedAt() != null) {
                throw new UserFacingException("complaint.alreadyAcknowledged", before.number());
            }
            b.acknowledged(tx.now(), how);
            if (before.firstResponseDue().isBefore(tx.now())) {
                b.escalated(tx.now(), EscalationReason.FIRST_RESPONSE_OVERDUE);
            }
            return n;
        });
    }

    /** Who handles it: a staff member or a name in words, and the responsible department. */
    public Complaint assign(Session session, String id, String assigneeStaffId, String assigneeName,
                            String department, String note) {
        access.require(session, ComplaintAction.ASSIGN.permission());
        String staffId = ComplaintForm.clean(assigneeStaffId);
        String name = ComplaintForm.clean(assigneeName);
        String dept = ComplaintForm.clean(department);
        String n = note(note);
        new Validation().check(staffId != null || name != null, "handler", "complaint.assigneeRequired")
                .maxLength("handler", name, 40)
                .required("department", dept).maxLength("department", dept, 20)
                .throwIfAny();
        return step(session, id, ComplaintAction.ASSIGN, (tx, before, b) -> {
            String staffName = staffId == null ? null : repository.activeStaffName(tx.handle(), staffId).orElse(null);
            new Validation().check(staffId == null || staffName != null, "handler", "complaint.assigneeUnknown")
                    .throwIfAny();
            String handler = staffName != null ? staffName : name;
            b.assigned(staffId, handler, dept);
            // The timeline says to whom, then the agent's note.
            String to = "→ " + (handler.contains(dept) ? handler : handler + " · " + dept);
            return n == null ? to : to + "：" + n;
        });
    }

    /** An investigation note in the timeline. */
    public Complaint note(Session session, String id, String text) {
        access.require(session, ComplaintAction.NOTE.permission());
        String n = ComplaintForm.clean(text);
        new Validation().required("note", n).maxLength("note", n, MAX_NOTE).throwIfAny();
        return step(session, id, ComplaintAction.NOTE, (tx, before, b) -> n);
    }

    /**
     * The final answer. Judging a complaint unfounded is the shift lead's. An answer is a response,
     * so a case not yet acknowledged counts as acknowledged by it.
     */
    public Complaint answer(Session session, String id, AnswerForm form) {
        access.require(session, ComplaintAction.ANSWER.permission());
        form.validate();
        if (!form.founded()) {
            access.require(session, Permission.CLOSE_COMPLAINTS);
        }
        return step(session, id, ComplaintAction.ANSWER, (tx, before, b) -> {
            new Validation().check(form.department() != null || before.department() != null, "department",
                    "complaint.departmentRequired").throwIfAny();
            if (before.acknowledgedAt() == null) {
                b.acknowledged(tx.now(), form.how());
            }
            b.answered(tx.now(), form);
            return form.answer();
        });
    }

    // --- the complainant's reply ----------------------------------------------------------------

    /** The complainant accepts the answer: closed, recorded with how they said so. */
    public Complaint accept(Session session, String id, ResponseMethod how, String note) {
        access.require(session, ComplaintAction.ACCEPT.permission());
        String n = note(note);
        new Validation().check(how != null, "responseMethod", "validation.required").throwIfAny();
        return step(session, id, ComplaintAction.ACCEPT, (tx, before, b) -> {
            b.closed(tx.now(), how);
            return n;
        });
    }

    /**
     * The complainant does not accept: this case ends as REOPENED and a new case, linked to it,
     * carries the complaint on with its own clocks from now. Returns the new case.
     */
    public Complaint reject(Session session, String id, String complainantSays) {
        access.require(session, ComplaintAction.REJECT.permission());
        String words = ComplaintForm.clean(complainantSays);
        new Validation().required("reason", words).maxLength("reason", words, MAX_NOTE).throwIfAny();
        ComplaintSettings s = settings.get();
        return store.write(session.actor(), tx -> {
            Complaint before = read(tx, id);
            refuseUnlessAllowed(ComplaintAction.REJECT, before);
            // The complainant's new words first, then the story so far, as much as the form holds.
            String story = words + "（不接受 " + before.number() + " 的答复）"
                    + (before.whatHappened() == null ? "" : "\n" + before.whatHappened());
            ComplaintForm again = new ComplaintForm(before.kind(), before.channel(), before.roomId(),
                    before.occupantId(), before.roomId() == null ? before.complainant() : null, before.contactPhone(),
                    before.subject(), story.length() > ComplaintForm.MAX_TEXT ? story.substring(0,
                    ComplaintForm.MAX_TEXT) : story, before.whatTheyWant(), before.category(), before.nature(),
                    before.severity(), before.mood());
            Complaint next = newCase(tx, session, again, s, before);
            Complaint after = before.toBuilder().status(ComplaintStatus.REOPENED).closed(tx.now(), null)
                    .next(next.id()).build(tx.now());
            repository.update(tx.handle(), after);
            tx.updated(COMPLAINT, id, before, after);
            event(tx, session, ComplaintAction.REJECT, before.status(), after, words);
            event(tx, session, ComplaintAction.TAKE, null, next, before.number() + ": " + words);
            return next;
        });
    }

    /** The call-back after closing (once): the four ratings and the feedback grade. */
    public Complaint callBack(Session session, String id, CallBackForm form) {
        access.require(session, ComplaintAction.CALL_BACK.permission());
        form.validate();
        return step(session, id, ComplaintAction.CALL_BACK, (tx, before, b) -> {
            if (before.calledBackAt() != null) {
                throw new UserFacingException("complaint.alreadyCalledBack", before.number());
            }
            ComplaintCallBack c = new ComplaintCallBack(tx.newId(), id, tx.now(), session.user().id(),
                    form.attitude(), form.skill(), form.arrival(), form.promises(), form.feedback(), form.note());
            repository.insertCallBack(tx.handle(), c);
            tx.created(CALL_BACK, c.id(), c);
            b.calledBack(tx.now());
            return form.note();
        });
    }

    /**
     * The shift lead has seen the escalation. A first response overdue is recorded as the
     * escalation's reason when nothing escalated the case before.
     */
    public Complaint takeNotice(Session session, String id, String note) {
        access.require(session, ComplaintAction.TAKE_NOTICE.permission());
        String n = note(note);
        return step(session, id, ComplaintAction.TAKE_NOTICE, (tx, before, b) -> {
            boolean lateResponse = before.acknowledgedAt() != null ? false
                    : before.firstResponseDue() != null && before.firstResponseDue().isBefore(tx.now());
            if (before.escalationSeenAt() != null || before.escalatedAt() == null && !lateResponse) {
                throw new UserFacingException("complaint.nothingToNotice", before.number());
            }
            b.escalated(tx.now(), EscalationReason.FIRST_RESPONSE_OVERDUE).noticed(tx.now(), session.user().id());
            return n;
        });
    }

    /** The contact phone in full for whoever handles the case; the reveal is audited. */
    public String revealPhone(Session session, String id) {
        access.require(session, Permission.HANDLE_COMPLAINTS);
        return store.write(session.actor(), tx -> {
            Complaint c = read(tx, id);
            tx.audit(COMPLAINT, id, "REVEAL", Map.of("field", "contactPhone"));
            return c.contactPhone() == null ? "" : c.contactPhone();
        });
    }

    // --- reads ----------------------------------------------------------------------------------

    public Optional<Complaint> complaint(String id) {
        return store.read(h -> repository.byId(h, id));
    }

    /** The case with its clocks now, timeline, call-back, and the earlier cases it carries on. */
    public Optional<ComplaintDetail> detail(String id) {
        Instant now = store.clock().instant();
        return store.read(h -> repository.byId(h, id).map(c -> {
            List<Complaint> earlier = new ArrayList<>();
            List<ComplaintEvent> earlierTimeline = new ArrayList<>();
            for (String p = c.previousId(); p != null; ) {
                Complaint prev = repository.byId(h, p).orElse(null);
                if (prev == null) {
                    break;
                }
                earlier.add(0, prev);
                earlierTimeline.addAll(0, repository.timeline(h, prev.id()));
                p = prev.previousId();
            }
            return new ComplaintDetail(c, ComplaintClock.of(c, now), repository.timeline(h, id),
                    repository.callBack(h, id), earlier, earlierTimeline);
        }));
    }

    public List<ComplaintEvent> timeline(String id) {
        return store.read(h -> repository.timeline(h, id));
    }

    // --- helpers ----------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Step {
        /** Changes the copy and returns the note for the timeline. */
        String apply(WriteContext tx, Complaint before, Complaint.Builder change);
    }

    private Complaint step(Session session, String id, ComplaintAction action, Step work) {
        return store.write(session.actor(), tx -> {
            Complaint before = read(tx, id);
            refuseUnlessAllowed(action, before);
            Complaint.Builder change = before.toBuilder().status(action.to(before.status()));
            String note = work.apply(tx, before, change);
            Complaint after = change.build(tx.now());
            repository.update(tx.handle(), after);
            tx.updated(COMPLAINT, id, before, after);
            event(tx, session, action, before.status(), after, note);
            return after;
        });
    }

    private Complaint read(WriteContext tx, String id) {
        return repository.byId(tx.handle(), id).orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    private static void refuseUnlessAllowed(ComplaintAction action, Complaint c) {
        if (!action.allowedFrom(c.status())) {
            throw new UserFacingException(action.refusedKey(), c.number());
        }
    }

    /** A new case, numbered, named from the directory as it is now, with its clocks and escalation. */
    private Complaint newCase(WriteContext tx, Session session, ComplaintForm form, ComplaintSettings s,
                             Complaint previous) {
        String complainant = form.complainantText();
        String roomCode = null;
        String phone = form.contactPhone();
        if (form.roomId() != null) {
            Optional<String> label = directory.label(tx.handle(), form.roomId(), form.occupantId());
            new Validation().check(label.isPresent(), "complainant", "complaint.complainantNotFound").throwIfAny();
            complainant = label.get();
            roomCode = directory.roomById(tx.handle(), form.roomId()).map(Room::code).orElse(null);
            if (phone == null && form.occupantId() != null) {
                phone = repository.phoneOnFile(tx.handle(), form.occupantId()).orElse(null);
            }
        }
        new Validation().check(form.kind() != ComplaintKind.COMPLAINT || phone != null, "contactPhone",
                "complaint.phoneRequired").throwIfAny();
        Instant now = tx.now();
        boolean complaint = form.kind() == ComplaintKind.COMPLAINT;
        ZoneId zone = SiteDays.zone(tx.handle());
        Instant firstDue = complaint ? now.plus(Duration.ofHours(s.firstResponseHours())) : null;
        Instant resolutionDue = complaint ? s.calendar().dueAfter(now, s.resolutionWorkingDays(), zone) : null;
        EscalationReason escalation = !complaint ? null
                : form.severity() == Severity.URGENT ? EscalationReason.URGENT
                : form.severity() == Severity.SERIOUS ? EscalationReason.SERIOUS
                : form.mood() == Mood.ANGER ? EscalationReason.ANGER : null;
        Complaint c = new Complaint(tx.newId(), tx.nextNumber(NUMBER_PREFIX), form.kind(), form.channel(), now,
                session.user().id(), form.roomId(), form.occupantId(), roomCode, complainant, phone, form.subject(),
                form.whatHappened(), form.whatTheyWant(), form.category(), form.nature(), form.severity(), form.mood(),
                complaint ? ComplaintStatus.OPEN : ComplaintStatus.RECORDED, firstDue, resolutionDue, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null,
                escalation == null ? null : now, escalation, null, null, previous == null ? null : previous.id(),
                null, null, now, now);
        repository.insert(tx.handle(), c);
        tx.created(COMPLAINT, c.id(), c);
        return c;
    }

    private void event(WriteContext tx, Session session, ComplaintAction action, ComplaintStatus from,
                       Complaint after, String note) {
        ComplaintEvent e = new ComplaintEvent(tx.newId(), after.id(), tx.now(), session.user().id(),
                session.user().name(), action, from, after.status(), note);
        repository.insertEvent(tx.handle(), e);
        tx.created(EVENT, e.id(), e);
    }

    private static String note(String note) {
        String n = ComplaintForm.clean(note);
        new Validation().maxLength("note", n, MAX_NOTE).throwIfAny();
        return n;
    }
}
