package dev.cosell.model;

import java.util.Locale;

/**
 * Where the offer's co-sell section stands in Microsoft's review, as the caller knows it: the program document's
 * step 7 (the partner submits the section: <b>Review and publish</b>, then <b>Publish</b>) and step 8 (Microsoft
 * reviews the materials and decides). cosell never guesses it: it is an input, {@link #NOT_KNOWN} unless given.
 */
public enum ReviewState {
    /** The caller does not say: reports say what the offer qualifies for, never what it is. */
    NOT_KNOWN,
    /** The co-sell section has not been submitted (step 7 not done). */
    NOT_SUBMITTED,
    /** Submitted; Microsoft's review (step 8) is pending. */
    IN_REVIEW,
    /** Microsoft's review approved the co-sell section. */
    APPROVED,
    /** Microsoft's review declined the co-sell section. */
    DECLINED;

    /** {@return the review state, e.g. "in review", in English} */
    public String title() {
        return title(Locale.ENGLISH);
    }

    /**
     * {@return the review state in the given language (English for a locale cosell has no texts for)}
     *
     * @param locale the language of the title; {@code null} reads English
     */
    public String title(Locale locale) {
        return Messages.text("review." + name(), locale);
    }
}
