package com.frontdesk.handover;

import com.frontdesk.core.SiteDays;
import com.frontdesk.accounts.AccessControl;
import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.accounts.StaffMember;
import com.frontdesk.accounts.StaffRepository;
import com.frontdesk.core.Store;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.core.Validation;
import com.frontdesk.core.WriteContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The handover book's rules (交接班). The outgoing staff member starts a draft from the desk's current
 * checklist, counts each item (every difference and every item not in good condition needs a note),
 * and writes notes for the next shift; the program fills the lines it can count itself and nobody
 * types over them. Then three signatures, each proved by the signer's own password whoever sits at
 * the keyboard (one PC, people change at the desk): the outgoing side seals the content, the
 * incoming side signs or refuses with a reason (the refusal waits for the shift lead), and a shift
 * lead who is neither of the two countersigns. After the seal nothing of the handover changes;
 * {@link HandoverChain} proves it. The lists are {@link HandoverLists}.
 */
public final class HandoverService {
    static final String HANDOVER = "handover";
    static final String ITEM = "handover_item";
    static final String NOTE = "handover_note";
    static final String NUMBER_PREFIX = "JJ";
    private static final int MAX_NOTE = 500;
    private static final int MAX_ITEM_NOTE = 200;
    private static final int MAX_COUNT = 9999;

    private final Store store;
    private final AccessControl access;
    private final AccountService accounts;
    private final ChecklistTemplates templates;
    private final AutoCounts autoCounts;
    private final HandoverRepository repository = new HandoverRepository();
    private final StaffRepository staff = new StaffRepository();
    private final HandoverLists lists;
    private final HandoverChain chain;

    public HandoverService(Store store, AccessControl access, AccountService accounts, ChecklistTemplates templates,
                           AutoCounts autoCounts) {
        this.store = store;
        this.access = access;
        this.accounts = accounts;
        this.templates = templates;
        this.autoCounts = autoCounts;
        this.lists = new HandoverLists(store, access);
        this.chain = new HandoverChain(store);
    }

    // --- the draft --------------------------------------------------------------------------------

    /** A new draft for the desk from its current checklist, the automatic lines counted now. */
    public Handover start(Session session, String desk, String shift) {
        access.require(session, Permission.HAND_OVER);
        String d = clean(desk);
        String s = clean(shift);
        new Validation().required("desk", d).required("shift", s).throwIfAny();
        ChecklistTemplate template = templates.current(d, s)
                .orElseThrow(() -> new UserFacingException("handover.noTemplate", d, s));
        Map<AutoCount, AutoFigure> figures = figures(template.items().stream().map(ChecklistItem::auto).toList());
        return store.write(session.actor(), tx -> {
            repository.draftOf(tx.handle(), d).ifPresent(open -> {
                throw new UserFacingException("handover.draftOpen", open.number());
            });
            ZoneId zone = SiteDays.zone(tx.handle());
            LocalDate day = tx.now().atZone(zone).toLocalDate();
            Handover h = new Handover(tx.newId(), tx.nextNumber(NUMBER_PREFIX), d, s, day, template.id(),
                    template.version(), tx.now(), session.user().id(), session.user().name(), HandoverStatus.DRAFT,
                    null, null, null, null, null, null, null, null, null, null, null, null, tx.now(), tx.now());
            repository.insert(tx.handle(), h);
            tx.created(HANDOVER, h.id(), h);
            int position = 0;
            for (ChecklistItem c : template.items()) {
                position++;
                AutoFigure f = c.auto() == null ? null : figures.get(c.auto());
                HandoverItem i = new HandoverItem(tx.newId(), h.id(), position, c.code(), c.name(),
                        c.auto() == null ? c.expected() : null, f == null ? null : f.count(), null, null, c.auto(),
                        f == null ? null : f.detail());
                repository.insertItem(tx.handle(), i);
                tx.created(ITEM, i.id(), i);
            }
            return h;
        });
    }

