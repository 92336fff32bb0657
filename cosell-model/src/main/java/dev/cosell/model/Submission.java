package dev.cosell.model;

import java.time.LocalDate;

/**
 * One thing to evaluate: an offer of a partner, on a date. The date is always explicit: the rules never
 * read the clock, so the same submission always gives the same assessment.
 *
 * @param partner the partner who owns the offer
 * @param offer   the offer
 * @param asOf    the evaluation date
 */
public record Submission(Partner partner, Offer offer, LocalDate asOf) {

    /**
     * Shorthand for the constructor.
     *
     * @param partner the partner who owns the offer
     * @param offer   the offer
     * @param asOf    the evaluation date
     * @return the submission
     */
    public static Submission of(Partner partner, Offer offer, LocalDate asOf) {
        return new Submission(partner, offer, asOf);
    }
}
