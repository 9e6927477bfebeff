package com.frontdesk.parcels;

import com.frontdesk.accounts.AccessControl;
import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.Store;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.core.Validation;
import com.frontdesk.core.WriteContext;
import com.frontdesk.directory.DirectoryRepository;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Deposited items (物品寄存): left at the desk by one person for another, handed out against the
 * collector's signature, or given back to the depositor. Lists for the desk, the handover and the
 * dashboard.
 */
public final class DepositService {
    static final String ENTITY = "deposit";
    static final String NUMBER_PREFIX = "JC";
    static final int MAX_PAGE = 500;

    private final Store store;
    private final AccessControl access;
    private final DepositRepository repository = new DepositRepository();

    public DepositService(Store store, AccessControl access) {
        this.store = store;
        this.access = access;
    }

    /** Takes an item in: a new number (JC-20261122-0001), the recipient named as the directory has them now. */
    public Deposit receive(Session session, DepositForm form) {
        access.require(session, Permission.HANDLE_PARCELS);
        form.validate();
        return store.write(session.actor(), tx -> {
            String recipient = recipientText(tx, form);
            String shelf = ShelfService.checkInUse(tx, form.shelfCode(), "shelf");
            Deposit d = new Deposit(tx.newId(), tx.nextNumber(NUMBER_PREFIX), form.description(),
                    form.depositorName(), form.depositorPhone(), form.recipientRoomId(), form.recipientOccupantId(),
                    recipient, shelf, form.note(), DepositStatus.HELD, tx.now(), session.user().id(), null, null,
                    null, null, null, tx.now(), tx.now());
            repository.insert(tx.handle(), d);
            tx.created(ENTITY, d.id(), d);
            return d;
        });
    }

    /**
     * Hands the item out. The collector's name is the name they sign with; the signature (drawn, or
     * the typed name when there is no pad) is stored in the same transaction.
     */
    public Deposit handOut(Session session, String depositId, SignatureInput collector) {
        access.require(session, Permission.HANDLE_PARCELS);
        Objects.requireNonNull(collector, "collector");
        collector.validate("collectorName");
        return store.write(session.actor(), tx -> {
            Deposit before = held(tx, depositId);
            Signature signature = Signatures.save(tx, collector, "collectorName");
            Deposit after = before.handedOut(signature.signerName(), signature.id(), session.user().id(), tx.now());
            repository.close(tx.handle(), after);
            tx.updated(ENTITY, after.id(), before, after);
            return after;
        });
    }

    /** The depositor takes the item back (the recipient never came, or the depositor changed their mind). */
    public Deposit returnToDepositor(Session session, String depositId, String reason) {
        access.require(session, Permission.HANDLE_PARCELS);
        String why = DepositForm.clean(reason);
        new Validation().required("reason", why).maxLength("reason", why, 200).throwIfAny();
        return store.write(session.actor(), tx -> {
            Deposit before = held(tx, depositId);
            Deposit after = before.returned(why, session.user().id(), tx.now());
            repository.close(tx.handle(), after);
            tx.updated(ENTITY, after.id(), before, after);
            return after;
        });
    }

    public Optional<Deposit> deposit(String id) {
        return store.read(h -> repository.byId(h, id));
    }

    /** Items at the desk, oldest first, a page after {@code after} (null for the first page). */
    public List<Deposit> held(Deposit after, int limit) {
        return store.read(h -> repository.held(h, after, page(limit)));
    }

    /** Items at the desk for one room, oldest first, to hand over with its parcels. */
    public List<Deposit> heldForRoom(String roomId) {
        return store.read(h -> repository.heldForRoom(h, roomId));
    }

    /** For the handover and the dashboard. */
    public int countHeld() {
        return store.read(repository::countHeld);
    }

    /** Every deposit, newest first, a page before {@code after}. */
    public List<Deposit> history(DepositFilter filter, Deposit after, int limit) {
        DepositFilter f = filter == null ? DepositFilter.ALL : filter;
        return store.read(h -> repository.history(h, f, after, page(limit)));
    }

    private Deposit held(WriteContext tx, String id) {
        Deposit d = repository.byId(tx.handle(), id).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!d.held()) {
            throw new UserFacingException(d.status() == DepositStatus.HANDED_OUT ? "deposit.alreadyHandedOut"
                    : "deposit.alreadyReturned", d.number());
        }
        return d;
    }

    /**
     * The recipient as the lists show it: for a directory pick the room code and the person's name as
     * they are now (later directory changes do not rewrite history), else what the desk typed.
     */
    private String recipientText(WriteContext tx, DepositForm form) {
        if (form.recipientRoomId() == null) {
            return form.recipientText();
        }
        Optional<String> label = new DirectoryRepository().label(tx.handle(), form.recipientRoomId(),
                form.recipientOccupantId());
        new Validation().check(label.isPresent(), "recipient", "deposit.recipientNotFound").throwIfAny();
        return label.get();
    }

    static int page(int limit) {
        return Math.max(1, Math.min(limit, MAX_PAGE));
    }
}