    /** A line counted by hand: the number found, its condition, and the note a difference needs. */
    public HandoverItem count(Session session, String handoverId, String itemCode, int counted,
                              ItemCondition condition, String note) {
        access.require(session, Permission.HAND_OVER);
        String n = clean(note);
        new Validation().range("counted", counted, 0, MAX_COUNT)
                .check(condition != null, "condition", "validation.required")
                .maxLength("note", n, MAX_ITEM_NOTE).throwIfAny();
        return store.write(session.actor(), tx -> {
            Handover h = draft(tx, handoverId);
            HandoverItem before = repository.items(tx.handle(), h.id()).stream()
                    .filter(i -> i.code().equals(itemCode)).findFirst()
                    .orElseThrow(() -> new UserFacingException("error.notFound"));
            if (before.automatic()) {
                throw new UserFacingException("handover.autoLine", before.name());
            }
            HandoverItem after = before.counted(counted, condition, n);
            repository.updateItem(tx.handle(), after);
            tx.updated(ITEM, after.id(), before, after);
            return after;
        });
    }

    /** A note for the next shift, written in this draft; it is carried over until marked done. */
    public HandoverNote addNote(Session session, String handoverId, String text, NotePriority priority) {
        access.require(session, Permission.HAND_OVER);
        String t = clean(text);
        new Validation().required("note", t).maxLength("note", t, MAX_NOTE)
                .check(priority != null, "priority", "validation.required").throwIfAny();
        return store.write(session.actor(), tx -> {
            Handover h = draft(tx, handoverId);
            HandoverNote n = new HandoverNote(tx.newId(), h.desk(), h.id(), t, priority, session.user().id(),
                    session.user().name(), tx.now(), null, null, null);
            repository.insertNote(tx.handle(), n);
            tx.created(NOTE, n.id(), n);
            return n;
        });
    }

    /** The matter is dealt with: the note is no longer carried. A signed handover still shows it as it was. */
    public HandoverNote noteDone(Session session, String noteId) {
        access.require(session, Permission.HAND_OVER);
        return store.write(session.actor(), tx -> {
            HandoverNote before = repository.note(tx.handle(), noteId)
                    .orElseThrow(() -> new UserFacingException("error.notFound"));
            if (!before.open()) {
                throw new UserFacingException("handover.noteAlreadyDone");
            }
            HandoverNote after = before.done(tx.now(), session.user().id(), session.user().name());
            repository.noteDone(tx.handle(), after);
            tx.updated(NOTE, after.id(), before, after);
            return after;
        });
    }

    // --- the signatures ---------------------------------------------------------------------------

    /**
     * The outgoing staff member (who started the draft) signs with their own password: the automatic
     * lines are counted again, the notes shown are kept, and the content is sealed and chained to the
     * desk's previous handover.
     */
    public Handover signOutgoing(Session session, String handoverId, char[] password) {
        access.require(session, Permission.HAND_OVER);
        Handover h = store.read(hd -> repository.byId(hd, handoverId))
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        requireDraft(h);
        // Checked before the password is asked for, so an unfinished count costs no attempt.
        readyToSign(store.read(hd -> repository.items(hd, h.id())));
        String employeeNo = store.read(hd -> staff.byId(hd, h.outgoingStaffId())).map(StaffMember::employeeNo)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        Session signer = prove(employeeNo, password);
        access.require(signer, Permission.HAND_OVER);
        List<HandoverItem> draftItems = store.read(hd -> repository.items(hd, h.id()));
        Map<AutoCount, AutoFigure> figures = figures(draftItems.stream().map(HandoverItem::auto).toList());
        return store.write(signer.actor(), tx -> {
            Handover before = draft(tx, handoverId);
            List<HandoverItem> items = repository.items(tx.handle(), before.id()).stream()
                    .map(i -> i.automatic() ? recount(tx, i, figures.get(i.auto())) : i).toList();
            readyToSign(items);
            List<HandoverNote> shown = repository.live(tx.handle(), before);
            shown.forEach(n -> repository.showNote(tx.handle(), before.id(), n.id()));
            Optional<Handover> previous = repository.lastSealed(tx.handle(), before.desk());
            String prevNumber = previous.map(Handover::number).orElse(null);
            String prevSha = previous.map(Handover::sealSha256).orElse(null);
            Handover unsealed = before.sealed(tx.now(), prevNumber, prevSha, null, null);
            String seal = HandoverCanon.seal(unsealed, items, shown);
            Handover sealed = before.sealed(tx.now(), prevNumber, prevSha, seal, null);
            Handover after = sealed.withContentSha256(HandoverCanon.content(sealed));
            repository.seal(tx.handle(), after);
            tx.updated(HANDOVER, after.id(), before, after);
            return after;
        });
    }

