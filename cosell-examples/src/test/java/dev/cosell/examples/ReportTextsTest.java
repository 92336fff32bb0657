package dev.cosell.examples;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The frame texts of the two human reports, the HTML report ({@code report/report.properties}) and the text
 * report of {@code cosell evaluate} ({@code cli/text.properties}), each with a Korean bundle: a translation
 * that lacks a key, adds one, or drops or renumbers an argument would show a raw key, an English word or a
 * wrong figure in the Korean report.
 */
class ReportTextsTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private static Properties load(String resource) throws IOException {
        try (InputStream in = ReportTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is on the class path");
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    /** The argument numbers a MessageFormat pattern uses, outside its quoted parts; empty for a plain text. */
    private static Set<Integer> arguments(String pattern) {
        String unquoted = pattern.replace("''", "").replaceAll("'[^']*'", "");
        Set<Integer> numbers = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(unquoted);
        while (m.find()) {
            numbers.add(Integer.valueOf(m.group(1)));
        }
        return numbers;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev/cosell/examples/report/report", "dev/cosell/examples/cli/text"})
    void givenTheKoreanBundle_thenItHasExactlyTheEnglishKeysEachWithTheSameArguments(String bundle)
            throws IOException {
        Properties english = load(bundle + ".properties");
        Properties korean = load(bundle + "_ko.properties");

        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(korean.stringPropertyNames()),
                "the Korean bundle has exactly the English keys");
        List<Executable> checks = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String ko = korean.getProperty(key);
            checks.add(() -> assertEquals(arguments(en), arguments(ko), key + ": the same {n} arguments"));
            checks.add(() -> assertFalse(ko.isBlank(), key + " is translated"));
            if (!arguments(en).isEmpty()) {
                // A lone apostrophe would quote the rest of the pattern, hiding its arguments.
                checks.add(() -> assertFalse(LONE_APOSTROPHE.matcher(ko).find(), key + ": apostrophes doubled"));
                checks.add(() -> new MessageFormat(ko, Locale.KOREAN));
            } else {
                checks.add(() -> assertFalse(ko.contains("''"), key + ": a plain text, its apostrophes single"));
            }
        }
        assertAll(checks);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev.cosell.examples.report.report", "dev.cosell.examples.cli.text"})
    void givenKorean_whenTheBundleIsLoadedAsTheReportsDo_thenItIsTheKoreanTextReadAsUtf8(String name)
            throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle(name, Locale.KOREAN,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Properties korean = load(name.replace('.', '/') + "_ko.properties");

        assertEquals(Locale.KOREAN, bundle.getLocale());
        for (String key : korean.stringPropertyNames()) {
            assertEquals(korean.getProperty(key), bundle.getString(key), key);
        }
        assertTrue(korean.values().stream().anyMatch(v -> ((String) v).contains("공동 판매")),
                "the program's Korean term for co-sell");
    }
}
