package dev.cosell.model;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Turns message keys and arguments into text. Amounts are formatted with two decimals and the
 * locale's grouping, months as {@code yyyy-MM}, dates as ISO dates, collections joined with commas.
 */
final class Messages {
    static final String BUNDLE = "dev.cosell.model.messages";

    private Messages() {
    }

    static String text(String key, Locale locale) {
        return format(key, new Object[0], locale);
    }

    static String format(String key, Object[] arguments, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A rule set may emit a key this library does not know: show it rather than fail.
            return key + (arguments.length == 0 ? "" : " " + java.util.Arrays.toString(arguments));
        }
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = show(arguments[i], locale, bundle);
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    private static String show(Object value, Locale locale, ResourceBundle bundle) {
        if (value instanceof BigDecimal amount) {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
            return format.format(amount);
        }
        if (value instanceof YearMonth || value instanceof LocalDate) {
            return value.toString();
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
}