    /** The incoming staff member, not the outgoing one, takes the desk over: named and proved by password. */
    public Handover signIncoming(Session session, String handoverId, String employeeNo, char[] password) {
        return incoming(session, handoverId, employeeNo, password, HandoverStatus.INCOMING_SIGNED, null);
    }

    /** The incoming staff member will not take the desk over as counted; the reason goes to the shift lead. */
    public Handover refuse(Session session, String handoverId, String employeeNo, char[] password, String reason) {
        String r = clean(reason);
        new Validation().required("refusalReason", r).maxLength("refusalReason", r, MAX_NOTE).throwIfAny();
        return incoming(session, handoverId, employeeNo, password, HandoverStatus.REFUSED, r);
    }

    /** The shift lead (or an administrator), neither of the two sides, countersigns a signed or refused handover. */
    public Handover countersign(Session session, String handoverId, String leadEmployeeNo, char[] password) {
        access.require(session, Permission.HAND_OVER);
        Handover h = read(handoverId);
        if (h.status() != HandoverStatus.INCOMING_SIGNED && h.status() != HandoverStatus.REFUSED) {
            throw new UserFacingException("handover.notWaitingForLead", h.number());
        }
        Session lead = prove(leadEmployeeNo, password);
        String id = lead.user().id();
        if (id.equals(h.outgoingStaffId()) || id.equals(h.incomingStaffId())) {
            throw new UserFacingException("handover.leadMustBeThird", h.number());
        }
        access.require(lead, Permission.COUNTERSIGN_HANDOVERS);
        return signature(lead, handoverId, before -> {
            if (before.status() != HandoverStatus.INCOMING_SIGNED && before.status() != HandoverStatus.REFUSED) {
                throw new UserFacingException("handover.notWaitingForLead", before.number());
            }
            return before.countersigned(id, lead.user().name(), null);
        });
    }

    // --- reads ------------------------------------------------------------------------------------

    public Optional<Handover> handover(String id) {
        return store.read(h -> repository.byId(h, id));
    }

    /** The lines in order and the notes shown: live for a draft, as signed for a sealed handover. */
    public Optional<HandoverDetail> detail(String id) {
        return store.read(h -> repository.byId(h, id).map(x -> new HandoverDetail(x, repository.items(h, id),
                x.draft() ? repository.live(h, x) : repository.shown(h, id))));
    }

    public List<Handover> history(HandoverFilter filter, Handover after, int limit) {
        return lists.history(filter, after, limit);
    }

    public List<HandoverNote> openNotes(String desk) {
        return lists.openNotes(desk);
    }

    public List<Handover> refusalsWaiting(Session session, Handover after, int limit) {
        return lists.refusalsWaiting(session, after, limit);
    }

    public int countRefusalsWaiting() {
        return lists.countRefusalsWaiting();
    }

    public boolean currentShiftDone(String desk, Instant shiftStart) {
        return lists.currentShiftDone(desk, shiftStart);
    }

    /** The desk's signed handovers changed behind the program's back, by number and what is wrong. */
    public List<HandoverFlaw> verify(String desk) {
        return chain.verify(desk);
    }

    public List<HandoverFlaw> verifyAll() {
        return chain.verifyAll();
    }

    // --- helpers ----------------------------------------------------------------------------------

