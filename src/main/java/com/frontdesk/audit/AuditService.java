package com.frontdesk.audit;

import com.frontdesk.accounts.AccessControl;
import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.Store;
import java.util.List;

/** The audit log for shift leads and administrators. */
public final class AuditService {
    private final Store store;
    private final AccessControl access;
    private final AuditRepository repository = new AuditRepository();

    public AuditService(Store store, AccessControl access) {
        this.store = store;
        this.access = access;
    }

    public List<AuditEntry> page(Session session, AuditFilter filter, AuditEntry after, int limit) {
        access.require(session, Permission.VIEW_AUDIT_LOG);
        return store.read(h -> repository.page(h, filter, after, limit));
    }

    public List<String> entities(Session session) {
        access.require(session, Permission.VIEW_AUDIT_LOG);
        return store.read(repository::entities);
    }
}
