package com.frontdesk.audit;

import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.Store;
import java.util.List;

/** The audit log for shift leads and administrators. */
public final class AuditService {
    private final Store store;
    private final AuditRepository repository = new AuditRepository();

    public AuditService(Store store) {
        this.store = store;
    }

    public List<AuditEntry> page(Session session, AuditFilter filter, AuditEntry after, int limit) {
        session.require(Permission.VIEW_AUDIT_LOG);
        return store.read(h -> repository.page(h, filter, after, limit));
    }

    public List<String> entities(Session session) {
        session.require(Permission.VIEW_AUDIT_LOG);
        return store.read(repository::entities);
    }
}
