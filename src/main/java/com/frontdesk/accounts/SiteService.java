package com.frontdesk.accounts;

import com.frontdesk.core.Actor;
import com.frontdesk.core.Store;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.core.Validation;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

/** The site record and the first-start setup that creates it with the first administrator. */
public final class SiteService {
    static final String ENTITY = "site";

    private final Store store;
    private final AccessControl access;
    private final SiteRepository sites = new SiteRepository();
    private final StaffRepository staff = new StaffRepository();
    private final PasswordHasher hasher;
    private volatile Site cached;

    public SiteService(Store store, PasswordHasher hasher, AccessControl access) {
        this.store = store;
        this.access = access;
        this.hasher = hasher;
    }

    public Optional<Site> site() {
        Site site = cached;
        if (site == null) {
            site = store.read(sites::find).orElse(null);
            cached = site;
        }
        return Optional.ofNullable(site);
    }

    /** The zone that days, shifts and human numbers are counted in; the PC's zone until set up. */
    public ZoneId zone() {
        return site().map(Site::zone).orElse(ZoneId.systemDefault());
    }

    public boolean isSetUp() {
        return site().isPresent() && store.read(staff::anyAdministrator);
    }

    /** Creates the site and its first administrator in one transaction; only on an empty database. */
    public Site setUp(SiteForm form, NewStaff admin) {
        Validation v = new Validation();
        form.validate();
        admin.validate(v);
        v.check(admin.role() == Role.ADMINISTRATOR, "role", "validation.firstAdmin").throwIfAny();
        String hash = hasher.hash(admin.password());
        Arrays.fill(admin.password(), '\0');
        Site created = store.write(Actor.SYSTEM, tx -> {
            if (sites.find(tx.handle()).isPresent()) {
                throw new UserFacingException("error.alreadySetUp");
            }
            Site site = new Site(tx.newId(), form.code(), form.name(), form.zone(), form.kind(), tx.now(), tx.now());
            sites.insert(tx.handle(), site);
            tx.created(ENTITY, site.id(), site);
            StaffMember first = new StaffMember(tx.newId(), admin.employeeNo(), admin.name(), Role.ADMINISTRATOR,
                    admin.phone(), true, 0, null, tx.now(), tx.now());
            staff.insert(tx.handle(), first, hash);
            tx.created(AccountService.ENTITY, first.id(), first);
            return site;
        });
        cached = created;
        return created;
    }

    public Site update(Session session, SiteForm form) {
        access.require(session, Permission.EDIT_SETTINGS);
        form.validate();
        Site updated = store.write(session.actor(), tx -> {
            Site before = sites.find(tx.handle()).orElseThrow(() -> new UserFacingException("error.notSetUp"));
            Site after = new Site(before.id(), form.code(), form.name(), form.zone(), form.kind(),
                    before.createdAt(), tx.now());
            sites.update(tx.handle(), after);
            tx.updated(ENTITY, after.id(), before, after);
            return after;
        });
        cached = updated;
        return updated;
    }
}
