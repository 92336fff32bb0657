package dev.cosell.model;

/**
 * A yes/no input the caller may not know. {@link #NOT_GIVEN} is not a "no": a revision whose row reads an input
 * that was not given reports it as missing and never guesses it. A {@code null} answer is {@link #NOT_GIVEN}
 * wherever the model takes one.
 *
 * <p>Read by the later revisions (tables in the program's revision files): {@link Offer#paidPlan()} (R4.1 from
 * 2020-09-02, B3 from 2021-03-17), {@link Offer#listingComplete()} (R3.9 from 2020-10-19),
 * {@link Offer#technicalValidation()} (R4.2 from 2021-02-24), {@link Offer#officeAppOrAddIn()} (R1.5 from
 * 2021-07-13), {@link Offer#cloudSpecialistRequested()} (R3.8, 2020-09-02 to 2021-02-23) and
 * {@link Partner#marketplaceAccountActive()} (R1.4 from 2021-02-24).
 */
public enum Answer {
    /** The caller does not say: a row that needs the answer reports it as missing. */
    NOT_GIVEN,
    /** Yes. */
    YES,
    /** No. */
    NO
}
