package dev.cosell.rules.reference;

import dev.cosell.model.Assessment;
import dev.cosell.model.Benefit;
import dev.cosell.model.Channel;
import dev.cosell.model.Collateral;
import dev.cosell.model.Competency;
import dev.cosell.model.CompetencyLevel;
import dev.cosell.model.Finding;
import dev.cosell.model.IncentiveRoute;
import dev.cosell.model.IsvConnectEnrollment;
import dev.cosell.model.IsvConnectTier;
import dev.cosell.model.ListingState;
import dev.cosell.model.NextStep;
import dev.cosell.model.Offer;
import dev.cosell.model.OfferType;
import dev.cosell.model.Outcome;
import dev.cosell.model.Partner;
import dev.cosell.model.Requirement;
import dev.cosell.model.RevenueRecord;
import dev.cosell.model.SalesContact;
import dev.cosell.model.ReviewState;
import dev.cosell.model.SolutionType;
import dev.cosell.model.Standing;
import dev.cosell.model.Status;
import dev.cosell.model.Submission;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An independent, plain-Java reading of the co-sell requirement table (revision 2020-05), written from
 * {@code REQUIREMENTS.md} and the "How the program is read" section of the README only, never from the DRL
 * rules. The differential test holds the rules against it, and the benchmarks use it as the baseline of what
 * the same decisions cost without a rule engine.
 *
 * <p>It expects a valid submission (see {@link dev.cosell.model.SubmissionValidator}); it does not validate.
 * It is stateless and thread-safe.
 */
public final class ReferenceEvaluator {
    /** R4.1: the revenue threshold, in USD. */
    public static final BigDecimal REVENUE_THRESHOLD_USD = new BigDecimal("100000.00");
    /** R4.2: the share of repeatable IP code on Azure that must be exceeded (strictly more than), in percent. */
    public static final BigDecimal AZURE_IP_SHARE_FLOOR_PERCENT = new BigDecimal("50");
    /** B1: the marketplace service fee without the benefit, in percent. */
    public static final BigDecimal STANDARD_SERVICE_FEE_PERCENT = new BigDecimal("20");
    /** B1: the marketplace service fee with the benefit, in percent. */
    public static final BigDecimal REDUCED_SERVICE_FEE_PERCENT = new BigDecimal("10");
    /** The program revision this reading follows. */
    public static final String REVISION = "2020-05-19";

    /** Creates a reference evaluator. */
    public ReferenceEvaluator() {
        // stateless
    }

