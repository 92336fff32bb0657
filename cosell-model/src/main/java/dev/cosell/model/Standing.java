package dev.cosell.model;

import java.util.Locale;
import java.util.Optional;

/**
 * How the status an offer qualifies for relates to Microsoft's review of its co-sell section, decided by the rules
 * from the qualified status and the offer's {@link ReviewState}. The rules decide what an offer <em>qualifies
 * for</em> under the published requirements; only Microsoft's review (program document step 8) decides the status
 * in Partner Center, so an assessment never presents a qualification as that decision.
 *
 * <p>Each standing has the id of the rule row that decides it (M1 to M7), and some end the next steps with a step
 * of their own: submitting the co-sell section (step 7).
 */
public enum Standing {
    /** M1: the review state is not known; the offer qualifies for its status, Microsoft's review decides. */
    REVIEW_NOT_KNOWN("M1", false),
    /** M2: co-sell ready or better, not submitted: submit the co-sell section (step 7). */
    READY_TO_SUBMIT("M2", true),
    /** M3: not ready and not submitted: the requirements come first, then the submission. */
    NOT_SUBMITTED("M3", false),
    /** M4: submitted; Microsoft's review is pending. */
    IN_REVIEW("M4", false),
    /** M5: co-sell ready or better and approved: Microsoft's review confirms the status. */
    CONFIRMED("M5", false),
    /** M6: approved, yet the data given meets no co-sell status: the data or the approval is out of date. */
    APPROVED_BUT_UNMET("M6", false),
    /** M7: declined: correct the materials and submit again (step 7). */
    DECLINED("M7", true);

    private final String id;
    private final boolean hasStep;

    Standing(String id, boolean hasStep) {
        this.id = id;
        this.hasStep = hasStep;
    }

    /** {@return the id of the rule row that decides this standing, e.g. {@code "M2"}} */
    public String id() {
        return id;
    }

    /**
     * {@return the standing in words, in the given language, for an offer that qualifies for {@code status} (by
     * {@code route} when co-sell incentivized), e.g. "Qualifies for Co-sell ready; Microsoft's review is pending."}
     * A {@code null} route is none, a {@code null} locale English.
     *
     * @param status the status the offer qualifies for
     * @param route  the step-4 route, named when {@code status} is co-sell incentivized; {@code null} is none
     * @param locale the language of the text; {@code null} reads English
     * @throws IllegalArgumentException if {@code status} is {@code null}
     */
    public String text(Status status, IncentiveRoute route, Locale locale) {
        if (status == null) {
            throw new IllegalArgumentException("status is missing");
        }
        String qualification = Messages.format("qualification." + status.name(),
                new Object[] {route == null ? "" : route.title(locale)}, locale);
        // {1}: the status's title, with its route when co-sell incentivized, so that a confirmed status names it too
        String title = status == Status.CO_SELL_INCENTIVIZED && route != null && route != IncentiveRoute.NONE
                ? Messages.format("status.withRoute", new Object[] {status.title(locale), route.title(locale)}, locale)
                : status.title(locale);
        return Messages.format("standing." + id, new Object[] {qualification, title}, locale);
    }

    /**
     * {@return the step this standing adds after the unmet requirements' next steps, in the given language, e.g.
     * "Submit the co-sell section for Microsoft's review"; empty for standings that add none}
     *
     * @param locale the language of the text; {@code null} reads English
     */
    public Optional<String> step(Locale locale) {
        return hasStep ? Optional.of(Messages.text("step." + id, locale)) : Optional.empty();
    }

    /**
     * {@return where in Partner Center to take {@link #step(Locale)}, in the given language; empty without a step}
     *
     * @param locale the language of the text; {@code null} reads English
     */
    public Optional<String> where(Locale locale) {
        return hasStep ? Optional.of(Messages.text("where." + id, locale)) : Optional.empty();
    }
}
