package com.frontdesk.visitors;

import com.frontdesk.accounts.AccessControl;
import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.Messages;
import com.frontdesk.core.Problem;
import com.frontdesk.core.SiteDays;
import com.frontdesk.core.Store;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.core.Validation;
import com.frontdesk.core.ValidationException;
import com.frontdesk.core.WriteContext;
import com.frontdesk.directory.DirectoryRepository;
import com.frontdesk.directory.DirectoryService;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The visitor register's rules: check-in after the host is phoned, the lounge, passes, the
 * watchlist, check-out, and the lists the desk, the handover and the dashboard read.
 */
public final class VisitorService {
    static final String VISIT = "visit";
    static final String PASS = "visitor_pass";
    static final String WATCHLIST = "watchlist";
    static final String NUMBER_PREFIX = "FK";
    static final int MAX_PAGE = 500;

    private final Store store;
    @SuppressWarnings("unused") // rights move to access.require(...) once visitor permissions exist
    private final AccessControl access;
    private final DirectoryService directory;
    private final Supplier<VisitorRules> rules;
    private final VisitorRepository repository = new VisitorRepository();

    /** Rules read on every call, so a change in Settings applies at once. */
    public VisitorService(Store store, AccessControl access, DirectoryService directory, Supplier<VisitorRules> rules) {
        this.store = store;
        this.access = access;
        this.directory = directory;
        this.rules = rules;
    }

    public VisitorService(Store store, AccessControl access, DirectoryService directory, VisitorRules rules) {
        this(store, access, directory, () -> rules);
        Objects.requireNonNull(rules, "rules");
    }

    /** Check-in without an override: a watchlist match stops it with {@link WatchlistMatchException}. */
    public Visit checkIn(Session session, VisitForm form) {
        return checkIn(session, form, null);
    }

