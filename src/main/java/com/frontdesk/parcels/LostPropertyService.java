package com.frontdesk.parcels;

import com.frontdesk.accounts.AccessControl;
import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.AccessDeniedException;
import com.frontdesk.core.SiteDays;
import com.frontdesk.core.Store;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.core.Validation;
import com.frontdesk.core.WriteContext;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Lost and found (失物招领): what was found, where, when and by whom, and where the desk keeps it;
 * claimed against the claimant's ID check and signature; unclaimed after the site's keep period
 * ({@link ParcelSettings#lostPropertyKeepDays()}) listed for disposal. Disposing of an item earlier
 * takes a shift lead and a reason.
 */
public final class LostPropertyService {
    static final String ENTITY = "lost_item";
    static final String NUMBER_PREFIX = "SW";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final Store store;
    private final AccessControl access;
    private final Supplier<ParcelSettings> settings;
    private final LostItemRepository repository = new LostItemRepository();
    private final ShelfRepository shelves = new ShelfRepository();

    /** The settings are read on every call, so a new keep period in Settings applies at once. */
    public LostPropertyService(Store store, AccessControl access, Supplier<ParcelSettings> settings) {
        this.store = store;
        this.access = access;
        this.settings = settings;
    }

    /**
     * Records a found item under a new number (SW-20261122-0001). The time found defaults to now and
     * may not be in the future. Where it is kept: a shelf code in use, or any other place in words.
     */
    public LostItem record(Session session, LostItemForm form) {
        access.require(session, Permission.HANDLE_PARCELS);
        form.validate();
        return store.write(session.actor(), tx -> {
            Instant foundAt = form.foundAt() == null ? tx.now() : form.foundAt().truncatedTo(ChronoUnit.MILLIS);
            new Validation().check(!foundAt.isAfter(tx.now()), "foundAt", "lostProperty.foundInFuture").throwIfAny();
            String shelf = null;
            String kept = form.keptWhere();
            if (shelves.byCode(tx.handle(), ShelfService.normalise(kept)).isPresent()) {
                shelf = ShelfService.checkInUse(tx, kept, "keptWhere");
                kept = null;
            }
            LostItem item = new LostItem(tx.newId(), tx.nextNumber(NUMBER_PREFIX), form.description(),
                    form.category(), form.foundWhere(), foundAt, form.foundBy(), shelf, kept, form.note(),
                    LostItemStatus.HELD, session.user().id(), null, null, null, null, null, null, false, null, null,
                    null, null, tx.now(), tx.now());
            repository.insert(tx.handle(), item);
            tx.created(ENTITY, item.id(), item);
            return item;
        });
    }

    /**
     * The owner takes the item back: the desk checked their ID (the tick is required; only the
     * ID's type and last four characters are kept) and they signed. The claimant's name is the
     * name on the signature.
     */
    public LostItem claim(Session session, String itemId, LostItemClaim claim, SignatureInput claimant) {
        access.require(session, Permission.HANDLE_PARCELS);
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(claimant, "claimant");
        Validation v = new Validation()
                .required("claimantName", claimant.signerName()).maxLength("claimantName", claimant.signerName(), 40);
        claim.validate(v);
        v.throwIfAny();
        return store.write(session.actor(), tx -> {
            LostItem before = held(tx, itemId);
            Signature signature = Signatures.save(tx, claimant, "claimantName");
            LostItem after = before.claimed(signature.signerName(), claim.phone(), claim.idType(), claim.idLast4(),
                    signature.id(), session.user().id(), tx.now());
            repository.close(tx.handle(), after);
            tx.updated(ENTITY, after.id(), before, after);
            return after;
        });
    }

    /**
     * Disposes of an unclaimed item. Before the keep period is over only a shift lead (or an
     * administrator) may, and only with a reason, which the audit log keeps as EARLY_DISPOSAL.
     */
    public LostItem dispose(Session session, String itemId, LostItemDisposal disposal) {
        access.require(session, Permission.HANDLE_PARCELS);
        Objects.requireNonNull(disposal, "disposal");
        disposal.validate();
        int keep = keepDays();
        return store.write(session.actor(), tx -> {
            LostItem before = held(tx, itemId);
            Instant from = disposableFrom(before, keep);
            boolean early = tx.now().isBefore(from);
            if (early) {
                try {
                    access.require(session, Permission.CORRECT_PARCELS);
                } catch (AccessDeniedException e) {
                    throw new UserFacingException("lostProperty.notDueYet", before.number(),
                            DAY.format(from.atZone(SiteDays.zone(tx.handle()))));
                }
                new Validation().required("disposalReason", disposal.earlyReason()).throwIfAny();
            }
            LostItem after = before.disposed(disposal.method(), disposal.note(), early ? disposal.earlyReason() : null,
                    session.user().id(), tx.now());
            repository.close(tx.handle(), after);
            tx.updated(ENTITY, after.id(), before, after);
            if (early) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("reason", disposal.earlyReason());
                details.put("keepDays", keep);
                tx.audit(ENTITY, after.id(), "EARLY_DISPOSAL", details);
            }
            return after;
        });
    }

    public Optional<LostItem> item(String id) {
        return store.read(h -> repository.byId(h, id));
    }

    /** Items at the desk, found longest ago first, a page after {@code after} (null for the first page). */
    public List<LostItem> held(LostItem after, int limit) {
        return store.read(h -> repository.held(h, null, after, DepositService.page(limit)));
    }

    /** Items held for the whole keep period and more, by the clock, found longest ago first. */
    public List<LostItem> dueForDisposal(LostItem after, int limit) {
        Instant upTo = dueCutoff();
        return store.read(h -> repository.held(h, upTo, after, DepositService.page(limit)));
    }

    /** For the handover and the dashboard. */
    public int countHeld() {
        return store.read(h -> repository.countHeld(h, null));
    }

    /** For the handover and the dashboard. */
    public int countDueForDisposal() {
        Instant upTo = dueCutoff();
        return store.read(h -> repository.countHeld(h, upTo));
    }

    /** Every item, newest find first, a page before {@code after}. */
    public List<LostItem> history(LostItemFilter filter, LostItem after, int limit) {
        LostItemFilter f = filter == null ? LostItemFilter.ALL : filter;
        return store.read(h -> repository.history(h, f, after, DepositService.page(limit)));
    }

    /** The site's keep period in days, as Settings has it now. */
    public int keepDays() {
        return settings.get().lostPropertyKeepDays();
    }

    /** From when the item may be disposed of without a shift lead's reason. */
    public Instant disposableFrom(LostItem item) {
        return disposableFrom(item, keepDays());
    }

    /** Whether the keep period of a held item is over now, by the clock. */
    public boolean due(LostItem item) {
        return item.held() && !store.clock().instant().isBefore(disposableFrom(item));
    }

    private static Instant disposableFrom(LostItem item, int keepDays) {
        return item.foundAt().plus(Duration.ofDays(keepDays));
    }

    /** An item is due when found at or before this instant. */
    private Instant dueCutoff() {
        return store.clock().instant().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofDays(keepDays()));
    }

    private LostItem held(WriteContext tx, String id) {
        LostItem i = repository.byId(tx.handle(), id).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!i.held()) {
            throw new UserFacingException(i.status() == LostItemStatus.CLAIMED ? "lostProperty.alreadyClaimed"
                    : "lostProperty.alreadyDisposed", i.number());
        }
        return i;
    }
}
