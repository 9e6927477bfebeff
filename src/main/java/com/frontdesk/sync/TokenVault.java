package com.frontdesk.sync;

import java.nio.file.StandardCopyOption;
import com.frontdesk.core.Actor;
import com.frontdesk.core.Store;
import com.frontdesk.settings.SettingsRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps head office's bearer token encrypted (AES-GCM) in the settings table. The key is a file
 * in the data folder, readable by the user only, and is not part of a backup (a backup copies
 * the database), so a copy of the database does not give the token away; after a restore on
 * another PC the administrator types the token again. Setting it is audited without its value.
 */
public final class TokenVault {
    static final String KEY = "secret.syncToken";
    private static final int IV_BYTES = 12;

    private final Store store;
    private final Path keyFile;
    private final SettingsRepository repository = new SettingsRepository();

    public TokenVault(Store store, Path keyFile) {
        this.store = store;
        this.keyFile = keyFile;
    }

    public boolean present() {
        return store.read(h -> repository.get(h, KEY)).isPresent();
    }

    /** Stores a new token (blank clears it); the audit log says it changed, never what it is. */
    void put(Actor actor, String token) {
        String sealed = token == null || token.isBlank() ? "" : seal(token.strip());
        store.write(actor, tx -> {
            repository.put(tx.handle(), KEY, sealed, tx.now());
            tx.audit("sync", null, "SYNC_TOKEN_SET", Map.of("token", sealed.isEmpty() ? "cleared" : "set"));
            return null;
        });
    }

    /** The token, or empty when none is set or it cannot be opened (the key file was lost). */
    Optional<String> get() {
        return store.read(h -> repository.get(h, KEY)).filter(s -> !s.isEmpty()).flatMap(this::open);
    }

    private String seal(String token) {
        try {
            byte[] iv = new byte[IV_BYTES];
            new SecureRandom().nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key(), "AES"), new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
            byte[] all = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, all, 0, iv.length);
            System.arraycopy(sealed, 0, all, iv.length, sealed.length);
            return Base64.getEncoder().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<String> open(String sealed) {
        try {
            if (!Files.exists(keyFile)) {
                return Optional.empty();
            }
            byte[] all = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key(), "AES"), new GCMParameterSpec(128, all, 0, IV_BYTES));
            return Optional.of(new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private synchronized byte[] key() {
        try {
            if (Files.exists(keyFile)) {
                return Base64.getDecoder().decode(Files.readString(keyFile).strip());
            }
            Files.createDirectories(keyFile.getParent());
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Path temp = keyFile.resolveSibling(keyFile.getFileName() + ".tmp");
            Files.writeString(temp, Base64.getEncoder().encodeToString(key));
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.move(temp, keyFile, StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