    /**
     * Registers a visitor after the desk phoned the host. CONFIRMED lets them in, NO_ANSWER puts
     * them in the lounge (WAITING, a pass may be reserved), REFUSED keeps a record without a pass.
     *
     * @param overrideReason a shift lead's or administrator's reason for letting in a watchlist
     *                       match; ignored when nothing matches
     */
    public Visit checkIn(Session session, VisitForm form, String overrideReason) {
        access.require(session, Permission.CHECK_IN_VISITORS);
        form.validate();
        VisitorRules r = rules.get();
        if (form.purpose() == Purpose.SALES && r.salesRefused()) {
            throw new UserFacingException("visitor.salesRefused");
        }
        if (form.purpose() == Purpose.CONTRACTOR) {
            Validation v = new Validation();
            if (form.jobSize() == JobSize.SMALL) {
                v.check(form.engineeringNote() != null, "engineeringNote", "visitor.engineeringNoteRequired");
            } else {
                v.check(form.approvalRef() != null, "approvalRef", "visitor.approvalRequired");
            }
            v.throwIfAny();
        }
        String reason = VisitForm.clean(overrideReason);
        boolean overriding = reason != null;
        if (overriding) {
            access.require(session, Permission.MANAGE_VISITOR_SAFETY);
        }
        String idHash = form.idNumber() == null ? null : IdNumbers.hash(r.idSalt(), form.idNumber());
        return store.write(session.actor(), tx -> {
            String hostText = hostText(tx, form);
            List<WatchlistEntry> matches = repository.watchMatches(tx.handle(), form.phone(), idHash);
            if (!matches.isEmpty() && !overriding) {
                throw new WatchlistMatchException(matches);
            }
            VisitStatus status = switch (form.verification()) {
                case CONFIRMED -> VisitStatus.ON_SITE;
                case NO_ANSWER -> VisitStatus.WAITING;
                case REFUSED -> VisitStatus.REFUSED;
            };
            String pass = status == VisitStatus.REFUSED ? null : form.passNo();
            if (pass != null) {
                checkPassFree(tx, pass);
            }
            Instant now = tx.now();
            Visit visit = new Visit(tx.newId(), tx.nextNumber(NUMBER_PREFIX), form.visitorName(), form.phone(),
                    form.idNumber() == null ? null : form.idType(),
                    form.idNumber() == null ? null : IdNumbers.last4(form.idNumber()), idHash,
                    r.storeFullIdNumbers() ? form.idNumber() : null, form.company(), form.headCount(),
                    form.purpose(), form.hostRoomId(), form.hostOccupantId(), hostText, form.verification(),
                    now, status, pass, form.plate(), form.note(),
                    form.purpose() == Purpose.CONTRACTOR ? form.jobSize() : null,
                    form.purpose() == Purpose.CONTRACTOR ? form.engineeringNote() : null,
                    form.purpose() == Purpose.CONTRACTOR ? form.approvalRef() : null,
                    now, null, now, now);
            repository.insert(tx.handle(), visit);
            tx.created(VISIT, visit.id(), visit);
            if (!matches.isEmpty()) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("reason", reason);
                details.put("watchlist", matches.stream().map(WatchlistEntry::id).toList());
                tx.audit(VISIT, visit.id(), "WATCHLIST_OVERRIDE", details);
            }
            return visit;
        });
    }

    /** The host called back or was reached: a waiting visitor goes in, optionally with a pass now. */
    public Visit confirm(Session session, String visitId, String passNo) {
        access.require(session, Permission.CHECK_IN_VISITORS);
        String pass = VisitForm.normalisePass(passNo);
        return store.write(session.actor(), tx -> {
            Visit before = waiting(tx, visitId);
            String newPass = pass == null ? before.passNo() : pass;
            if (pass != null && !pass.equals(before.passNo())) {
                checkPassFree(tx, pass);
            }
            Visit after = before.withStatus(VisitStatus.ON_SITE, Verification.CONFIRMED, tx.now(), newPass, tx.now(),
                    null, tx.now());
            repository.update(tx.handle(), after);
            tx.updated(VISIT, visitId, before, after);
            return after;
        });
    }

    /** The host refused (or never answered and the visitor gave up): the lounge visitor leaves; a reserved pass comes back. */
    public Visit turnAway(Session session, String visitId) {
        access.require(session, Permission.CHECK_IN_VISITORS);
        return store.write(session.actor(), tx -> {
            Visit before = waiting(tx, visitId);
            Visit after = before.withStatus(VisitStatus.REFUSED, Verification.REFUSED, tx.now(), null,
                    before.checkedInAt(), null, tx.now());
            repository.update(tx.handle(), after);
            tx.updated(VISIT, visitId, before, after);
            return after;
        });
    }

    /**
     * Checks a visitor out by what the desk scans or types: the visit id (the slip's QR code), the
     * visit number (FK-20261122-0001) or the pass number. The pass becomes free again; the visit
     * keeps its number for the history.
     */
    public Visit checkOut(Session session, String code) {
        access.require(session, Permission.CHECK_IN_VISITORS);
        String c = VisitForm.clean(code);
        if (c == null) {
            throw new ValidationException(List.of(new Problem("visitCode", "validation.required", List.of())));
        }
        return store.write(session.actor(), tx -> {
            Visit before = repository.byId(tx.handle(), c)
                    .or(() -> repository.byNumber(tx.handle(), c.toUpperCase()))
                    .or(() -> repository.openByPass(tx.handle(), c.toUpperCase()))
                    .orElseThrow(() -> new UserFacingException("visitor.notFound", c));
            if (before.status() == VisitStatus.CHECKED_OUT) {
                throw new UserFacingException("visitor.alreadyCheckedOut", before.number());
            }
            if (before.status() != VisitStatus.ON_SITE) {
                throw new UserFacingException("visitor.notOnSite", before.number());
            }
            Visit after = before.withStatus(VisitStatus.CHECKED_OUT, before.verification(), before.verifiedAt(),
                    before.passNo(), before.checkedInAt(), tx.now(), tx.now());
            repository.update(tx.handle(), after);
            tx.updated(VISIT, after.id(), before, after);
            return after;
        });
    }

    /**
     * A shift lead corrects a visit that is over: names, counts, plate, note, and for a forgotten
     * check-out the time the visitor really left. The reason goes into the audit log with the change.
     */
    public Visit correct(Session session, String visitId, VisitCorrection correction) {
        access.require(session, Permission.CORRECT_VISITS);
        correction.validate();
        return store.write(session.actor(), tx -> {
            Visit before = repository.byId(tx.handle(), visitId)
                    .orElseThrow(() -> new UserFacingException("error.notFound"));
            if (before.open()) {
                throw new UserFacingException("visitor.stillOpen", before.number());
            }
            Instant out = before.checkedOutAt();
            if (before.status() == VisitStatus.CHECKED_OUT && correction.checkedOutAt() != null) {
                out = correction.checkedOutAt();
                new Validation()
                        .check(!out.isBefore(before.checkedInAt()), "checkedOutAt", "visitor.outBeforeIn")
                        .check(!out.isAfter(tx.now()), "checkedOutAt", "visitor.outInFuture")
                        .throwIfAny();
            }
            Visit after = before.corrected(correction, out, tx.now());
            if (VisitCorrection.of(after).equals(VisitCorrection.of(before))) {
                return before;
            }
            repository.updateDetails(tx.handle(), after);
            tx.updated(VISIT, visitId, before, after);
            tx.audit(VISIT, visitId, "CORRECTION", Map.of("reason", correction.reason()));
            return after;
        });
    }

    /**
     * The history under a filter as CSV (UTF-8 with BOM for Excel), written a page at a time.
     * Phones are masked and ID numbers reduced to their type and last four characters, whoever exports.
     *
     * @return the number of visits written
     */
    public int exportHistoryCsv(Session session, HistoryFilter filter, OutputStream out, Messages texts)
            throws IOException {
        access.require(session, Permission.CHECK_IN_VISITORS);
        HistoryCsv csv = new HistoryCsv(texts, store.read(SiteDays::zone));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(csv.header());
        int count = 0;
        Visit after = null;
        while (true) {
            List<Visit> page = history(filter, after, MAX_PAGE);
            if (page.isEmpty()) {
                break;
            }
            writer.write(csv.lines(page));
            count += page.size();
            after = page.get(page.size() - 1);
        }
        writer.flush();
        int written = count;
        store.write(session.actor(), tx -> {
            tx.audit(VISIT, null, "EXPORT", Map.of("visits", written));
            return null;
        });
        return count;
    }

    public Optional<Visit> visit(String id) {
        return store.read(h -> repository.byId(h, id));
    }

    /** Who is inside, longest first, a page after {@code after} (null for the first page), with the overstay flag. */
    public List<OnSiteVisit> onSite(Visit after, int limit) {
        int hours = rules.get().overstayHours();
        Instant now = store.clock().instant();
        return store.read(h -> repository.byStatus(h, VisitStatus.ON_SITE, after, page(limit))).stream()
                .map(v -> new OnSiteVisit(v, Duration.between(v.checkedInAt(), now).compareTo(Duration.ofHours(hours)) > 0))
                .toList();
    }

    /** Visitors waiting in the lounge for their host, longest first. */
    public List<Visit> waiting(Visit after, int limit) {
        return store.read(h -> repository.byStatus(h, VisitStatus.WAITING, after, page(limit)));
    }

    /**
     * Everyone in the building for the evacuation roll call: on site and waiting in the lounge, by
     * host. Not paged: the roll call must name every person, and the building bounds the number.
     */
    public List<Visit> everyoneInside() {
        return store.read(repository::everyoneInside);
    }

    /** The visits holding a pass now (waiting or on site), by pass number: the passes not yet returned. */
    public List<Visit> passesOut() {
        return store.read(repository::passesOut);
    }

    /** For the handover and the dashboard. */
    public int countOnSite() {
        return store.read(h -> repository.countByStatus(h, VisitStatus.ON_SITE));
    }

    /** For the handover and the dashboard. */
    public int countPassesOut() {
        return store.read(repository::countPassesOut);
    }

    /** The last visit of a returning visitor by phone, to fill the form again (the ID number is not offered). */
    public Optional<Visit> lastDetails(String phone) {
        String p = VisitForm.normalisePhone(phone);
        if (p == null) {
            return Optional.empty();
        }
        return store.read(h -> repository.lastByPhone(h, p));
    }

    /**
     * The latest visits under exactly this name, newest first, so the desk can offer a returning
     * visitor's details; two people of the same name are told apart by phone, company and host.
     */
    public List<Visit> lastDetailsByName(String name, int limit) {
        String n = VisitForm.clean(name);
        if (n == null) {
            return List.of();
        }
        return store.read(h -> repository.lastByName(h, n, page(limit)));
    }

    /** All visits, newest first, a page before {@code after}; dates are the site's days. */
    public List<Visit> history(HistoryFilter filter, Visit after, int limit) {
        HistoryFilter f = filter == null ? HistoryFilter.ALL : filter;
        return store.read(h -> {
            ZoneId zone = SiteDays.zone(h);
            Long from = SiteDays.from(f.from(), zone);
            Long to = SiteDays.to(f.to(), zone);
            return repository.history(h, from, to, f, after, page(limit));
        });
    }

    // --- pass pool -------------------------------------------------------------------------

    /** Adds passes to the pool or switches them on or off (a lost pass is switched off). */
    public void definePass(Session session, String passNo, boolean active) {
        access.require(session, Permission.MANAGE_VISITOR_SAFETY);
        String p = VisitForm.normalisePass(passNo);
        new Validation().required("passNo", p).maxLength("passNo", p, 20).throwIfAny();
        store.write(session.actor(), tx -> {
            Optional<Boolean> before = repository.passActive(tx.handle(), p);
            repository.upsertPass(tx.handle(), p, active, tx.now());
            Map<String, Object> after = Map.of("passNo", p, "active", active);
            if (before.isEmpty()) {
                tx.created(PASS, p, after);
            } else {
                tx.updated(PASS, p, Map.of("passNo", p, "active", before.get()), after);
            }
            return null;
        });
    }

    /**
     * Adds new passes to the pool in one transaction: all of them or, on a bad number, none. A pass
     * already in the pool keeps its state, so adding a range never switches a lost pass back on.
     *
     * @return the passes that were new
     */
    public List<String> addPasses(Session session, List<String> passNos) {
        access.require(session, Permission.MANAGE_VISITOR_SAFETY);
        List<String> wanted = passNos.stream().map(VisitForm::normalisePass).toList();
        Validation v = new Validation();
        for (String p : wanted) {
            v.required("passNo", p).maxLength("passNo", p, 20);
        }
        v.throwIfAny();
        return store.write(session.actor(), tx -> {
            List<String> added = new ArrayList<>();
            for (String p : wanted) {
                if (repository.passActive(tx.handle(), p).isEmpty() && !added.contains(p)) {
                    repository.upsertPass(tx.handle(), p, true, tx.now());
                    tx.created(PASS, p, Map.of("passNo", p, "active", true));
                    added.add(p);
                }
            }
            return List.copyOf(added);
        });
    }

    /** Every pass of the pool, switched off ones too, with the visit holding it. */
    public List<PassState> passPool() {
        return store.read(repository::passPool);
    }

    public List<String> activePasses() {
        return store.read(repository::activePasses);
    }

    // --- watchlist -------------------------------------------------------------------------

    /** Adds a person to the watchlist by phone and/or ID number (kept only as a hash), with a reason. */
    public WatchlistEntry addToWatchlist(Session session, String name, String phone, String idNumber, String reason) {
        access.require(session, Permission.MANAGE_VISITOR_SAFETY);
        String n = VisitForm.clean(name);
        String p = VisitForm.normalisePhone(phone);
        String id = VisitForm.normaliseId(idNumber);
        String why = VisitForm.clean(reason);
        new Validation()
                .maxLength("name", n, 40)
                .check(p != null || id != null, "phone", "visitor.watchlistNeedsPhoneOrId")
                .required("reason", why).maxLength("reason", why, 200)
                .throwIfAny();
        String hash = id == null ? null : IdNumbers.hash(rules.get().idSalt(), id);
        return store.write(session.actor(), tx -> {
            WatchlistEntry e = new WatchlistEntry(tx.newId(), n, p, hash, why, session.user().id(), tx.now(), tx.now());
            repository.insertWatch(tx.handle(), e);
            tx.created(WATCHLIST, e.id(), e);
            return e;
        });
    }

    public void removeFromWatchlist(Session session, String entryId) {
        access.require(session, Permission.MANAGE_VISITOR_SAFETY);
        store.write(session.actor(), tx -> {
            WatchlistEntry e = repository.watchById(tx.handle(), entryId)
                    .orElseThrow(() -> new UserFacingException("error.notFound"));
            repository.deleteWatch(tx.handle(), entryId, tx.now());
            tx.deleted(WATCHLIST, entryId, e);
            return null;
        });
    }

    /** The watchlist, for shift leads and administrators only. */
    public List<WatchlistEntry> watchlist(Session session) {
        access.require(session, Permission.MANAGE_VISITOR_SAFETY);
        return store.read(repository::watchlist);
    }

    // --- helpers -------------------------------------------------------------------------

    /**
     * The host as the lists show it: for a directory pick the room code and the person's name as
     * they are now (so later directory changes do not rewrite history), else what the desk typed.
     */
    private String hostText(WriteContext tx, VisitForm form) {
        if (form.hostRoomId() == null) {
            return form.hostText();
        }
        Optional<String> label = new DirectoryRepository().label(tx.handle(), form.hostRoomId(), form.hostOccupantId());
        new Validation().check(label.isPresent(), "host", "visitor.hostNotFound").throwIfAny();
        return label.get();
    }

    private void checkPassFree(WriteContext tx, String pass) {
        Optional<Boolean> active = repository.passActive(tx.handle(), pass);
        Validation v = new Validation();
        if (active.isEmpty()) {
            v.check(false, "passNo", "visitor.passUnknown", pass);
        } else if (!active.get()) {
            v.check(false, "passNo", "visitor.passInactive", pass);
        } else {
            repository.openByPass(tx.handle(), pass)
                    .ifPresent(o -> v.check(false, "passNo", "visitor.passOut", pass, o.number()));
        }
        v.throwIfAny();
    }

    private Visit waiting(WriteContext tx, String visitId) {
        Visit v = repository.byId(tx.handle(), visitId).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (v.status() != VisitStatus.WAITING) {
            throw new UserFacingException("visitor.notWaiting", v.number());
        }
        return v;
    }

    private static int page(int limit) {
        return Math.max(1, Math.min(limit, MAX_PAGE));
    }

    /** Kept for the wiring; the host picker itself is {@code directory.DirectoryPicker}. */
    DirectoryService directory() {
        return directory;
    }
}