    /** The assessment of a valid submission, as the requirement table and the README's readings give it. */
    public Assessment evaluate(Submission submission) {
        Partner partner = submission.partner();
        Offer offer = submission.offer();
        LocalDate asOf = submission.asOf();
        OfferType type = offer.type();

        Finding[] findings = new Finding[Requirement.values().length];
        findings[Requirement.R1_1.ordinal()] = r11(offer);
        findings[Requirement.R1_2.ordinal()] = r12(partner);
        findings[Requirement.R2_1.ordinal()] = r21(offer);
        findings[Requirement.R3_1.ordinal()] = r31(offer);
        Collateral collateral = offer.collateral();
        findings[Requirement.R3_2.ordinal()] = collateral.hasOnePager()
                ? finding(Requirement.R3_2, Outcome.MET, "R3.2.met", collateral.onePager())
                : finding(Requirement.R3_2, Outcome.UNMET, "R3.2.unmet");
        findings[Requirement.R3_3.ordinal()] = collateral.hasPresentationDeck()
                ? finding(Requirement.R3_3, Outcome.MET, "R3.3.met", collateral.presentationDeck())
                : finding(Requirement.R3_3, Outcome.OPTIONAL_MISSING, "R3.3.missing");
        findings[Requirement.R3_4.ordinal()] = collateral.hasLandingPage()
                ? finding(Requirement.R3_4, Outcome.MET, "R3.4.met", collateral.landingPageUrl())
                : finding(Requirement.R3_4, Outcome.UNMET, "R3.4.unmet");
        findings[Requirement.R3_5.ordinal()] = r35(collateral);
        findings[Requirement.R3_6.ordinal()] = r36(partner, type, asOf);
        findings[Requirement.R4_1.ordinal()] = r41(partner, offer, asOf);
        findings[Requirement.R4_2.ordinal()] = r42(offer);
        findings[Requirement.R4_3.ordinal()] = r43(partner, type, asOf);

        // Revision 2020-05-19 has the rows R1.1 to R4.3 of REQUIREMENTS.md only; later rows stay empty.
        findings = java.util.Arrays.stream(findings).filter(java.util.Objects::nonNull).toArray(Finding[]::new);
        // Steps are cumulative: every row that unlocks co-sell ready must not be unmet (optional and
        // not-applicable rows never block); then every row of the offer's own route must be met.
        boolean ready = true;
        boolean routeMet = type.route() != IncentiveRoute.NONE;
        for (Finding f : findings) {
            Requirement row = f.requirement();
            if (row.isOptional()) {
                continue;
            }
            if (row.unlocks().orElseThrow() == Status.CO_SELL_READY) {
                ready &= f.outcome() != Outcome.UNMET;
            } else if (row.route() == type.route()) {
                routeMet &= f.outcome() == Outcome.MET;
            }
        }
        Status status = !ready ? Status.NOT_READY : routeMet ? Status.CO_SELL_INCENTIVIZED : Status.CO_SELL_READY;
        IncentiveRoute route = status == Status.CO_SELL_INCENTIVIZED ? type.route() : IncentiveRoute.NONE;

        // B1-B4 only with co-sell incentivized on the Azure IP route (README, "where the program is silent").
        List<Benefit> benefits = new ArrayList<>(4);
        boolean azureIpIncentivized = route == IncentiveRoute.AZURE_IP;
        if (azureIpIncentivized) {
            if (type.isIaasOrSaas() && offer.transactable()) {
                benefits.add(Benefit.B1);
            }
            if (type.isIaasOrSaas() && offer.availableToCspResellers()) {
                benefits.add(Benefit.B2);
            }
            if (offer.transactable()) {
                benefits.add(Benefit.B3);
            }
            benefits.add(Benefit.B4);
        }
        Optional<BigDecimal> fee = type.isIaasOrSaas() && offer.transactable()
                ? Optional.of(benefits.contains(Benefit.B1) ? REDUCED_SERVICE_FEE_PERCENT : STANDARD_SERVICE_FEE_PERCENT)
                : Optional.empty();

        // Channels (REQUIREMENTS.md, "Co-sell channels"): C1 once published, C2 once published and available to CSP
        // resellers, C3 at co-sell ready or better.
        boolean live = offer.listingState() == ListingState.LIVE;
        List<Channel> channels = new ArrayList<>(3);
        if (live) {
            channels.add(Channel.C1);
        }
        if (live && offer.availableToCspResellers()) {
            channels.add(Channel.C2);
        }
        if (status != Status.NOT_READY) {
            channels.add(Channel.C3);
        }

        // Next steps: the unmet rows toward the next status only; none once there is no further status.
        List<NextStep> nextSteps = new ArrayList<>();
        for (Finding f : findings) {
            if (f.outcome() != Outcome.UNMET) {
                continue;
            }
            Requirement row = f.requirement();
            boolean towardNext = status == Status.NOT_READY
                    ? row.unlocks().orElseThrow() == Status.CO_SELL_READY
                    : status == Status.CO_SELL_READY && row.unlocks().orElseThrow() == Status.CO_SELL_INCENTIVIZED
                            && row.route() == type.route();
            if (towardNext) {
                nextSteps.add(new NextStep(f));
            }
        }

        return new Assessment(partner.id(), offer.id(), asOf, status, route, standing(status, offer.reviewState()),
                List.of(findings), benefits, fee, channels, nextSteps, REVISION, List.of());
    }

