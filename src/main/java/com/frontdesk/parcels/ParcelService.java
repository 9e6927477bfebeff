package com.frontdesk.parcels;

import com.frontdesk.accounts.AccessControl;
import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.Problem;
import com.frontdesk.core.SiteDays;
import com.frontdesk.core.Store;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.core.Validation;
import com.frontdesk.core.ValidationException;
import com.frontdesk.core.WriteContext;
import com.frontdesk.directory.DirectoryRepository;
import com.frontdesk.directory.Occupant;
import com.frontdesk.directory.ParcelConsent;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The parcel sign-off book's rules: intake (duplicates warned, recipients who refused parcels
 * turned back), the notice to the recipient, pickup against a signature (by a proxy with name and
 * phone), the other ends, ageing, and the counts the handover and the dashboard read.
 */
public final class ParcelService {
    static final String PARCEL = "parcel";
    static final String NUMBER_PREFIX = "KD";
    static final int MAX_PAGE = 500;
    private static final String OCCUPANT = "occupant";

    private final Store store;
    private final AccessControl access;
    private final Supplier<ParcelSettings> settings;
    private final ParcelRepository repository = new ParcelRepository();
    private final DirectoryRepository directory = new DirectoryRepository();

    /** Settings read on every call, so a change applies at once. */
    public ParcelService(Store store, AccessControl access, Supplier<ParcelSettings> settings) {
        this.store = store;
        this.access = access;
        this.settings = settings;
    }

    /** Intake without overriding the duplicate warning. */
    public Parcel receive(Session session, ParcelForm form) {
        return receive(session, form, false);
    }

    /**
     * Takes a parcel in from the courier. A tracking number already on the shelf stops intake
     * with {@link DuplicateTrackingException} unless the desk checked and confirmed; a recipient who
     * told the desk not to hold parcels stops it for good: the courier takes it back.
     */
    public Parcel receive(Session session, ParcelForm form, boolean duplicateConfirmed) {
        access.require(session, Permission.HANDLE_PARCELS);
        form.validate();
        return store.write(session.actor(), tx -> {
            String recipient = recipientText(tx, form);
            if (form.recipientOccupantId() != null) {
                Occupant o = directory.occupantById(tx.handle(), form.recipientOccupantId()).orElseThrow();
                if (o.parcelConsent() == ParcelConsent.NO) {
                    throw new UserFacingException("parcel.consentNo", o.name());
                }
            }
            String shelf = ShelfService.checkInUse(tx, form.shelfCode(), "shelf");
            if (!duplicateConfirmed) {
                List<Parcel> same = repository.heldByTracking(tx.handle(), form.trackingNo());
                if (!same.isEmpty()) {
                    throw new DuplicateTrackingException(same.get(0));
                }
            }
            Instant now = tx.now();
            Parcel p = new Parcel(tx.newId(), tx.nextNumber(NUMBER_PREFIX), form.trackingNo(), form.carrier(),
                    form.recipientRoomId(), form.recipientOccupantId(), recipient, form.pieces(), form.size(), shelf,
                    form.courierPhoned(), form.note(), ParcelStatus.HELD, now, session.user().id(), null, null, null,
                    null, null, null, null, false, null, null, now, now);
            repository.insert(tx.handle(), p);
            tx.created(PARCEL, p.id(), p);
            return p;
        });
    }

    /** The recipient was told (phone, SMS sent by hand, message); several parcels at once. */
    public List<Parcel> notified(Session session, List<String> parcelIds, NoticeMethod method) {
        access.require(session, Permission.HANDLE_PARCELS);
        new Validation().check(method != null, "noticeMethod", "validation.required").throwIfAny();
        return store.write(session.actor(), tx -> {
            List<Parcel> done = new ArrayList<>();
            for (String id : new LinkedHashSet<>(parcelIds)) {
                Parcel before = heldParcel(tx, id);
                Parcel after = before.notified(method, session.user().id(), tx.now());
                repository.update(tx.handle(), after);
                tx.updated(PARCEL, id, before, after);
                done.add(after);
            }
            return done;
        });
    }

