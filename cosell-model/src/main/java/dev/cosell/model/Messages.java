package dev.cosell.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Turns message keys and arguments into text, in the languages cosell has texts for: English (the base texts,
 * {@code messages.properties}) and Korean ({@code messages_ko.properties}), both read as UTF-8.
 *
 * <p>A locale picks the texts of its language; a locale whose language has none reads English, whatever the
 * JVM's default locale. The texts are loaded here rather than through {@link java.util.ResourceBundle}, whose
 * lookup falls back to the default locale (a server running in Korean would answer a German request in
 * Korean) and whose way around that, a {@code ResourceBundle.Control}, is refused in named modules (which an
 * application on the module path makes of this jar).
 *
 * <p>Arguments are shown for the locale: amounts with two decimals and the locale's separators
 * ({@code 99,999.99}; {@code 99.999,99} for {@code Locale.GERMANY}, whose words are English), months and dates
 * with the texts' {@code format.month} and {@code format.date} patterns ({@code 2020-06} in English,
 * {@code 2020년 6월} in Korean), enum values with their
 * {@code value.<Enum>.<NAME>} text, collections joined with commas.
 */
final class Messages {
    /** The languages with texts of their own, the base (English) first. */
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.KOREAN);

    private static final Texts BASE = new Texts(Locale.ROOT, load("messages.properties"), null);
    private static final Map<String, Texts> BY_LANGUAGE = new HashMap<>();

    static {
        for (Locale language : SUPPORTED.subList(1, SUPPORTED.size())) {
            BY_LANGUAGE.put(language.getLanguage(),
                    new Texts(language, load("messages_" + language.getLanguage() + ".properties"), BASE));
        }
    }

    private Messages() {
    }

    /** One language's texts, over the base texts for any key it lacks. */
    record Texts(Locale locale, Map<String, String> own, Texts base) {
        String get(String key) {
            String text = own.get(key);
            return text != null || base == null ? text : base.get(key);
        }
    }

    /** The texts for a locale: its language's, or the English base texts. */
    static Texts texts(Locale locale) {
        return locale == null ? BASE : BY_LANGUAGE.getOrDefault(locale.getLanguage(), BASE);
    }

    static String text(String key, Locale locale) {
        return format(key, new Object[0], locale);
    }

    static String format(String key, Object[] arguments, Locale locale) {
        Texts texts = texts(locale);
        // Amounts follow the locale asked for, even when its language has no texts and the words are English.
        Locale shownIn = locale == null ? Locale.ENGLISH : locale;
        String pattern = texts.get(key);
        if (pattern == null) {
            // A rule set may emit a key this library does not know: show it rather than fail.
            return key + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments));
        }
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = show(arguments[i], shownIn, texts);
        }
        return new MessageFormat(pattern, shownIn).format(shown);
    }

    private static String show(Object value, Locale locale, Texts texts) {
        if (value instanceof BigDecimal amount) {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setGroupingUsed(true);
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
            return format.format(amount);
        }
        if (value instanceof YearMonth month) {
            return DateTimeFormatter.ofPattern(texts.get("format.month"), locale).format(month);
        }
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ofPattern(texts.get("format.date"), locale).format(date);
        }
        if (value instanceof Enum<?> e) {
            String text = texts.get("value." + e.getDeclaringClass().getSimpleName() + "." + e.name());
            return text == null ? e.name() : text;
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(v -> show(v, locale, texts)).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    private static Map<String, String> load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("dev/cosell/model/" + resource + " is not on the classpath");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("dev/cosell/model/" + resource + " cannot be read", e);
        }
        Map<String, String> texts = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return Map.copyOf(texts);
    }
}
