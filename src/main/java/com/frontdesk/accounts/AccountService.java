package com.frontdesk.accounts;

import com.frontdesk.core.Store;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.core.Validation;
import com.frontdesk.settings.SettingsService;
import com.frontdesk.settings.WorkstationSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Sign-in with lock-out, password checks for signatures, and the administrator's staff list. */
public final class AccountService {
    static final String ENTITY = "staff";

    /** Why a password is being checked; it names the audit entry. */
    public enum Purpose {
        LOGIN, UNLOCK, SIGN
    }

    private final Store store;
    private final StaffRepository staff = new StaffRepository();
    private final PasswordHasher hasher;
    private final SettingsService settings;
    private final AccessControl access;
    private volatile String unknownAccountHash;

    public AccountService(Store store, PasswordHasher hasher, SettingsService settings, AccessControl access) {
        this.store = store;
        this.hasher = hasher;
        this.settings = settings;
        this.access = access;
    }

    /**
     * Checks an employee number and password. Wrong passwords are counted and the account locks
     * after the set number in a row; the count and the lock are committed even though the call fails.
     */
    public Session authenticate(String employeeNo, char[] password, Purpose purpose) {
        WorkstationSettings rules = settings.current();
        String no = employeeNo == null ? "" : employeeNo.strip();
        Instant now = store.clock().instant();
        StaffMember member = store.read(h -> staff.byEmployeeNo(h, no)).filter(StaffMember::active).orElse(null);
        if (member == null) {
            // Same message and the same hashing time for unknown and disabled accounts: the
            // screen must not tell anyone which employee numbers exist.
            hasher.matches(password, unknownAccountHash());
            Arrays.fill(password, '\0');
            throw new UserFacingException("login.wrong");
        }
        if (member.lockedAt(now)) {
            Arrays.fill(password, '\0');
            throw new AccountLockedException(now, member.lockedUntil());
        }
        String hash = store.read(h -> staff.passwordHash(h, member.id())).orElseThrow();
        boolean ok = hasher.matches(password, hash);
        Arrays.fill(password, '\0');
        if (ok) {
            return new Session(store.write(member.actor(), tx -> {
                staff.clearFailures(tx.handle(), member.id());
                tx.audit(ENTITY, member.id(), purpose.name(), Map.of());
                return staff.byId(tx.handle(), member.id()).orElseThrow();
            }));
        }
        StaffMember after = store.write(member.actor(), tx -> {
            // Counted from the row inside the write, so two attempts at once both count.
            int failures = staff.byId(tx.handle(), member.id()).orElseThrow().failedAttempts() + 1;
            boolean lock = failures >= rules.lockoutAttempts();
            staff.recordFailure(tx.handle(), member.id(), lock ? 0 : failures,
                    lock ? tx.now().plus(Duration.ofMinutes(rules.lockoutMinutes())) : null);
            tx.audit(ENTITY, member.id(), lock ? "LOCKED_OUT" : purpose.name() + "_FAILED",
                    Map.of("failures", failures));
            return staff.byId(tx.handle(), member.id()).orElseThrow();
        });
        if (after.lockedAt(now)) {
            throw new AccountLockedException(now, after.lockedUntil());
        }
        throw new UserFacingException("login.wrong");
    }

    private String unknownAccountHash() {
        String hash = unknownAccountHash;
        if (hash == null) {
            hash = hasher.hash("no such account".toCharArray());
            unknownAccountHash = hash;
        }
        return hash;
    }

    public StaffMember addStaff(Session session, NewStaff form) {
        access.require(session, Permission.MANAGE_STAFF);
        Validation v = new Validation();
        form.validate(v);
        v.throwIfAny();
        String hash = hasher.hash(form.password());
        Arrays.fill(form.password(), '\0');
        return store.write(session.actor(), tx -> {
            if (staff.byEmployeeNo(tx.handle(), form.employeeNo()).isPresent()) {
                new Validation().check(false, "employeeNo", "validation.employeeNoTaken", form.employeeNo())
                        .throwIfAny();
            }
            StaffMember member = new StaffMember(tx.newId(), form.employeeNo(), form.name(), form.role(),
                    form.phone(), true, 0, null, tx.now(), tx.now());
            staff.insert(tx.handle(), member, hash);
            tx.created(ENTITY, member.id(), member);
            return member;
        });
    }

