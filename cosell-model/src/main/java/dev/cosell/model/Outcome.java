package dev.cosell.model;

import java.util.Locale;

/** How an offer fares against one requirement row. */
public enum Outcome {
    /** The requirement is met. */
    MET,
    /** The requirement is not met; it blocks the status it unlocks. */
    UNMET,
    /** An optional requirement (R2.1; R3.3 until revision 2020-10-19) is not met; it never blocks a status. */
    OPTIONAL_MISSING,
    /** The requirement does not apply to this offer (for example R3.6 to IP solutions). */
    NOT_APPLICABLE,
    /**
     * The revision needs an input the submission did not give (for example the MPN ID for R1.4): the finding says
     * which. It blocks the status the row unlocks, as {@link #UNMET} does: cosell never guesses a missing input.
     */
    INPUT_MISSING;

    /** {@return the outcome, e.g. "unmet", in English} */
    public String title() {
        return title(Locale.ENGLISH);
    }

    /**
     * {@return the outcome, e.g. "unmet", in the given language (English for a locale cosell has no texts for)}
     *
     * @param locale the language of the title; {@code null} reads English
     */
    public String title(Locale locale) {
        return Messages.text("outcome." + name(), locale);
    }
}
