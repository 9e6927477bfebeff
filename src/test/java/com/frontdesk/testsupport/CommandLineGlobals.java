package com.frontdesk.testsupport;

import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The JVM-wide settings a command-line test changes, put back after each test: the default locale,
 * set to English because {@code Messages.forSystem()} follows it, and the {@code frontdesk.logs}
 * property, which {@code --data-dir} points into the data folder. Use with
 * {@code @ExtendWith(CommandLineGlobals.class)}.
 */
public final class CommandLineGlobals implements BeforeEachCallback, AfterEachCallback {
    private static final String LOGS_PROPERTY = "frontdesk.logs";
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(CommandLineGlobals.class);

    /** What was there before the test; a record so a missing property (null) can be stored too. */
    private record Saved(Locale locale, String logs) {
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put(Saved.class, new Saved(Locale.getDefault(), System.getProperty(LOGS_PROPERTY)));
        Locale.setDefault(Locale.ENGLISH);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Saved saved = context.getStore(NAMESPACE).remove(Saved.class, Saved.class);
        Locale.setDefault(saved.locale());
        if (saved.logs() == null) {
            System.clearProperty(LOGS_PROPERTY);
        } else {
            System.setProperty(LOGS_PROPERTY, saved.logs());
        }
    }
}
