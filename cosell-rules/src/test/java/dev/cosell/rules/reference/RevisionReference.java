package dev.cosell.rules.reference;

import dev.cosell.model.Answer;
import dev.cosell.model.Assessment;
import dev.cosell.model.Benefit;
import dev.cosell.model.Channel;
import dev.cosell.model.Collateral;
import dev.cosell.model.Competency;
import dev.cosell.model.CompetencyLevel;
import dev.cosell.model.Designation;
import dev.cosell.model.Finding;
import dev.cosell.model.IncentiveRoute;
import dev.cosell.model.IsvConnectEnrollment;
import dev.cosell.model.IsvConnectTier;
import dev.cosell.model.ListingSolutionType;
import dev.cosell.model.ListingState;
import dev.cosell.model.MonthlyAmount;
import dev.cosell.model.Offer;
import dev.cosell.model.OfferType;
import dev.cosell.model.Outcome;
import dev.cosell.model.Partner;
import dev.cosell.model.ProductFamily;
import dev.cosell.model.Requirement;
import dev.cosell.model.RevenueRecord;
import dev.cosell.model.SalesContact;
import dev.cosell.model.SolutionType;
import dev.cosell.model.Status;
import dev.cosell.model.Submission;
import dev.cosell.model.TopTierFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An independent, plain-Java reading of every revision of the co-sell program from 2020-09-02 to 2023-08-24, written
 * from the revision tables ({@code shared/program/revisions/<id>.md}) and the revisions design only, never from the
 * DRL rules; revision 2020-05-19 is {@link ReferenceEvaluator}. The revision differential test holds the rules of
 * each revision against it.
 *
 * <p>One method per row; inside it, one branch per span of revisions in which the row reads the same, each naming
 * the revision table it follows. Every "Reading:" of a table is encoded as the table marks it ("encoded"). Where a
 * table is silent, a comment starting {@code QUESTION:} states the question and the answer chosen here, for the
 * integration to reconcile with the rules.
 *
 * <p>Common to every row: an input a revision needs and the submission did not give is
 * {@link Outcome#INPUT_MISSING} (design decision 7), never guessed; a row that does not apply to the offer is
 * {@link Outcome#NOT_APPLICABLE}. The status is cumulative: co-sell ready when no row that unlocks co-sell ready
 * blocks; incentivized when, on top, the offer has a route and no row of that route blocks (a not-applicable row
 * does not block).
 *
 * <p>It expects a valid submission; it does not validate. It is immutable and thread-safe.
 */
public final class RevisionReference {
    /** Every revision cosell encodes, oldest first. */
    public static final List<String> REVISIONS = List.of("2020-05-19", "2020-09-02", "2020-09-15", "2020-09-23",
            "2020-10-19", "2021-02-24", "2021-03-17", "2021-07-13", "2021-10-21", "2023-08-24");
    /** R4.1: the revenue threshold, in USD (every revision). */
    static final BigDecimal THRESHOLD = new BigDecimal("100000.00");
    /** R4.2 until 2020-10-19: the share on Azure that must be exceeded, in percent. */
    static final BigDecimal SHARE_FLOOR = new BigDecimal("50");
    /** 2021-07-13: the stated date of the fee change; B1 is reported up to the day before. */
    static final LocalDate FEE_CHANGE = LocalDate.of(2021, 7, 14);
    /** 2023-08-24, R4.4: "Effective July 11, 2023, your new offers … should be transactable". */
    static final LocalDate NEW_OFFERS_FROM = LocalDate.of(2023, 7, 11);

    private static final ReferenceEvaluator FIRST = new ReferenceEvaluator();
    private static final Set<OfferType> WITH_CO_SELL_OPTION = EnumSet.of(OfferType.SAAS,
            OfferType.AZURE_APPLICATION, OfferType.DYNAMICS_365_APP, OfferType.POWER_APP);

    private final String id;
    private final int rank;

    private RevisionReference(String id) {
        this.id = id;
        this.rank = REVISIONS.indexOf(id);
    }

    /** The reference of a revision, by id. */
    public static RevisionReference of(String id) {
        if (!REVISIONS.contains(id)) {
            throw new IllegalArgumentException("no revision " + id + "; the revisions are " + REVISIONS);
        }
        return new RevisionReference(id);
    }

    /**
     * The id of the revision in force on a day (design decision 1: from its page date through the day before the
     * next one), or empty before 2020-05-19 (decision 2).
     */
    public static Optional<String> inForceOn(LocalDate day) {
        String found = null;
        for (String revision : REVISIONS) {
            if (!day.isBefore(LocalDate.parse(revision))) {
                found = revision;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The revision's id. */
    public String id() {
        return id;
    }

    /** The first day of the revision. */
    public LocalDate effectiveFrom() {
        return LocalDate.parse(id);
    }

    /** The last day of the revision, or empty for the newest. */
    public Optional<LocalDate> effectiveUntil() {
        return rank + 1 < REVISIONS.size() ? Optional.of(LocalDate.parse(REVISIONS.get(rank + 1)).minusDays(1))
                : Optional.empty();
    }

    /** The rows of the revision's table, in id order. */
    public List<Requirement> rows() {
        List<Requirement> rows = new ArrayList<>();
        for (Requirement row : Requirement.values()) {
            if (has(row)) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Whether the revision's table has the row (the id index of the revisions README). */
    public boolean has(Requirement row) {
        return switch (row) {
            case R1_1, R1_2, R3_1, R3_2, R3_3, R3_6, R4_1, R4_2, R4_3 -> true;
            case R2_1 -> rank == 0;
            case R3_4, R3_5 -> before("2020-10-19");
            case R3_7 -> from("2020-09-02");
            case R3_8 -> from("2020-09-02") && before("2021-02-24");
            case R3_9 -> from("2020-10-19");
            case R1_4, R3_10 -> from("2021-02-24");
            case R1_5 -> from("2021-07-13");
            case R1_3, R4_4 -> from("2023-08-24");
        };
    }

    /** The assessment of a valid submission under this revision, whatever its date. */
    public Assessment evaluate(Submission submission) {
        if (rank == 0) {
            return FIRST.evaluate(submission);
        }
        Partner partner = submission.partner();
        Offer offer = submission.offer();
        LocalDate asOf = submission.asOf();
        Optional<IncentiveRoute> route = route(offer);

        List<Finding> findings = new ArrayList<>();
        for (Requirement row : rows()) {
            findings.add(finding(row, partner, offer, asOf, route));
        }

        boolean ready = true;
        for (Finding f : findings) {
            if (f.requirement().unlocks().orElse(null) == Status.CO_SELL_READY) {
                ready &= !f.isBlocking();
            }
        }
        IncentiveRoute offerRoute = route.orElse(IncentiveRoute.NONE);
        boolean routeMet = offerRoute != IncentiveRoute.NONE;
        for (Finding f : findings) {
            Requirement row = f.requirement();
            if (row.unlocks().orElse(null) == Status.CO_SELL_INCENTIVIZED && row.route() == offerRoute) {
                routeMet &= !f.isBlocking();
            }
        }
        Status status = !ready ? Status.NOT_READY : routeMet ? Status.CO_SELL_INCENTIVIZED : Status.CO_SELL_READY;
        IncentiveRoute reached = status == Status.CO_SELL_INCENTIVIZED ? offerRoute : IncentiveRoute.NONE;

        List<Benefit> benefits = benefits(partner, offer, asOf, status, reached);
        List<Channel> channels = new ArrayList<>(2);
        // C1: published live (every revision from 2020-09-02: "Reading: kept as a consequence of publishing").
        if (offer.listingState() == ListingState.LIVE) {
            channels.add(Channel.C1);
        }
        // C2: from 2020-09-02 "Reading: closed as a co-sell channel" / "not reported"; C3: co-sell ready or better.
        if (status != Status.NOT_READY) {
            channels.add(Channel.C3);
        }
        return new Assessment(partner.id(), offer.id(), asOf, status, reached,
                ReferenceEvaluator.standing(status, offer.reviewState()), findings, benefits, Optional.empty(),
                channels, List.of(), id, List.of());
    }

    // -------------------------------------------------------------------------------------------------------------
    // routes

    /**
     * The offer's route under this revision; empty when the revision needs an input to tell (the product family).
     */
    Optional<IncentiveRoute> route(Offer offer) {
        OfferType type = offer.type();
        // Azure IP, every revision from 2020-09-02: Azure Applications, Azure Containers, IoT Edge modules, SaaS, VMs.
        // (2023-08-24 adds "and only with solution type IP": encoded as R1.3 unmet, see r13.)
        if (type.route() == IncentiveRoute.AZURE_IP) {
            return Optional.of(IncentiveRoute.AZURE_IP);
        }
        if (type != OfferType.DYNAMICS_365_APP && type != OfferType.POWER_APP) {
            // services, and Power BI apps: "Any IP offer type not named above" (2020-09-02), "other offer types
            // (e.g. managed services, Power BI apps)" (2021-02-24 and later)
            return Optional.of(IncentiveRoute.NONE);
        }
        if (before("2021-02-24")) {
            // 2020-09-02 … 2020-10-19: Reading "Dynamics" = Dynamics 365 offer types (Customer Engagement &
            // PowerApps, Operations, Business Central) (encoded): both Dynamics 365 apps and Power Apps.
            return Optional.of(IncentiveRoute.BUSINESS_APPLICATIONS);
        }
        ProductFamily family = family(offer);
        if (before("2021-03-17")) {
            // 2021-02-24: "Dynamics 365 and Power Apps offers"; Reading: Business Central may take the BA route
            // through R4.3 (encoded). QUESTION: a Dynamics 365 or Power Apps offer whose family is not given: the
            // route is the same for every family a Dynamics 365 / Power Apps offer can have, so BA; a family of
            // POWER_BI (stated by the caller) takes no route, as Power BI apps take none.
            return Optional.of(family == ProductFamily.POWER_BI ? IncentiveRoute.NONE
                    : IncentiveRoute.BUSINESS_APPLICATIONS);
        }
        // 2021-03-17 … 2023-08-24: Dynamics 365 / Power Apps except Business Central (2023: Dataverse and Power
        // Apps; Operations Apps); Reading "Business Central: no Business Applications route" (encoded).
        return switch (family) {
            case DATAVERSE_AND_POWER_APPS, OPERATIONS -> Optional.of(IncentiveRoute.BUSINESS_APPLICATIONS);
            case BUSINESS_CENTRAL, POWER_BI -> Optional.of(IncentiveRoute.NONE);
            // QUESTION: the family decides the route and was not given: R4.3 reports the missing input (and R3.10
            // does too, so the offer is not co-sell ready); the route reached is NONE.
            case NOT_GIVEN -> Optional.empty();
        };
    }

    // -------------------------------------------------------------------------------------------------------------
    // rows

    private Finding finding(Requirement row, Partner partner, Offer offer, LocalDate asOf,
                            Optional<IncentiveRoute> route) {
        return switch (row) {
            case R1_1 -> offer.listingState() == ListingState.LIVE ? met(row) : unmet(row);
            case R1_2 -> partner.businessProfileComplete() ? met(row) : unmet(row);
            case R1_3 -> r13(offer);
            case R1_4 -> r14(partner);
            case R1_5 -> answer(row, offer.officeAppOrAddIn(), Answer.NO);
            case R3_1 -> materials(offer) ? r31(offer) : notApplicable(row);
            case R3_2 -> materials(offer) ? (offer.collateral().hasOnePager() ? met(row) : unmet(row))
                    : notApplicable(row);
            case R3_3 -> materials(offer) ? r33(offer.collateral()) : notApplicable(row);
            case R3_4 -> materials(offer) ? (offer.collateral().hasLandingPage() ? met(row) : unmet(row))
                    : notApplicable(row);
            case R3_5 -> materials(offer) ? r35(offer.collateral()) : notApplicable(row);
            case R3_6 -> r36(partner, offer, asOf);
            case R3_7 -> r37(offer);
            case R3_8 -> r38(offer);
            case R3_9 -> materials(offer) ? answer(row, offer.listingComplete(), Answer.YES) : notApplicable(row);
            case R3_10 -> r310(partner, offer, asOf);
            case R4_1 -> r41(partner, offer, asOf);
            case R4_2 -> r42(offer);
            case R4_3 -> r43(partner, asOf, route);
            case R4_4 -> r44(offer);
            case R2_1 -> throw new IllegalStateException("R2.1 is a row of revision 2020-05-19 only");
        };
    }

    /**
     * Whether the offer submits the co-sell materials itself (R3.1–R3.5, R3.9). 2020-09-02 … 2020-10-19: only "IP
     * offers with the Co-sell option in Partner Center"; Reading "decided by offer type, from the 05/12/2020 list"
     * (encoded): SaaS, Dynamics 365 (Customer Engagement & PowerApps, Operations, Business Central), Azure
     * Application; services and the other IP types go through the Cloud Specialist (R3.8). From 2021-02-24: "All".
     */
    private boolean materials(Offer offer) {
        if (from("2020-09-02") && before("2021-02-24")) {
            return offer.type().solutionType() == SolutionType.IP && WITH_CO_SELL_OPTION.contains(offer.type());
        }
        return true;
    }

    /** R3.1: a contact for each co-sell country (2020-10-19 on: "geography", Reading: the same codes, encoded). */
    private static Finding r31(Offer offer) {
        if (offer.coSellCountries().isEmpty()) {
            // QUESTION: no co-sell country declared at all: unmet, as in revision 2020-05-19.
            return unmet(Requirement.R3_1);
        }
        for (String country : offer.coSellCountries()) {
            boolean covered = false;
            for (SalesContact contact : offer.contacts()) {
                covered |= contact.covers(country);
            }
            if (!covered) {
                return unmet(Requirement.R3_1);
            }
        }
        return met(Requirement.R3_1);
    }

    /** R3.3: optional ("reported, never blocking") until 2020-09-23; "Required" from 2020-10-19. */
    private Finding r33(Collateral collateral) {
        if (collateral.hasPresentationDeck()) {
            return met(Requirement.R3_3);
        }
        return from("2020-10-19") ? unmet(Requirement.R3_3) : of(Requirement.R3_3, Outcome.OPTIONAL_MISSING);
    }

    /** R3.5 (until 2020-09-23): a social URL or other collateral, at least one. */
    private static Finding r35(Collateral collateral) {
        return collateral.hasSocialMedia() || collateral.hasOtherDocuments() ? met(Requirement.R3_5)
                : unmet(Requirement.R3_5);
    }

    /** R3.6: the services credential. */
    private Finding r36(Partner partner, Offer offer, LocalDate asOf) {
        Requirement row = Requirement.R3_6;
        if (before("2021-02-24")) {
            // 2020-09-02 … 2020-10-19: "Consulting Services"; Reading "managed-service offers follow the
            // consulting-service path (R3.8 + R3.6)" (encoded): every services offer. An active Gold competency.
            return offer.type().solutionType() == SolutionType.SERVICES ? gold(partner, asOf) : notApplicable(row);
        }
        if (before("2023-08-24")) {
            // 2021-02-24 … 2021-10-21: "offers of the Service solution type"; Reading: the co-sell listing's solution
            // type is "Service" (encoded). Any one active Gold competency ("in any competency area").
            // QUESTION: the listing solution type not given: whether the row applies cannot be told, so the input
            // is missing (decision 7), whatever the offer type.
            return switch (offer.listingSolutionType()) {
                case SERVICE -> gold(partner, asOf);
                case NOT_GIVEN -> missing(row);
                default -> notApplicable(row);
            };
        }
        // 2023-08-24: Reading "consulting-service offers, whatever solution type they chose" (encoded); "at least
        // one solutions partner designation", active on the evaluation date (start and end inclusive).
        if (offer.type() != OfferType.CONSULTING_SERVICE) {
            return notApplicable(row);
        }
        for (Designation d : partner.solutionsPartnerDesignations()) {
            if (ReferenceEvaluator.activeOn(d.startDate(), d.endDate(), asOf)) {
                return met(row);
            }
        }
        return unmet(row);
    }

    private static Finding gold(Partner partner, LocalDate asOf) {
        for (Competency c : partner.competencies()) {
            if (c.level() == CompetencyLevel.GOLD && ReferenceEvaluator.activeOn(c.startDate(), c.endDate(), asOf)) {
                return met(Requirement.R3_6);
            }
        }
        return unmet(Requirement.R3_6);
    }

    /** R3.7: a (reference) architecture diagram, for the Azure IP route. */
    private Finding r37(Offer offer) {
        Requirement row = Requirement.R3_7;
        if (offer.type().route() != IncentiveRoute.AZURE_IP) {
            return notApplicable(row);
        }
        // 2020-09-02: "Additional requirement for SaaS offers" (Reading encoded: SaaS only); 2020-09-15 …
        // 2021-10-21: every Azure IP type (the OCP GTM upload counts as provided, Reading encoded); 2023-08-24:
        // SaaS only (Reading "required for SaaS only", encoded).
        boolean saasOnly = rank == REVISIONS.indexOf("2020-09-02") || from("2023-08-24");
        if (saasOnly && offer.type() != OfferType.SAAS) {
            return notApplicable(row);
        }
        // QUESTION: the diagram is a document of the collateral, like the one-pager: absent is unmet, not a
        // missing input.
        return offer.collateral().hasArchitectureDiagram() ? met(row) : unmet(row);
    }

    /**
     * R3.8 (2020-09-02 … 2020-10-19): offers without the Co-sell option and (consulting, and by Reading managed)
     * services request a Cloud Specialist; the request is an input.
     */
    private Finding r38(Offer offer) {
        if (materials(offer)) {
            return notApplicable(Requirement.R3_8);
        }
        return answer(Requirement.R3_8, offer.cloudSpecialistRequested(), Answer.YES);
    }

    /**
     * R3.10 (from 2021-02-24): ISV Connect enrollment, any tier, active on the evaluation date, for Dynamics 365 and
     * Power Apps solutions except Business Central (2021-02-24 Reading "every Dynamics 365 and Power Apps offer type
     * except Business Central", encoded; 2023: Dataverse and Power Apps, Operations Apps).
     */
    private static Finding r310(Partner partner, Offer offer, LocalDate asOf) {
        Requirement row = Requirement.R3_10;
        if (offer.type() != OfferType.DYNAMICS_365_APP && offer.type() != OfferType.POWER_APP) {
            return notApplicable(row);
        }
        return switch (family(offer)) {
            case DATAVERSE_AND_POWER_APPS, OPERATIONS -> enrolled(partner, asOf, false) ? met(row) : unmet(row);
            case BUSINESS_CENTRAL, POWER_BI -> notApplicable(row);
            // QUESTION: a Dynamics 365 offer without its family: whether R3.10 applies (Business Central is
            // excluded) cannot be told, so the input is missing.
            case NOT_GIVEN -> missing(row);
        };
    }

    /**
     * The offer's product family. QUESTION: a Power Apps offer without a family is a Power Apps solution, in the
     * scope of R3.10 and R4.3 whatever the family (the tables name "Power Apps" beside Dynamics 365); a family the
     * caller states is taken as given, even when it does not fit the offer type (e.g. a Power Apps offer said to
     * be Business Central), for the integration to reconcile.
     */
    private static ProductFamily family(Offer offer) {
        // Decision (integration): the family is read for Dynamics 365 apps only; a Power Apps offer is a Power
        // Apps solution whatever family the caller states, as the rules' route table reads the offer type first.
        return offer.type() == OfferType.POWER_APP ? ProductFamily.DATAVERSE_AND_POWER_APPS : offer.productFamily();
    }

    /** R4.1: the revenue threshold, Azure IP route. */
    private Finding r41(Partner partner, Offer offer, LocalDate asOf) {
        Requirement row = Requirement.R4_1;
        if (offer.type().route() != IncentiveRoute.AZURE_IP) {
            return notApplicable(row);
        }
        YearMonth month = YearMonth.from(asOf);
        boolean acr = acr(partner, month).compareTo(THRESHOLD) >= 0;
        if (rank == REVISIONS.indexOf("2020-09-02")) {
            // 2020-09-02: Reading "paid = transactable with a price above 0" and "a paid offer qualifies only by
            // billed revenue, a non-paid one only by organisation ACR" (both encoded); billed revenue is the offer's
            // own, cumulative, no window (Reading encoded).
            if (!offer.transactable() || offer.paidPlan() == Answer.NO) {
                return acr ? met(row) : unmet(row);
            }
            if (offer.paidPlan() == Answer.NOT_GIVEN) {
                // QUESTION: a transactable offer whose price is not given: which route applies cannot be told, so
                // the input is missing, even when both routes would give the same outcome.
                return missing(row);
            }
            if (!offer.hasOfferBilledRevenue()) {
                return missing(row);
            }
            return offerBilled(offer, month).compareTo(THRESHOLD) >= 0 ? met(row) : unmet(row);
        }
        if (before("2021-02-24")) {
            // 2020-09-15 … 2020-10-19: "Either" organisation ACR over the last 12 months "or" offer-level cumulative
            // billed revenue (Readings encoded: either bullet suffices; any Azure IP offer; this offer's own billed
            // revenue up to the evaluation date).
            if (acr) {
                return met(row);
            }
            // Decision (integration, README "R4 rows"): an offer that is not transactable has no marketplace billed
            // revenue, so ACR alone decides it; a transactable offer whose billed revenue is not given has the input
            // missing.
            if (!offer.transactable()) {
                return unmet(row);
            }
            if (!offer.hasOfferBilledRevenue()) {
                return missing(row);
            }
            return offerBilled(offer, month).compareTo(THRESHOLD) >= 0 ? met(row) : unmet(row);
        }
        // 2021-02-24 … 2021-07-13: organisation ACR TTM, or, if transactable, organisation billed revenue, cumulative
        // (Reading "organisation-level billed revenue … cumulative up to the evaluation date", encoded).
        // 2021-10-21, 2023-08-24: billed revenue over the same trailing twelve months (Reading encoded).
        if (acr) {
            return met(row);
        }
        if (!offer.transactable()) {
            return unmet(row);
        }
        boolean trailing = from("2021-10-21");
        return partnerBilled(partner, month, trailing).compareTo(THRESHOLD) >= 0 ? met(row) : unmet(row);
    }

    /** ACR of the partner's solutions over the twelve complete calendar months before the evaluation month. */
    private static BigDecimal acr(Partner partner, YearMonth evaluationMonth) {
        BigDecimal sum = BigDecimal.ZERO;
        for (RevenueRecord r : partner.revenue()) {
            if (inTrailingYear(r.month(), evaluationMonth)) {
                sum = sum.add(r.acrUsd());
            }
        }
        return sum;
    }

    /** The partner's billed revenue of the complete months before the evaluation month: all, or the last twelve. */
    private static BigDecimal partnerBilled(Partner partner, YearMonth evaluationMonth, boolean trailing) {
        BigDecimal sum = BigDecimal.ZERO;
        for (RevenueRecord r : partner.revenue()) {
            if (trailing ? inTrailingYear(r.month(), evaluationMonth) : r.month().isBefore(evaluationMonth)) {
                sum = sum.add(r.billedUsd());
            }
        }
        return sum;
    }

    /**
     * The offer's own billed revenue, cumulative up to the evaluation date. QUESTION: "up to the evaluation date"
     * is read as in revision 2020-05-19: the complete months before the evaluation month.
     */
    private static BigDecimal offerBilled(Offer offer, YearMonth evaluationMonth) {
        BigDecimal sum = BigDecimal.ZERO;
        for (MonthlyAmount m : offer.offerBilledRevenue()) {
            if (m.month().isBefore(evaluationMonth)) {
                sum = sum.add(m.usd());
            }
        }
        return sum;
    }

    private static boolean inTrailingYear(YearMonth month, YearMonth evaluationMonth) {
        return month.isBefore(evaluationMonth) && !month.isBefore(evaluationMonth.minusMonths(12));
    }

    /** R4.2: Azure technical fit, Azure IP route. */
    private Finding r42(Offer offer) {
        Requirement row = Requirement.R4_2;
        OfferType type = offer.type();
        if (type.route() != IncentiveRoute.AZURE_IP) {
            return notApplicable(row);
        }
        if (before("2021-02-24")) {
            // 2020-09-02: SaaS only (Reading encoded); 2020-09-15 … 2020-10-19: every Azure IP type. Strictly more
            // than 50 % of the offer's infrastructure on Azure (the submission's Azure share).
            if (rank == REVISIONS.indexOf("2020-09-02") && type != OfferType.SAAS) {
                return notApplicable(row);
            }
            return offer.azureIpSharePercent().compareTo(SHARE_FLOOR) > 0 ? met(row) : unmet(row);
        }
        if (before("2023-08-24")
                && offer.transactable() && (type == OfferType.AZURE_VIRTUAL_MACHINE || type == OfferType.AZURE_APPLICATION)) {
            // 2021-02-24 … 2021-10-21: "transactable Azure VMs and Azure Application solutions … meet this
            // requirement by default" (Reading: deemed true, encoded), whatever the validation input says.
            return met(row);
        }
        // 2021-02-24 on: Reading "an input fact 'technical validation passed'" (encoded); 2023-08-24: "primarily
        // platformed in Azure", no default pass (Reading encoded).
        return answer(row, offer.technicalValidation(), Answer.YES);
    }

    /** R4.3: Business Applications route, ISV Connect. */
    private Finding r43(Partner partner, LocalDate asOf, Optional<IncentiveRoute> route) {
        Requirement row = Requirement.R4_3;
        if (route.isEmpty()) {
            return missing(row);
        }
        if (route.get() != IncentiveRoute.BUSINESS_APPLICATIONS) {
            return notApplicable(row);
        }
        // until 2021-02-24: the premium tier; from 2021-03-17: "enrolled in the ISV Connect program", any tier
        // (Reading encoded), active on the evaluation date; co-sell ready comes from the cumulative status.
        return enrolled(partner, asOf, before("2021-03-17")) ? met(row) : unmet(row);
    }

    private static boolean enrolled(Partner partner, LocalDate asOf, boolean premiumOnly) {
        for (IsvConnectEnrollment e : partner.isvConnectEnrollments()) {
            if ((!premiumOnly || e.tier() == IsvConnectTier.PREMIUM)
                    && ReferenceEvaluator.activeOn(e.startDate(), e.endDate(), asOf)) {
                return true;
            }
        }
        return false;
    }

    /**
     * R1.3 (2023-08-24): the listing's solution type is "IP", Azure IP route. QUESTION: an Azure IP offer whose
     * solution type is another one: R1.3 is unmet (the offer stays co-sell ready), not "not applicable", although
     * the route table puts such offers on no route; the status and route are the same either way.
     */
    private static Finding r13(Offer offer) {
        Requirement row = Requirement.R1_3;
        if (offer.type().route() != IncentiveRoute.AZURE_IP) {
            return notApplicable(row);
        }
        ListingSolutionType type = offer.listingSolutionType();
        return type == ListingSolutionType.NOT_GIVEN ? missing(row)
                : type == ListingSolutionType.IP ? met(row) : unmet(row);
    }

    /**
     * R1.4 (from 2021-02-24): an MPN ID (PartnerID) and an active commercial marketplace account. QUESTION: an
     * account stated not active is unmet even if the MPN ID is not given (the row fails whatever the ID); else a
     * missing ID or account answer is a missing input.
     */
    private static Finding r14(Partner partner) {
        Requirement row = Requirement.R1_4;
        if (partner.marketplaceAccountActive() == Answer.NO) {
            return unmet(row);
        }
        if (partner.mpnId() == null || partner.marketplaceAccountActive() == Answer.NOT_GIVEN) {
            return missing(row);
        }
        return met(row);
    }

    /**
     * R4.4 (2023-08-24): a new offer is transactable. Reading "applies to offers whose co-sell solution was created on
     * or after 2023-07-11; earlier solutions are not checked" (encoded); the creation date is an input.
     */
    private static Finding r44(Offer offer) {
        Requirement row = Requirement.R4_4;
        if (offer.type().route() != IncentiveRoute.AZURE_IP) {
            return notApplicable(row);
        }
        LocalDate created = offer.coSellSolutionCreated();
        if (created == null) {
            // QUESTION: the creation date not given: a transactable offer meets R4.4 whatever the date (the row
            // either applies and is met, or is not checked), so the date is not needed; otherwise it is missing.
            return offer.transactable() ? met(row) : missing(row);
        }
        if (created.isBefore(NEW_OFFERS_FROM)) {
            return notApplicable(row);
        }
        return offer.transactable() ? met(row) : unmet(row);
    }

    // -------------------------------------------------------------------------------------------------------------
    // benefits

    private List<Benefit> benefits(Partner partner, Offer offer, LocalDate asOf, Status status,
                                   IncentiveRoute route) {
        List<Benefit> benefits = new ArrayList<>();
        boolean azureIp = route == IncentiveRoute.AZURE_IP;
        OfferType type = offer.type();
        // B1 (until 2021-07-13; B1 ends on 2021-07-14, Reading "reported for evaluation dates up to 2021-07-13",
        // encoded): Azure IP incentivized IaaS or SaaS offers sold through the marketplace (transactable).
        if (before("2021-10-21") && azureIp && type.isIaasOrSaas() && offer.transactable()
                && !(rank == REVISIONS.indexOf("2021-07-13") && !asOf.isBefore(FEE_CHANGE))) {
            benefits.add(Benefit.B1);
        }
        // B2 (until 2021-10-21; removed 2023-08-24, Reading encoded): Azure IP incentivized IaaS or SaaS; Reading
        // "reported when the offer is available to CSP resellers" (2020-09-02, encoded).
        if (before("2023-08-24") && azureIp && type.isIaasOrSaas() && offer.availableToCspResellers()) {
            benefits.add(Benefit.B2);
        }
        // B3: Azure IP incentivized, sold through the marketplace (transactable); from 2021-03-17 Reading "MACC
        // conditions applied from 2021-03-17" (encoded): transactable with a plan above 0 USD and live (live is
        // implied by co-sell ready). QUESTION: the paid plan not given: B3 is not reported (a benefit is never
        // granted on a guess).
        if (azureIp && offer.transactable() && (before("2021-03-17") || offer.paidPlan() == Answer.YES)) {
            benefits.add(Benefit.B3);
        }
        // B4: Azure IP incentivized; from 2020-09-23 also Business Applications incentivized (decision 6: tied to the
        // incentivized status; 2021-07-13's "Starting in August 2021": Reading "criterion as in the table for every
        // date from 2020-09-23 on", encoded, so nothing changes on 2021-08-01).
        if (azureIp || (from("2020-09-23") && route == IncentiveRoute.BUSINESS_APPLICATIONS)) {
            benefits.add(Benefit.B4);
        }
        if (from("2023-08-24") && azureIp) {
            // B5: "The Azure IP co-sell eligibility allows you to submit co-sell referrals".
            benefits.add(Benefit.B5);
            // B6: Azure IP co-sell eligible and one top-tier pathway (Reading: only pathways whose inputs are
            // given are evaluated).
            if (topTier(partner.topTier(), offer)) {
                benefits.add(Benefit.B6);
            }
        }
        return benefits;
    }

    /**
     * B6's pathways (2023-08-24): USD 4 million marketplace billed sales; or 12 net-new customers above USD 10,000;
     * or 30 transactions with eight unique customers; or a USD 30 million commitment with five transactions; or a USD
     * 200 million commitment with a transactable listing. QUESTION: each figure is read "at least"; "a transactable
     * listing" is this offer being transactable (the only listing cosell sees); the USD 100 minimum per transaction is
     * the caller's to apply when counting.
     */
    static boolean topTier(TopTierFigures figures, Offer offer) {
        if (figures == null) {
            return false;
        }
        BigDecimal sales = figures.marketplaceBilledSalesUsd();
        Integer customers = figures.netNewCustomersAbove10k();
        Integer transactions = figures.marketplaceTransactions();
        Integer unique = figures.transactionCustomers();
        BigDecimal commitment = figures.consumptionCommitmentUsd();
        return (sales != null && sales.compareTo(new BigDecimal("4000000")) >= 0)
                || (customers != null && customers >= 12)
                || (transactions != null && unique != null && transactions >= 30 && unique >= 8)
                || (commitment != null && transactions != null && commitment.compareTo(new BigDecimal("30000000")) >= 0
                        && transactions >= 5)
                || (commitment != null && commitment.compareTo(new BigDecimal("200000000")) >= 0 && offer.transactable());
    }

    // -------------------------------------------------------------------------------------------------------------
    // helpers

    private boolean from(String revision) {
        return rank >= REVISIONS.indexOf(revision);
    }

    private boolean before(String revision) {
        return !from(revision);
    }

    /** A yes/no input: the wanted answer is met, the other unmet, none given a missing input. */
    private static Finding answer(Requirement row, Answer answer, Answer wanted) {
        return answer == Answer.NOT_GIVEN ? missing(row) : answer == wanted ? met(row) : unmet(row);
    }

    private static Finding met(Requirement row) {
        return of(row, Outcome.MET);
    }

    private static Finding unmet(Requirement row) {
        return of(row, Outcome.UNMET);
    }

    private static Finding missing(Requirement row) {
        return of(row, Outcome.INPUT_MISSING);
    }

    private static Finding notApplicable(Requirement row) {
        return of(row, Outcome.NOT_APPLICABLE);
    }

    private static Finding of(Requirement row, Outcome outcome) {
        return new Finding(row, outcome, null, List.of());
    }

    @Override
    public String toString() {
        return "reference of revision " + id;
    }
}