    private Handover incoming(Session session, String handoverId, String employeeNo, char[] password,
                              HandoverStatus to, String reason) {
        access.require(session, Permission.HAND_OVER);
        Handover h = read(handoverId);
        requireAwaitingIncoming(h);
        Session signer = prove(employeeNo, password);
        if (signer.user().id().equals(h.outgoingStaffId())) {
            throw new UserFacingException("handover.sameSigner", h.number());
        }
        access.require(signer, Permission.HAND_OVER);
        return signature(signer, handoverId, before -> {
            requireAwaitingIncoming(before);
            return before.incoming(to, signer.user().id(), signer.user().name(), null, reason);
        });
    }

    private interface Change {
        /** The handover after the signature; its time is filled in by {@link #signature}. */
        Handover apply(Handover before);
    }

    /** A signature after the seal: only the signature columns and the content hash change. */
    private Handover signature(Session signer, String handoverId, Change change) {
        return store.write(signer.actor(), tx -> {
            Handover before = repository.byId(tx.handle(), handoverId)
                    .orElseThrow(() -> new UserFacingException("error.notFound"));
            Handover signed = stamped(change.apply(before), tx);
            Handover after = signed.withContentSha256(HandoverCanon.content(signed));
            repository.sign(tx.handle(), after);
            tx.updated(HANDOVER, after.id(), before, after);
            return after;
        });
    }

    /** The signature's time is the write's, so the hash covers the instant stored. */
    private static Handover stamped(Handover h, WriteContext tx) {
        if (h.status() == HandoverStatus.COUNTERSIGNED) {
            return h.countersigned(h.leadStaffId(), h.leadName(), tx.now());
        }
        return h.incoming(h.status(), h.incomingStaffId(), h.incomingName(), tx.now(), h.refusalReason());
    }

    /** The signer proves who they are; a wrong password is audited and counts towards the lock-out. */
    private Session prove(String employeeNo, char[] password) {
        String no = clean(employeeNo);
        new Validation().required("employeeNo", no)
                .check(password != null && password.length > 0, "password", "validation.required").throwIfAny();
        return accounts.authenticate(no, password, AccountService.Purpose.SIGN);
    }

    private HandoverItem recount(WriteContext tx, HandoverItem before, AutoFigure f) {
        HandoverItem after = before.autoCounted(f.count(), f.detail());
        if (!after.equals(before)) {
            repository.updateItem(tx.handle(), after);
            tx.updated(ITEM, after.id(), before, after);
        }
        return after;
    }

    /** Every line counted, and a note for every difference: otherwise the outgoing side cannot sign. */
    private static void readyToSign(List<HandoverItem> items) {
        List<String> uncounted = items.stream().filter(i -> !i.automatic() && (i.counted() == null
                || i.condition() == null)).map(HandoverItem::name).toList();
        if (!uncounted.isEmpty()) {
            throw new UserFacingException("handover.notCounted", String.join("、", uncounted));
        }
        List<String> unexplained = items.stream().filter(i -> i.differs() && i.note() == null)
                .map(HandoverItem::name).toList();
        if (!unexplained.isEmpty()) {
            throw new UserFacingException("handover.differenceNeedsNote", String.join("、", unexplained));
        }
    }

    private Map<AutoCount, AutoFigure> figures(List<AutoCount> lines) {
        Map<AutoCount, AutoFigure> figures = new EnumMap<>(AutoCount.class);
        lines.stream().filter(a -> a != null).forEach(a -> figures.computeIfAbsent(a, autoCounts::count));
        return figures;
    }

    private Handover read(String id) {
        return store.read(h -> repository.byId(h, id)).orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    private Handover draft(WriteContext tx, String id) {
        Handover h = repository.byId(tx.handle(), id).orElseThrow(() -> new UserFacingException("error.notFound"));
        requireDraft(h);
        return h;
    }

    private static void requireDraft(Handover h) {
        if (!h.draft()) {
            throw new UserFacingException("handover.signedNoChange", h.number());
        }
    }

    private static void requireAwaitingIncoming(Handover h) {
        if (h.status() != HandoverStatus.OUTGOING_SIGNED) {
            throw new UserFacingException(h.draft() ? "handover.outgoingFirst" : "handover.notAwaitingIncoming",
                    h.number());
        }
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
