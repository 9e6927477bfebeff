package com.frontdesk.sync;

import java.nio.file.Path;
import java.util.Locale;

/** Where batches go: nowhere yet, a folder, or head office's HTTPS endpoint. */
public record SyncTarget(Kind kind, String folder, String url) {
    public enum Kind {
        NONE, FOLDER, HTTPS;

        public String messageKey() {
            return "sync.target." + name();
        }
    }

    public static SyncTarget folder(Path folder) {
        return new SyncTarget(Kind.FOLDER, folder.toString(), "");
    }

    public static SyncTarget https(String url) {
        return new SyncTarget(Kind.HTTPS, "", url);
    }

    /** What {@code --to} names: a URL when it has a scheme, otherwise a folder. */
    public static SyncTarget parse(String to) {
        String t = to.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? https(t) : folder(Path.of(t));
    }

    /** The target as the screen and the history show it. */
    public String describe() {
        return switch (kind) {
            case NONE -> "";
            case FOLDER -> folder;
            case HTTPS -> url;
        };
    }
}