    /**
     * Hands one or several parcels of one recipient to the collector, who signs once for all of
     * them. The desk member signed in hands them over. A recipient's unknown consent is asked now.
     */
    public List<Parcel> pickUp(Session session, List<String> parcelIds, PickupForm form) {
        access.require(session, Permission.HANDLE_PARCELS);
        form.validate();
        if (parcelIds.isEmpty()) {
            throw new ValidationException(List.of(new Problem("parcels", "parcel.noneChosen", List.of())));
        }
        return store.write(session.actor(), tx -> {
            List<Parcel> before = new ArrayList<>();
            for (String id : new LinkedHashSet<>(parcelIds)) {
                before.add(heldParcel(tx, id));
            }
            if (before.stream().map(Parcel::recipientKey).distinct().count() > 1) {
                throw new UserFacingException("parcel.oneRecipientOnly");
            }
            String occupantId = before.get(0).recipientOccupantId();
            if (occupantId != null && !form.proxy()) {
                // Someone other than the recipient collects as a proxy (代领), with name and phone.
                String recipient = directory.occupantById(tx.handle(), occupantId).map(Occupant::name).orElse(null);
                new Validation().check(form.collectorName().equals(recipient), "collectorName",
                        "parcel.proxyRequired", recipient).throwIfAny();
            }
            recordConsent(tx, occupantId, form.consent());
            Signature signature = Signatures.save(tx, form.signature(), "signature");
            List<Parcel> after = new ArrayList<>();
            for (Parcel p : before) {
                Parcel closed = p.closed(ParcelStatus.PICKED_UP, session.user().id(), tx.now(), form.collectorName(),
                        form.collectorPhone(), form.proxy(), signature.id(), null);
                repository.update(tx.handle(), closed);
                tx.updated(PARCEL, p.id(), p, closed);
                after.add(closed);
            }
            return after;
        });
    }

    /** Returned to the courier (refused, wrong address, recipient unknown): the reason is required. */
    public Parcel returnToCourier(Session session, String parcelId, String reason) {
        return end(session, parcelId, ParcelStatus.RETURNED, reason);
    }

    /** Taken up to the recipient's floor by security, the recipient not being reachable. */
    public Parcel takenUpBySecurity(Session session, String parcelId, String reason) {
        return end(session, parcelId, ParcelStatus.TAKEN_UP, reason);
    }

    /**
     * Changes a parcel's details. While it is held the desk may (a wrong shelf, a miscounted
     * piece); once it has left only a shift lead may, with a reason that goes into the audit log.
     */
    public Parcel edit(Session session, String parcelId, ParcelEdit edit) {
        access.require(session, Permission.HANDLE_PARCELS);
        return store.write(session.actor(), tx -> {
            Parcel before = repository.byId(tx.handle(), parcelId)
                    .orElseThrow(() -> new UserFacingException("error.notFound"));
            boolean closed = !before.held();
            if (closed) {
                access.require(session, Permission.CORRECT_PARCELS);
            }
            edit.validate(closed);
            String shelf = closed && java.util.Objects.equals(edit.shelfCode(), before.shelfCode())
                    ? before.shelfCode() : ShelfService.checkInUse(tx, edit.shelfCode(), "shelf");
            Parcel after = before.edited(edit, shelf, tx.now());
            if (ParcelEdit.of(after).equals(ParcelEdit.of(before))) {
                return before;
            }
            repository.update(tx.handle(), after);
            tx.updated(PARCEL, parcelId, before, after);
            if (closed) {
                tx.audit(PARCEL, parcelId, "CORRECTION", Map.of("reason", edit.reason()));
            }
            return after;
        });
    }

    public Optional<Parcel> parcel(String id) {
        return store.read(h -> repository.byId(h, id));
    }

    /** Parcels on the shelf with this tracking number: what a scan at pickup finds. */
    public List<Parcel> heldByTracking(String trackingNo) {
        String t = ParcelForm.normaliseTracking(trackingNo);
        return t == null ? List.of() : store.read(h -> repository.heldByTracking(h, t));
    }

    /** The held parcels of the room (and person) picked, or of a recipient typed by hand, oldest first. */
    public List<Parcel> heldFor(String roomId, String occupantId, String recipientText) {
        return store.read(h -> repository.heldFor(h, roomId, occupantId, recipientText));
    }

    /** Held parcels oldest first with the overdue flag; only those nobody was told about when asked. */
    public List<HeldParcel> held(boolean notNotifiedOnly, Parcel after, int limit) {
        ParcelSettings s = settings.get();
        Instant now = store.clock().instant();
        return store.read(h -> repository.held(h, notNotifiedOnly, after, page(limit))).stream()
                .map(p -> new HeldParcel(p, overdue(p, s, now)))
                .toList();
    }

