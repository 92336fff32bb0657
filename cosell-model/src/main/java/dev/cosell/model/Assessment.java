package dev.cosell.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where one offer stands in the co-sell program on one date, why, what it gets, and what is missing.
 * Immutable.
 *
 * @param partnerId          the partner's id
 * @param offerId            the offer's id
 * @param asOf               the evaluation date
 * @param status             the status the offer qualifies for under the requirements
 * @param route              the step-4 route reached: {@link IncentiveRoute#NONE} unless the status is
 *                           {@link Status#CO_SELL_INCENTIVIZED}
 * @param standing           how the qualified status relates to Microsoft's review of the co-sell section (M1 to
 *                           M7): {@code status} is what the offer qualifies for under the requirements, never
 *                           Microsoft's decision
 * @param findings           one finding per requirement row of the revision, in id order
 * @param benefits           the benefits that apply, in order
 * @param serviceFeePercent  the marketplace service fee on billed sales, for transactable IaaS and SaaS offers
 *                           (20, or 10 with benefit B1) while the revision has B1 (up to 2021-07-13); empty for
 *                           other offers and from 2021-07-14, when the co-sell pages state no fee any more
 * @param channels           the co-sell channels C1 to C3 that are open, in order
 * @param nextSteps          the unmet requirements between the offer and its next status, in step order;
 *                           empty when there is no further status to reach. The standing's own step
 *                           ({@link Standing#step(Locale)}, such as submitting the co-sell section) follows them
 * @param ruleSetRevision    the id of the program revision the assessment was made under, e.g.
 *                           {@code "2020-09-02"}
 * @param firedRules         names of the rules that fired for this offer, in firing order
 * @param revision           the program revision the assessment was made under: its dates, sources, confidence and
 *                           names; {@code null} only in an assessment made without one (never by the evaluator)
 * @param notices            what the reader must know about that revision for this date (a gap in the sources, a
 *                           pinned revision outside its dates, a benefit not evaluated)
 * @param attributes         what the revision says of the status beyond {@code status} and {@code route} ("In
 *                           market", Business Applications Standard or Premium)
 */
public record Assessment(String partnerId, String offerId, LocalDate asOf, Status status, IncentiveRoute route,
                         Standing standing, List<Finding> findings, List<Benefit> benefits, Optional<BigDecimal> serviceFeePercent,
                         List<Channel> channels, List<NextStep> nextSteps, String ruleSetRevision,
                         List<String> firedRules, Revision revision, List<Notice> notices,
                         List<StatusAttribute> attributes) {

    /**
     * An assessment; the lists are copied, and a missing service fee is empty.
     *
     * @param partnerId         the partner's id
     * @param offerId           the offer's id
     * @param asOf              the evaluation date
     * @param status            the status the offer qualifies for under the requirements
     * @param route             the step-4 route reached; {@link IncentiveRoute#NONE} below co-sell incentivized
     * @param standing          how the qualified status relates to Microsoft's review (M1 to M7)
     * @param findings          one finding per requirement row, in step order
     * @param benefits          the benefits B1 to B4 that apply, in order
     * @param serviceFeePercent the marketplace service fee on billed sales; {@code null} reads empty
     * @param channels          the co-sell channels C1 to C3 that are open, in order
     * @param nextSteps         the unmet requirements between the offer and its next status, in step order
     * @param ruleSetRevision   the program revision the rules encode
     * @param firedRules        names of the rules that fired for this offer, in firing order
     * @param revision          the program revision the assessment was made under
     * @param notices           what the reader must know about that revision for this date; copied
     * @param attributes        what the revision says of the status beyond status and route; copied
     */
    public Assessment {
        notices = Copies.list(notices);
        attributes = Copies.list(attributes);
        findings = Copies.list(findings);
        benefits = Copies.list(benefits);
        channels = Copies.list(channels);
        nextSteps = Copies.list(nextSteps);
        firedRules = Copies.list(firedRules);
        serviceFeePercent = serviceFeePercent == null ? Optional.empty() : serviceFeePercent;
    }

    /**
     * An assessment made without a revision record, notices or attributes.
     *
     * @param partnerId         the partner's id
     * @param offerId           the offer's id
     * @param asOf              the evaluation date
     * @param status            the status the offer qualifies for under the requirements
     * @param route             the step-4 route reached; {@link IncentiveRoute#NONE} below co-sell incentivized
     * @param standing          how the qualified status relates to Microsoft's review (M1 to M7)
     * @param findings          one finding per requirement row, in step order
     * @param benefits          the benefits that apply, in order
     * @param serviceFeePercent the marketplace service fee on billed sales; {@code null} reads empty
     * @param channels          the co-sell channels that are open, in order
     * @param nextSteps         the unmet requirements between the offer and its next status, in step order
     * @param ruleSetRevision   the id of the program revision
     * @param firedRules        names of the rules that fired for this offer, in firing order
     */
    public Assessment(String partnerId, String offerId, LocalDate asOf, Status status, IncentiveRoute route,
                      Standing standing, List<Finding> findings, List<Benefit> benefits,
                      Optional<BigDecimal> serviceFeePercent, List<Channel> channels, List<NextStep> nextSteps,
                      String ruleSetRevision, List<String> firedRules) {
        this(partnerId, offerId, asOf, status, route, standing, findings, benefits, serviceFeePercent, channels,
                nextSteps, ruleSetRevision, firedRules, null, List.of(), List.of());
    }

    /**
     * The status in the words of the assessment's revision, e.g. "Azure IP co-sell eligible" under revision
     * 2023-08-24; the generic title (with the route for co-sell incentivized) when there is no revision record.
     *
     * @param locale the language; {@code null} reads English
     * @return the status's name
     */
    public String statusTitle(Locale locale) {
        if (revision != null) {
            return revision.statusTitle(status, route, locale);
        }
        return status == Status.CO_SELL_INCENTIVIZED && route != IncentiveRoute.NONE
                ? Messages.format("status.withRoute", new Object[] {status.title(locale), route.title(locale)}, locale)
                : status.title(locale);
    }

    /**
     * Where a partner acts on a row, under the assessment's revision (see {@link Revision#where}).
     *
     * @param requirement the row
     * @param locale      the language; {@code null} reads English
     * @return where to act on the row
     * @throws IllegalArgumentException if {@code requirement} is {@code null}
     */
    public String where(Requirement requirement, Locale locale) {
        if (requirement == null) {
            throw new IllegalArgumentException("requirement is missing");
        }
        return revision != null ? revision.where(requirement, locale) : requirement.where(locale);
    }

    /**
     * The finding for one requirement row.
     *
     * @param requirement the requirement row, R1.1 to R4.3
     * @return the assessment's finding for that row
     * @throws IllegalArgumentException if {@code requirement} is {@code null}, or if the assessment has no finding
     *                                  for that row (never for an assessment made by the evaluator, which covers
     *                                  every row)
     */
    public Finding finding(Requirement requirement) {
        if (requirement == null) {
            throw new IllegalArgumentException("requirement is missing");
        }
        return findings.stream().filter(f -> f.requirement() == requirement).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no finding for " + requirement.id()));
    }

    /**
     * The outcome for one requirement row.
     *
     * @param requirement the requirement row, R1.1 to R4.3
     * @return how the offer fares against that row
     * @throws IllegalArgumentException as {@link #finding(Requirement)} does
     */
    public Outcome outcome(Requirement requirement) {
        return finding(requirement).outcome();
    }

    /**
     * {@return this assessment with its findings' and next steps' texts in the given language ({@code null}:
     * English; a locale cosell has no texts for reads English)}
     *
     * @param locale the language of the texts; {@code null} reads English
     */
    public Assessment withLocale(Locale locale) {
        return new Assessment(partnerId, offerId, asOf, status, route, standing,
                findings.stream().map(f -> f.withLocale(locale)).toList(), benefits, serviceFeePercent, channels,
                nextSteps.stream().map(s -> new NextStep(s.finding().withLocale(locale))).toList(),
                ruleSetRevision, firedRules, revision, notices, attributes);
    }

    /**
     * The standing in words, in the given language: what the offer qualifies for and how that relates to
     * Microsoft's review, e.g. "Qualifies for Co-sell ready; Microsoft's review is pending."
     *
     * @param locale the language of the text; {@code null} reads English
     * @return the standing text, as {@link Standing#text(Status, IncentiveRoute, Locale)} words it
     */
    public String standingText(Locale locale) {
        return standing.text(status, route, locale);
    }

    /** {@return the findings whose outcome is {@link Outcome#UNMET}, in step order} */
    public List<Finding> unmet() {
        return findings.stream().filter(Finding::isBlocking).toList();
    }
}
