package dev.cosell.examples.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of a human report (the text report of the command-line tool, the HTML report) in one language:
 * a properties bundle per language, the English one the base. The JVM's default locale never decides which
 * bundle is read: a language without its own file reads English.
 */
public final class ReportTexts {
    private final ResourceBundle texts;
    private final Locale locale;

    private ReportTexts(ResourceBundle texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    /**
     * {@return the texts of the bundle (a base name such as {@code dev.cosell.examples.report.report}) in a
     * language}
     *
     * @param bundle the bundle's base name
     * @param locale the language of the texts
     */
    public static ReportTexts load(String bundle, Locale locale) {
        return new ReportTexts(ResourceBundle.getBundle(bundle, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), locale);
    }

    /**
     * {@return the text of a key, or the key itself if the bundle lacks it (a test checks that none lacks one)}
     *
     * @param key the text's key in the bundle
     */
    public String text(String key) {
        try {
            return texts.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * {@return the pattern of a key with its arguments, numbers and dates formatted for the language}
     *
     * @param key       the pattern's key in the bundle
     * @param arguments the values the pattern shows
     */
    public String format(String key, Object... arguments) {
        return new MessageFormat(text(key), locale).format(arguments);
    }
}
