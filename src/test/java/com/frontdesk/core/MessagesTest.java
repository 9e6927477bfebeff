package com.frontdesk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private final Locale defaultLocale = Locale.getDefault();

    @AfterEach
    void restoreDefaultLocale() {
        Locale.setDefault(defaultLocale);
    }

    @Test
    void chineseAndEnglishGiveTheirOwnTextForTheSameKey() throws IOException {
        Messages zh = new Messages(Messages.CHINESE);
        Messages en = new Messages(Messages.ENGLISH);

        assertThat(zh.get("login.wrong")).isEqualTo(bundleFile("i18n/messages_zh_CN.properties").getProperty("login.wrong"));
        assertThat(en.get("login.wrong")).isEqualTo(bundleFile("i18n/messages.properties").getProperty("login.wrong"));
        assertThat(zh.get("login.wrong")).isNotEqualTo(en.get("login.wrong"));
    }

    @Test
    void englishStaysEnglishOnAChinesePc() throws IOException {
        Locale.setDefault(Locale.CHINA);

        Messages en = new Messages(Messages.ENGLISH);

        assertThat(en.get("login.wrong")).isEqualTo(bundleFile("i18n/messages.properties").getProperty("login.wrong"));
        assertThat(en.get("error.accessDenied"))
                .isEqualTo(bundleFile("i18n/messages.properties").getProperty("error.accessDenied"));
    }

    @Test
    void placeholdersAreFilledInTheUsersLanguage() {
        Messages en = new Messages(Messages.ENGLISH);
        Messages zh = new Messages(Messages.CHINESE);

        assertThat(en.get("validation.range", 1, 240)).contains("1").contains("240").doesNotContain("{0}", "{1}");
        assertThat(zh.get("validation.range", 1, 240)).contains("1").contains("240").doesNotContain("{0}", "{1}");
    }

    @Test
    void aMissingKeyIsShownMarkedRatherThanFailing() {
        assertThat(new Messages(Messages.ENGLISH).get("no.such.key")).isEqualTo("!no.such.key!");
    }

    @Test
    void aValidationFailureNamesEachFieldInTheUsersLanguage() {
        ValidationException e = new ValidationException(List.of(
                new Problem("name", "validation.required", List.of())));
        Messages en = new Messages(Messages.ENGLISH);

        assertThat(en.format(e)).isEqualTo(en.get("field.name") + ": " + en.get("validation.required"));
        assertThat(en.format(e)).doesNotContain("!");
    }

    @Test
    void languageTagsMapToTheTwoSupportedLocales() {
        assertThat(Messages.localeOf("en")).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.localeOf("zh-CN")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Messages.tagOf(Locale.ENGLISH)).isEqualTo("en");
        assertThat(Messages.tagOf(Locale.SIMPLIFIED_CHINESE)).isEqualTo("zh-CN");
    }

    static Properties bundleFile(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
