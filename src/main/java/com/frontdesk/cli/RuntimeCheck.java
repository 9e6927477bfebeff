package com.frontdesk.cli;

import java.nio.charset.Charset;
import java.security.KeyPairGenerator;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the Java runtime holds what the program needs. A packaged program runs on a jlink'ed
 * runtime with only the modules listed in packaging/jpackage; a module left out there fails only
 * when its feature is first used, so self-test tries each feature instead of trusting the list.
 */
public enum RuntimeCheck {
    /** jdk.charsets: Excel in China saves CSV files as GBK. */
    GBK_CHARSET("jdk.charsets", "cli.selfTest.missing.gbk") {
        @Override
        boolean works() {
            return Charset.isSupported("GBK");
        }
    },
    /** jdk.localedata: without it dates fall back to English names on a Chinese screen. */
    CHINESE_LOCALE_DATA("jdk.localedata", "cli.selfTest.missing.localeData") {
        @Override
        boolean works() {
            return "星期一".equals(DayOfWeek.MONDAY.getDisplayName(TextStyle.FULL, Locale.SIMPLIFIED_CHINESE));
        }
    },
    /** jdk.crypto.ec: HTTPS to head office negotiates elliptic-curve keys. */
    ELLIPTIC_CURVES("jdk.crypto.ec", "cli.selfTest.missing.ellipticCurves") {
        @Override
        boolean works() {
            try {
                KeyPairGenerator.getInstance("EC");
                return true;
            } catch (java.security.NoSuchAlgorithmException e) {
                return false;
            }
        }
    },
    /** java.net.http: the sync helper's HTTPS transport. */
    HTTP_CLIENT("java.net.http", "cli.selfTest.missing.httpClient") {
        @Override
        boolean works() {
            return present("java.net.http.HttpClient");
        }
    },
    /** java.desktop: PDFBox and the barcode images draw through AWT's image classes. */
    IMAGES("java.desktop", "cli.selfTest.missing.images") {
        @Override
        boolean works() {
            return present("java.awt.image.BufferedImage");
        }
    },
    /** javafx.controls: the window. Loaded, not started, so no display is needed. */
    JAVAFX("javafx.controls", "cli.selfTest.missing.javafx") {
        @Override
        boolean works() {
            return present("javafx.scene.control.Control");
        }
    };

    private final String module;
    private final String messageKey;

    RuntimeCheck(String module, String messageKey) {
        this.module = module;
        this.messageKey = messageKey;
    }

    public String module() {
        return module;
    }

    /** What the user loses without it; {0} is the module. */
    public String messageKey() {
        return messageKey;
    }

    abstract boolean works();

    /** The checks that fail on this runtime; empty when it has everything. */
    public static List<RuntimeCheck> failing() {
        List<RuntimeCheck> failing = new ArrayList<>();
        for (RuntimeCheck check : values()) {
            if (!check.works()) {
                failing.add(check);
            }
        }
        return failing;
    }

    /**
     * The JavaFX version, read without starting the toolkit: from JavaFX's own version class when
     * reachable (packaged runtimes export it), else from the module's descriptor.
     */
    public static Optional<String> javafxVersion() {
        try {
            Object v = Class.forName("com.sun.javafx.runtime.VersionInfo").getMethod("getRuntimeVersion").invoke(null);
            return Optional.of(String.valueOf(v));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return ModuleLayer.boot().findModule("javafx.base").flatMap(m -> m.getDescriptor().rawVersion());
        }
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, RuntimeCheck.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
