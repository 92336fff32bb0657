package dev.cosell.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Turns message keys and arguments into text, in the languages cosell has a bundle for: English (the base
 * bundle {@code messages.properties}) and Korean ({@code messages_ko.properties}).
 *
 * <p>A locale without a bundle of its own reads English, whatever the JVM's default locale: bundles are
 * looked up without the default-locale fallback of {@link ResourceBundle#getBundle(String, Locale)}, so
 * that a server running in Korean still answers an English request in English, and the reverse.
 *
 * <p>Arguments are shown in the bundle's language: amounts with two decimals and the locale's grouping
 * ({@code 99,999.99}), months and dates with the bundle's {@code format.month} and {@code format.date}
 * patterns ({@code 2020-06} in English, {@code 2020년 6월} in Korean), enum values with their
 * {@code value.<Enum>.<NAME>} text, collections joined with commas. Property files are read as UTF-8.
 */
final class Messages {
    static final String BUNDLE = "dev.cosell.model.messages";
    /** The languages with a bundle of their own, the base (English) first. */
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.KOREAN);

    private static final ResourceBundle.Control CONTROL = new Utf8WithoutDefaultLocale();

    private Messages() {
    }

    /** The bundle for a locale: its language's, or the English base bundle. */
    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ENGLISH : locale,
                Messages.class.getClassLoader(), CONTROL);
    }

    static String text(String key, Locale locale) {
        return format(key, new Object[0], locale);
    }

    static String format(String key, Object[] arguments, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        // Figures follow the language of the text: a locale without a bundle reads English throughout.
        Locale shownIn = bundle.getLocale().getLanguage().isEmpty() || locale == null ? Locale.ENGLISH : locale;
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A rule set may emit a key this library does not know: show it rather than fail.
            return key + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments));
        }
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = show(arguments[i], shownIn, bundle);
        }
        return new MessageFormat(pattern, shownIn).format(shown);
    }

    private static String show(Object value, Locale locale, ResourceBundle bundle) {
        if (value instanceof BigDecimal amount) {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setGroupingUsed(true);
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
            return format.format(amount);
        }
        if (value instanceof YearMonth month) {
            return DateTimeFormatter.ofPattern(bundle.getString("format.month"), locale).format(month);
        }
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ofPattern(bundle.getString("format.date"), locale).format(date);
        }
        if (value instanceof Enum<?> e) {
            String key = "value." + e.getDeclaringClass().getSimpleName() + "." + e.name();
            return bundle.containsKey(key) ? bundle.getString(key) : e.name();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(v -> show(v, locale, bundle)).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    /** Property bundles read as UTF-8, with no fallback to the JVM's default locale. */
    private static final class Utf8WithoutDefaultLocale extends ResourceBundle.Control {
        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }

        @Override
        public ResourceBundle newBundle(String baseName, Locale locale, String format, ClassLoader loader,
                                        boolean reload) throws IOException {
            String resource = toResourceName(toBundleName(baseName, locale), "properties");
            InputStream in = loader.getResourceAsStream(resource);
            if (in == null) {
                return null;
            }
            try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return new PropertyResourceBundle(reader);
            }
        }
    }
}