    /**
     * How the qualified status relates to Microsoft's review (REQUIREMENTS.md, "How a partner does it in Partner
     * Center", steps 7 and 8): the review state is the caller's; submitting comes once the offer qualifies.
     */
    static Standing standing(Status status, ReviewState review) {
        boolean qualifies = status != Status.NOT_READY;
        return switch (review) {
            case NOT_KNOWN -> Standing.REVIEW_NOT_KNOWN;
            case NOT_SUBMITTED -> qualifies ? Standing.READY_TO_SUBMIT : Standing.NOT_SUBMITTED;
            case IN_REVIEW -> Standing.IN_REVIEW;
            case APPROVED -> qualifies ? Standing.CONFIRMED : Standing.APPROVED_BUT_UNMET;
            case DECLINED -> Standing.DECLINED;
        };
    }

    private static Finding r11(Offer offer) {
        return offer.listingState() == ListingState.LIVE
                ? finding(Requirement.R1_1, Outcome.MET, "R1.1.met")
                : finding(Requirement.R1_1, Outcome.UNMET, "R1.1.unmet", offer.listingState());
    }

    private static Finding r12(Partner partner) {
        return partner.businessProfileComplete()
                ? finding(Requirement.R1_2, Outcome.MET, "R1.2.met")
                : finding(Requirement.R1_2, Outcome.UNMET, "R1.2.unmet");
    }

    private static Finding r21(Offer offer) {
        return offer.availableToCspResellers()
                ? finding(Requirement.R2_1, Outcome.MET, "R2.1.met")
                : finding(Requirement.R2_1, Outcome.OPTIONAL_MISSING, "R2.1.missing");
    }