    /**
     * Changes name, role, phone or the active flag; the site always keeps one active administrator.
     * A blank phone keeps the number on file: the edit form never shows it whole.
     */
    public StaffMember updateStaff(Session session, String id, String name, Role role, String phone, boolean active) {
        access.require(session, Permission.MANAGE_STAFF);
        String cleanName = name == null ? "" : name.strip();
        String newPhone = phone == null || phone.isBlank() ? null : phone.strip();
        new Validation().required("name", cleanName).maxLength("name", cleanName, 40)
                .check(role != null, "role", "validation.required")
                .phone("phone", newPhone)
                .check(active || !id.equals(session.user().id()), "active", "validation.cannotDisableSelf")
                .throwIfAny();
        return store.write(session.actor(), tx -> {
            StaffMember before = staff.byId(tx.handle(), id).orElseThrow(() -> new UserFacingException("error.notFound"));
            StaffMember after = before.withDetails(cleanName, role, newPhone == null ? before.phone() : newPhone,
                    active, tx.now());
            boolean removesAdmin = before.role() == Role.ADMINISTRATOR && before.active()
                    && (after.role() != Role.ADMINISTRATOR || !after.active());
            staff.update(tx.handle(), after);
            if (removesAdmin && !staff.anyAdministrator(tx.handle())) {
                throw new UserFacingException("validation.lastAdministrator");
            }
            tx.updated(ENTITY, id, before, after);
            return after;
        });
    }

    /** Sets a new password chosen by the administrator and lifts any lock-out. */
    public void resetPassword(Session session, String id, char[] newPassword) {
        access.require(session, Permission.MANAGE_STAFF);
        Validation v = new Validation();
        PasswordRules.check(v, "password", newPassword);
        v.throwIfAny();
        String hash = hasher.hash(newPassword);
        Arrays.fill(newPassword, '\0');
        store.write(session.actor(), tx -> {
            staff.byId(tx.handle(), id).orElseThrow(() -> new UserFacingException("error.notFound"));
            staff.updatePassword(tx.handle(), id, hash, tx.now());
            tx.audit(ENTITY, id, "PASSWORD_RESET", Map.of());
            return null;
        });
    }

    public void changeOwnPassword(Session session, char[] current, char[] newPassword) {
        Validation v = new Validation();
        PasswordRules.check(v, "newPassword", newPassword);
        v.throwIfAny();
        authenticate(session.user().employeeNo(), current, Purpose.SIGN);
        String hash = hasher.hash(newPassword);
        Arrays.fill(newPassword, '\0');
        store.write(session.actor(), tx -> {
            staff.updatePassword(tx.handle(), session.user().id(), hash, tx.now());
            tx.audit(ENTITY, session.user().id(), "PASSWORD_CHANGED", Map.of());
            return null;
        });
    }

    /** A page of staff in employee-number order; pass the last member of the previous page to continue. */
    public List<StaffMember> staffPage(Session session, StaffMember after, int limit) {
        access.require(session, Permission.VIEW_STAFF);
        return store.read(h -> staff.page(h, after == null ? null : after.employeeNo(), limit));
    }

    /** Shows a staff phone number whole to a role that may see it, and leaves a trace in the audit log. */
    public String revealPhone(Session session, String staffId) {
        access.require(session, Permission.REVEAL_PERSONAL_DATA);
        return store.write(session.actor(), tx -> {
            StaffMember member = staff.byId(tx.handle(), staffId)
                    .orElseThrow(() -> new UserFacingException("error.notFound"));
            tx.audit(ENTITY, staffId, "REVEAL", Map.of("field", "phone"));
            return member.phone() == null ? "" : member.phone();
        });
    }
}
