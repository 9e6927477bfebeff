package com.frontdesk.core;

import static com.frontdesk.core.MessagesTest.bundleFile;
import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.SiteKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages are complete: the same keys, no empty text, and every key the code uses exists. */
class MessageBundleTest {
    private static final Pattern KEY_LITERAL =
            Pattern.compile("\"((?:error|login|validation)\\.[A-Za-z0-9_.]+)\"");

    @Test
    void englishAndChineseHoldExactlyTheSameKeys() throws IOException {
        Set<String> english = keys(bundleFile("i18n/messages.properties"));
        Set<String> chinese = keys(bundleFile("i18n/messages_zh_CN.properties"));

        assertThat(english).isNotEmpty();
        assertThat(chinese).as("keys only in English are missing in Chinese, and the other way round")
                .containsExactlyInAnyOrderElementsOf(english);
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String file : new String[] {"i18n/messages.properties", "i18n/messages_zh_CN.properties"}) {
            Properties p = bundleFile(file);
            assertThat(p.stringPropertyNames()).as(file)
                    .allSatisfy(key -> assertThat(p.getProperty(key)).as("%s in %s", key, file).isNotBlank());
        }
    }

    @Test
    void everyMessageKeyTheCodeUsesIsInTheBundle() throws IOException {
        Set<String> used = new TreeSet<>(keyLiteralsIn(Path.of("src/main/java")));
        Arrays.stream(Role.values()).map(Role::messageKey).forEach(used::add);
        Arrays.stream(SiteKind.values()).map(SiteKind::messageKey).forEach(used::add);

        assertThat(used).contains("error.accessDenied", "login.wrong", "login.locked");
        assertThat(keys(bundleFile("i18n/messages.properties"))).containsAll(used);
    }

    private static Set<String> keys(Properties p) {
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static Set<String> keyLiteralsIn(Path sources) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                try {
                    Matcher m = KEY_LITERAL.matcher(Files.readString(f));
                    while (m.find()) {
                        found.add(m.group(1));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return found;
    }
}
