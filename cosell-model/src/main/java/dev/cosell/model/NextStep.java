package dev.cosell.model;

import java.util.Locale;

/**
 * One thing to do to reach the next status: an unmet requirement and where to act on it.
 *
 * @param finding the unmet finding this step resolves
 */
public record NextStep(Finding finding) {

    /**
     * A step resolving the given finding.
     *
     * @param finding the unmet finding this step resolves
     * @throws IllegalArgumentException if {@code finding} is {@code null} or has no requirement row
     */
    public NextStep {
        if (finding == null || finding.requirement() == null) {
            throw new IllegalArgumentException("finding is missing" + (finding == null ? "" : " its requirement"));
        }
    }

    /** {@return the requirement row to meet} */
    public Requirement requirement() {
        return finding.requirement();
    }

    /** {@return what is missing, in the finding's language ({@link Finding#locale()})} */
    public String message() {
        return finding.message();
    }

    /**
     * {@return what is missing, in the given language}
     *
     * @param locale the language of the text; {@code null} reads English
     */
    public String message(Locale locale) {
        return finding.message(locale);
    }

    /**
     * {@return where to act, in the finding's language, e.g. "Partner Center › Commercial Marketplace › Overview ›
     * (the offer) › ..." in English}
     */
    public String where() {
        return finding.requirement().where(finding.locale());
    }

    /**
     * {@return where to act, in the given language}
     *
     * @param locale the language of the text; {@code null} reads English
     */
    public String where(Locale locale) {
        return finding.requirement().where(locale);
    }

    @Override
    public String toString() {
        return requirement().id() + ": " + message() + " (" + where() + ")";
    }
}
