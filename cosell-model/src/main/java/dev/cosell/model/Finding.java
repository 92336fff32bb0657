package dev.cosell.model;

import java.util.List;
import java.util.Locale;

/**
 * How an offer fares against one requirement row, and why, with the concrete figures.
 *
 * <p>The rules emit a message key and its arguments; the text is formatted only when asked for, in the
 * finding's own language by {@link #message()} or in any other by {@link #message(Locale)}. cosell has
 * English and Korean texts; any other locale reads English.
 *
 * @param requirement the requirement row
 * @param outcome     met, unmet, optional-missing or not-applicable
 * @param messageKey  key of the explanation in the message bundle, e.g. {@code "R4.1.unmet"}
 * @param arguments   the explanation's figures (amounts, months, dates, countries)
 * @param locale      the language {@link #message()} uses; {@link Locale#ENGLISH} if {@code null}
 */
public record Finding(Requirement requirement, Outcome outcome, String messageKey, List<Object> arguments,
                      Locale locale) {

    /**
     * A finding; the arguments are copied, and a missing locale reads English.
     *
     * @param requirement the requirement row
     * @param outcome     met, unmet, optional-missing or not-applicable
     * @param messageKey  key of the explanation in the message bundle
     * @param arguments   the explanation's figures; copied
     * @param locale      the language {@link #message()} uses; {@code null} reads English
     */
    public Finding {
        arguments = Copies.list(arguments);
        locale = locale == null ? Locale.ENGLISH : locale;
    }

    /**
     * A finding whose {@link #message()} is in English.
     *
     * @param requirement the requirement row
     * @param outcome     met, unmet, optional-missing or not-applicable
     * @param messageKey  key of the explanation in the message bundle
     * @param arguments   the explanation's figures; copied
     */
    public Finding(Requirement requirement, Outcome outcome, String messageKey, List<Object> arguments) {
        this(requirement, outcome, messageKey, arguments, Locale.ENGLISH);
    }

    /**
     * {@return this finding, with {@link #message()} in the given language ({@code null}: English)}
     *
     * @param locale the language {@link #message()} uses
     */
    public Finding withLocale(Locale locale) {
        return new Finding(requirement, outcome, messageKey, arguments, locale);
    }

    /**
     * {@return the explanation in the finding's language, e.g. "ACR over 2019-07…2020-06 is 99,999.99 USD;
     * 100,000.00 USD needed." in English}
     */
    public String message() {
        return message(locale);
    }

    /**
     * {@return the explanation in the given language (English for a locale cosell has no texts for, or
     * {@code null}); the key itself for a key cosell has no text for, and {@code "(no message)"} for a finding
     * without key}
     *
     * @param locale the language of the explanation
     */
    public String message(Locale locale) {
        return messageKey == null ? "(no message)" : Messages.format(messageKey, arguments.toArray(), locale);
    }

    /** {@return whether this finding blocks the status its row unlocks: unmet, or an input the revision needs is missing} */
    public boolean isBlocking() {
        return outcome == Outcome.UNMET || outcome == Outcome.INPUT_MISSING;
    }

    @Override
    public String toString() {
        return (requirement == null ? "(no requirement)" : requirement.id()) + " " + outcome + ": " + message();
    }
}
