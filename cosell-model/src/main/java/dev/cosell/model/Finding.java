package dev.cosell.model;

import java.util.List;
import java.util.Locale;

/**
 * How an offer fares against one requirement row, and why, with the concrete figures.
 *
 * <p>The rules emit a message key and its arguments; the text is formatted only when asked for, in
 * English by {@link #message()} or in another language by {@link #message(Locale)}.
 *
 * @param requirement the requirement row
 * @param outcome     met, unmet, optional-missing or not-applicable
 * @param messageKey  key of the explanation in the message bundle, e.g. {@code "R4.1.unmet"}
 * @param arguments   the explanation's figures (amounts, months, dates, countries)
 */
public record Finding(Requirement requirement, Outcome outcome, String messageKey, List<Object> arguments) {

    public Finding {
        arguments = Copies.list(arguments);
    }

    /** The explanation in English, e.g. "ACR over 2019-07…2020-06 is 99,999.99 USD; 100,000.00 USD needed". */
    public String message() {
        return message(Locale.ENGLISH);
    }

    /** The explanation in the given language (falls back to English). */
    public String message(Locale locale) {
        return Messages.format(messageKey, arguments.toArray(), locale);
    }

    /** Whether this finding blocks the status its row unlocks. */
    public boolean isBlocking() {
        return outcome == Outcome.UNMET;
    }

    @Override
    public String toString() {
        return requirement.id() + " " + outcome + ": " + message();
    }
}
