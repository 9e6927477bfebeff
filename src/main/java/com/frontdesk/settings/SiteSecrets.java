package com.frontdesk.settings;

import com.frontdesk.core.Actor;
import com.frontdesk.core.Store;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Values made once per site and never shown or changed: the salt of visitors' ID-number
 * hashes. They live in the settings table but go to neither the audit log nor head office.
 */
public final class SiteSecrets {
    static final String VISITOR_ID_SALT = "secret.visitorIdSalt";

    private final Store store;
    private final SettingsRepository repository = new SettingsRepository();
    private volatile String visitorIdSalt;

    public SiteSecrets(Store store) {
        this.store = store;
    }

    /** Made on first use; changing it later would stop watchlist entries matching ID numbers. */
    public String visitorIdSalt() {
        String salt = visitorIdSalt;
        if (salt == null) {
            salt = store.write(Actor.SYSTEM, tx -> repository.get(tx.handle(), VISITOR_ID_SALT).orElseGet(() -> {
                byte[] bytes = new byte[32];
                new SecureRandom().nextBytes(bytes);
                String made = HexFormat.of().formatHex(bytes);
                repository.put(tx.handle(), VISITOR_ID_SALT, made, tx.now());
                return made;
            }));
            visitorIdSalt = salt;
        }
        return salt;
    }
}
