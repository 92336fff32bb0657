package dev.cosell.model;

import java.util.Locale;

/**
 * The co-sell status an offer qualifies for under the program's requirements. The statuses are cumulative: an
 * incentivized offer is also co-sell ready. The status in Partner Center is Microsoft's decision after its review
 * (program document step 8); {@link Standing} says how the two relate.
 */
public enum Status {
    /** Some requirement of steps 1 or 3 is unmet. */
    NOT_READY,
    /** Every requirement of steps 1 and 3 is met: Microsoft sellers can co-sell the offer (channel C3). */
    CO_SELL_READY,
    /** Co-sell ready and every requirement of the offer's step-4 route is met. */
    CO_SELL_INCENTIVIZED;

    /** {@return the status, e.g. "Co-sell ready", in English} */
    public String title() {
        return title(Locale.ENGLISH);
    }

    /**
     * {@return the status, e.g. "Co-sell ready", in the given language (English for a locale cosell has no texts
     * for)}
     *
     * @param locale the language of the title; {@code null} reads English
     */
    public String title(Locale locale) {
        return Messages.text("status." + name(), locale);
    }

    /** {@return the status after this one, or this one if it is the last} */
    public Status next() {
        return this == CO_SELL_INCENTIVIZED ? this : values()[ordinal() + 1];
    }
}