    /** A contact for each co-sell country; "*" covers all; no country at all is unmet. */
    private static Finding r31(Offer offer) {
        if (offer.coSellCountries().isEmpty()) {
            return finding(Requirement.R3_1, Outcome.UNMET, "R3.1.unmet.noCountries");
        }
        List<String> uncovered = new ArrayList<>();
        for (String country : offer.coSellCountries()) {
            boolean covered = false;
            for (SalesContact contact : offer.contacts()) {
                if (contact.covers(country)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                uncovered.add(country);
            }
        }
        return uncovered.isEmpty()
                ? finding(Requirement.R3_1, Outcome.MET, "R3.1.met", List.copyOf(offer.coSellCountries()))
                : finding(Requirement.R3_1, Outcome.UNMET, "R3.1.unmet.countries", List.copyOf(uncovered));
    }

    private static Finding r35(Collateral collateral) {
        if (collateral.hasSocialMedia()) {
            return finding(Requirement.R3_5, Outcome.MET, "R3.5.met.social", collateral.socialMediaUrl());
        }
        if (collateral.hasOtherDocuments()) {
            List<String> others = new ArrayList<>();
            for (String doc : collateral.otherDocuments()) {
                if (doc != null && !doc.isBlank()) {
                    others.add(doc);
                }
            }
            return finding(Requirement.R3_5, Outcome.MET, "R3.5.met.other", others);
        }
        return finding(Requirement.R3_5, Outcome.UNMET, "R3.5.unmet");
    }

    /** Services only: a Gold competency active on the evaluation date (start and end inclusive). */
    private static Finding r36(Partner partner, OfferType type, LocalDate asOf) {
        if (type.solutionType() != SolutionType.SERVICES) {
            return finding(Requirement.R3_6, Outcome.NOT_APPLICABLE, "R3.6.notApplicable");
        }
        for (Competency c : partner.competencies()) {
            if (c.level() == CompetencyLevel.GOLD && activeOn(c.startDate(), c.endDate(), asOf)) {
                return finding(Requirement.R3_6, Outcome.MET, "R3.6.met", c.area(), asOf, c.endDate());
            }
        }
        return finding(Requirement.R3_6, Outcome.UNMET, "R3.6.unmet", asOf);
    }

    /**
     * Azure IP only: ACR of all the partner's solutions over the twelve complete calendar months before the
     * evaluation month, or, for a transactable offer, cumulative billed revenue of the complete months before the
     * evaluation month; either at least 100,000.00 USD.
     */
    private static Finding r41(Partner partner, Offer offer, LocalDate asOf) {
        if (offer.type().route() != IncentiveRoute.AZURE_IP) {
            return finding(Requirement.R4_1, Outcome.NOT_APPLICABLE, "R4.1.notApplicable", offer.type().route());
        }
        YearMonth evaluationMonth = YearMonth.from(asOf);
        YearMonth first = evaluationMonth.minusMonths(12);
        YearMonth last = evaluationMonth.minusMonths(1);
        BigDecimal acr = BigDecimal.ZERO;
        BigDecimal billed = BigDecimal.ZERO;
        for (RevenueRecord r : partner.revenue()) {
            YearMonth month = r.month();
            if (month.isBefore(evaluationMonth)) {
                billed = billed.add(r.billedUsd());
                if (!month.isBefore(first)) {
                    acr = acr.add(r.acrUsd());
                }
            }
        }
        if (acr.compareTo(REVENUE_THRESHOLD_USD) >= 0) {
            return finding(Requirement.R4_1, Outcome.MET, "R4.1.met.acr", first, last, acr, REVENUE_THRESHOLD_USD);
        }
        if (offer.transactable()) {
            if (billed.compareTo(REVENUE_THRESHOLD_USD) >= 0) {
                return finding(Requirement.R4_1, Outcome.MET, "R4.1.met.billed", last, billed, REVENUE_THRESHOLD_USD);
            }
            return finding(Requirement.R4_1, Outcome.UNMET, "R4.1.unmet.transactable", first, last, acr, last, billed,
                    REVENUE_THRESHOLD_USD);
        }
        return finding(Requirement.R4_1, Outcome.UNMET, "R4.1.unmet", first, last, acr, REVENUE_THRESHOLD_USD);
    }

    /** Azure IP only: strictly more than 50 % of the repeatable IP code on Azure. */
    private static Finding r42(Offer offer) {
        if (offer.type().route() != IncentiveRoute.AZURE_IP) {
            return finding(Requirement.R4_2, Outcome.NOT_APPLICABLE, "R4.2.notApplicable", offer.type().route());
        }
        BigDecimal share = offer.azureIpSharePercent();
        String shown = share.stripTrailingZeros().toPlainString();
        String floor = AZURE_IP_SHARE_FLOOR_PERCENT.toPlainString();
        int comparison = share.compareTo(AZURE_IP_SHARE_FLOOR_PERCENT);
        return comparison > 0 ? finding(Requirement.R4_2, Outcome.MET, "R4.2.met", shown, floor)
                : comparison == 0 ? finding(Requirement.R4_2, Outcome.UNMET, "R4.2.unmet.exactly", shown, floor)
                : finding(Requirement.R4_2, Outcome.UNMET, "R4.2.unmet", shown, floor);
    }

    /** Business Applications only: an ISV Connect premium enrollment active on the evaluation date. */
    private static Finding r43(Partner partner, OfferType type, LocalDate asOf) {
        if (type.route() != IncentiveRoute.BUSINESS_APPLICATIONS) {
            return finding(Requirement.R4_3, Outcome.NOT_APPLICABLE, "R4.3.notApplicable", type.route());
        }
        for (IsvConnectEnrollment e : partner.isvConnectEnrollments()) {
            if (e.tier() == IsvConnectTier.PREMIUM && activeOn(e.startDate(), e.endDate(), asOf)) {
                return finding(Requirement.R4_3, Outcome.MET, "R4.3.met", asOf, e.endDate());
            }
        }
        return finding(Requirement.R4_3, Outcome.UNMET, "R4.3.unmet", asOf);
    }

    /** "Active" on a date: from the start date through the end date, both inclusive. */
    static boolean activeOn(LocalDate start, LocalDate end, LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    private static Finding finding(Requirement row, Outcome outcome, String key, Object... arguments) {
        return new Finding(row, outcome, key, List.of(arguments));
    }
}