    /** What lies on one shelf now, oldest first. */
    public List<HeldParcel> onShelf(String shelfCode, int limit) {
        ParcelSettings s = settings.get();
        Instant now = store.clock().instant();
        String code = ShelfService.normalise(shelfCode);
        return store.read(h -> repository.onShelf(h, code, page(limit))).stream()
                .map(p -> new HeldParcel(p, overdue(p, s, now)))
                .toList();
    }

    /** Parcels held per shelf code ("" for parcels on no shelf), for the shelf view and the handover. */
    public Map<String, Integer> countHeldByShelf() {
        return store.read(repository::countByShelf);
    }

    /** For the handover and the dashboard. */
    public int countHeld() {
        return store.read(repository::countHeld);
    }

    /** For the handover and the dashboard: held beyond the days for their size. */
    public int countOverdue() {
        ParcelSettings s = settings.get();
        Instant now = store.clock().instant();
        return store.read(h -> repository.countHeldBefore(h, cutoff(now, s.overdueDays()), false)
                + repository.countHeldBefore(h, cutoff(now, s.perishableOverdueDays()), true));
    }

    /** All parcels, newest first, a page before {@code after}; dates are the site's days. */
    public List<Parcel> history(ParcelFilter filter, Parcel after, int limit) {
        ParcelFilter f = filter == null ? ParcelFilter.ALL : filter;
        return store.read(h -> {
            ZoneId zone = SiteDays.zone(h);
            Long from = SiteDays.from(f.from(), zone);
            Long to = SiteDays.to(f.to(), zone);
            return repository.history(h, from, to, f, after, page(limit));
        });
    }

    static boolean overdue(Parcel p, ParcelSettings s, Instant now) {
        int days = p.size() == ParcelSize.PERISHABLE ? s.perishableOverdueDays() : s.overdueDays();
        return p.held() && Duration.between(p.receivedAt(), now).compareTo(Duration.ofDays(days)) > 0;
    }

    // --- helpers -------------------------------------------------------------------------

    private Parcel end(Session session, String parcelId, ParcelStatus status, String reason) {
        access.require(session, Permission.HANDLE_PARCELS);
        String why = ParcelForm.clean(reason);
        new Validation().required("reason", why).maxLength("reason", why, 200).throwIfAny();
        return store.write(session.actor(), tx -> {
            Parcel before = heldParcel(tx, parcelId);
            Parcel after = before.closed(status, session.user().id(), tx.now(), null, null, false, null, why);
            repository.update(tx.handle(), after);
            tx.updated(PARCEL, parcelId, before, after);
            return after;
        });
    }

    private Parcel heldParcel(WriteContext tx, String id) {
        Parcel p = repository.byId(tx.handle(), id).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!p.held()) {
            throw new UserFacingException("parcel.notHeld", p.number());
        }
        return p;
    }

    /** Asked at pickup when still unknown; an answer once given is not asked again. */
    private void recordConsent(WriteContext tx, String occupantId, ParcelConsent answer) {
        if (occupantId == null) {
            return;
        }
        Occupant before = directory.occupantById(tx.handle(), occupantId).orElseThrow();
        if (before.parcelConsent() != ParcelConsent.UNKNOWN) {
            return;
        }
        new Validation().check(answer != null && answer != ParcelConsent.UNKNOWN, "consent", "parcel.consentAsk")
                .throwIfAny();
        Occupant after = new Occupant(before.id(), before.roomId(), before.name(), before.kind(), before.company(),
                before.phones(), before.note(), before.movedOut(), answer, before.title(), before.createdAt(),
                tx.now());
        directory.updateOccupant(tx.handle(), after);
        tx.updated(OCCUPANT, occupantId, before, after);
    }

    /**
     * The recipient as the lists show it: for a directory pick the room code and the person's name
     * as they are now, else what the desk typed.
     */
    private String recipientText(WriteContext tx, ParcelForm form) {
        if (form.recipientRoomId() == null) {
            return form.recipientText();
        }
        Optional<String> label = directory.label(tx.handle(), form.recipientRoomId(), form.recipientOccupantId());
        new Validation().check(label.isPresent(), "recipient", "parcel.recipientNotFound").throwIfAny();
        return label.get();
    }

    private static long cutoff(Instant now, int days) {
        return now.minus(Duration.ofDays(days)).toEpochMilli();
    }

    private static int page(int limit) {
        return Math.max(1, Math.min(limit, MAX_PAGE));
    }
}
