package dev.cosell.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.Answer;
import dev.cosell.model.Assessment;
import dev.cosell.model.Benefit;
import dev.cosell.model.IncentiveRoute;
import dev.cosell.model.IsvConnectTier;
import dev.cosell.model.ListingSolutionType;
import dev.cosell.model.ListingState;
import dev.cosell.model.Notice;
import dev.cosell.model.Offer;
import dev.cosell.model.OfferType;
import dev.cosell.model.Outcome;
import dev.cosell.model.Partner;
import dev.cosell.model.ProductFamily;
import dev.cosell.model.Requirement;
import dev.cosell.model.Revision;
import dev.cosell.model.SalesContact;
import dev.cosell.model.Status;
import dev.cosell.model.StatusAttribute;
import dev.cosell.model.Submission;
import dev.cosell.model.TopTierFigures;
import dev.cosell.rules.reference.RevisionReference;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Which revision applies on which day, and the dates the revisions state for one row: each revision's first day and
 * the day before it (design decision 1), the stated dates of B1 (2021-07-14), B4 ("Starting in August 2021"), R4.4
 * (2023-07-11) and B6 (2023-07-01, both from 2023-08-24 only), dates before the first revision (decision 2), the
 * notices of the gap and after the newest text (decision 3), and the dates of the "done when".
 */
class RevisionBoundaryTest {
    static final CoSellEvaluator EVALUATOR = CoSellEvaluator.create();
    static final Locale KOREAN = Locale.KOREAN;

    /** The offer types of the Azure IP route (every revision). */
    static final List<OfferType> AZURE_IP = List.of(OfferType.SAAS, OfferType.AZURE_VIRTUAL_MACHINE,
            OfferType.AZURE_APPLICATION, OfferType.AZURE_CONTAINER, OfferType.IOT_EDGE_MODULE);

    /**
     * A submission that meets every row of every revision on {@code asOf}, on the Azure IP route (the qualifying
     * defaults of the revisions design), with top-tier figures that meet a B6 pathway.
     */
    static Submission qualifying(OfferType type, LocalDate asOf) {
        YearMonth last = YearMonth.from(asOf).minusMonths(1);
        Partner partner = Partner.builder("partner-q", "Qualifying partner").businessProfileComplete(true)
                .mpnId("1234567").marketplaceAccountActive(Answer.YES)
                .revenue("Solution A", last, "100000.00", "100000.00")
                .competency("Cloud Platform", dev.cosell.model.CompetencyLevel.GOLD, asOf.minusYears(1),
                        asOf.plusYears(1))
                .designation("Infrastructure (Azure)", asOf.minusYears(1), asOf.plusYears(1))
                .isvConnect(IsvConnectTier.PREMIUM, asOf.minusYears(1), asOf.plusYears(1))
                .topTier(TopTierFigures.of("4000000.00", 12, 30, 8, "200000000.00")).build();
        boolean businessApplications = type == OfferType.DYNAMICS_365_APP || type == OfferType.POWER_APP;
        Offer offer = Offer.builder("offer-q", "Qualifying offer", type).listingState(ListingState.LIVE)
                .transactable(true).paidPlan(Answer.YES).availableToCspResellers(true).azureIpSharePercent("80")
                .coSellCountries("US").contact("Sales", "sales@example.com", "Sales", SalesContact.ALL_COUNTRIES)
                .onePager("one-pager.pdf").presentationDeck("deck.pptx").landingPage("https://example.com")
                .socialMedia("https://www.linkedin.com/company/example").architectureDiagram("architecture.png")
                .listingComplete(Answer.YES).listingSolutionType(ListingSolutionType.IP)
                .productFamily(businessApplications ? ProductFamily.DATAVERSE_AND_POWER_APPS : ProductFamily.NOT_GIVEN)
                .technicalValidation(Answer.YES).officeAppOrAddIn(Answer.NO)
                .coSellSolutionCreated(LocalDate.of(2023, 1, 1)).cloudSpecialistRequested(Answer.YES)
                .offerBilledRevenue(last, "100000.00").build();
        return new Submission(partner, offer, asOf);
    }

    static Submission qualifying(LocalDate asOf) {
        return qualifying(OfferType.SAAS, asOf);
    }

    static Submission withOffer(Submission s, UnaryOperator<Offer.Builder> change) {
        return new Submission(s.partner(), change.apply(s.offer().toBuilder()).build(), s.asOf());
    }

    static Submission on(Submission s, LocalDate day) {
        return new Submission(s.partner(), s.offer(), day);
    }

    // -----------------------------------------------------------------------------------------------------------
    // which revision on which day

    static Stream<Arguments> laterRevisions() {
        List<String> ids = RevisionReference.REVISIONS;
        return java.util.stream.IntStream.range(1, ids.size()).mapToObj(i -> Arguments.of(ids.get(i - 1), ids.get(i)));
    }

    @ParameterizedTest(name = "{1} follows {0}")
    @MethodSource("laterRevisions")
    void givenARevisionDate_whenTheDayBeforeAndTheDayAreEvaluated_thenEachGetsItsRevision(String previous, String id) {
        LocalDate day = LocalDate.parse(id);
        LocalDate before = day.minusDays(1);
        assertEquals(previous, EVALUATOR.revisionOn(before).orElseThrow().id());
        assertEquals(id, EVALUATOR.revisionOn(day).orElseThrow().id());
        Revision previousRevision = EVALUATOR.revisionOn(before).orElseThrow();
        Revision revision = EVALUATOR.revisionOn(day).orElseThrow();
        assertEquals(Optional.of(before), previousRevision.effectiveUntil(), "the previous revision ends the day before");
        assertEquals(day, revision.effectiveFrom());
        assertTrue(revision.inForceOn(day) && !revision.inForceOn(before) && previousRevision.inForceOn(before)
                && !previousRevision.inForceOn(day));
        for (OfferType type : AZURE_IP) {
            Assessment onBefore = EVALUATOR.evaluate(qualifying(type, before));
            Assessment onDay = EVALUATOR.evaluate(qualifying(type, day));
            assertEquals(previous, onBefore.revision().id(), type + " on " + before);
            assertEquals(previous, onBefore.ruleSetRevision(), type + " on " + before);
            assertEquals(id, onDay.revision().id(), type + " on " + day);
            assertEquals(id, onDay.ruleSetRevision(), type + " on " + day);
            assertEquals(RevisionReference.of(id).rows(), onDay.findings().stream().map(f -> f.requirement()).toList(),
                    "one finding per row of revision " + id + ", in row order");
            assertEquals(RevisionReference.of(previous).rows(),
                    onBefore.findings().stream().map(f -> f.requirement()).toList());
        }
    }

    @Test
    void theNewestRevisionHasNoEndAndEveryRevisionIsInForceOnItsOwnDays() {
        List<Revision> revisions = EVALUATOR.revisions();
        assertEquals(Optional.empty(), revisions.get(revisions.size() - 1).effectiveUntil());
        assertEquals("2023-08-24", EVALUATOR.revisionOn(LocalDate.of(2099, 12, 31)).orElseThrow().id());
        for (Revision r : revisions) {
            assertEquals(r, EVALUATOR.revisionOn(r.effectiveFrom()).orElseThrow());
            r.effectiveUntil().ifPresent(until -> assertEquals(r, EVALUATOR.revisionOn(until).orElseThrow()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2020-05-18", "2020-01-01", "2019-12-31", "1900-01-01"})
    void givenADateBeforeTheFirstRevision_whenEvaluated_thenItIsRejectedNamingRevision20200519(String date) {
        LocalDate day = LocalDate.parse(date);
        assertEquals(Optional.empty(), EVALUATOR.revisionOn(day));
        Submission submission = qualifying(day);
        InvalidSubmissionException e = assertThrows(InvalidSubmissionException.class,
                () -> EVALUATOR.evaluate(submission));
        assertTrue(e.getMessage().contains("2020-05-19"), e.getMessage());
        assertTrue(e.violations().stream().anyMatch(v -> v.toString().contains("2020-05-19")), e.violations()::toString);

        // in a stream: the same violation, and the others go on
        List<dev.cosell.model.SubmissionResult> results;
        try (Stream<dev.cosell.model.SubmissionResult> all = EVALUATOR.evaluateAll(Stream.of(submission,
                qualifying(LocalDate.of(2020, 5, 19))))) {
            results = all.toList();
        }
        assertFalse(results.get(0).isAssessed());
        assertEquals(e.violations(), results.get(0).violations());
        assertTrue(results.get(1).isAssessed());

        // pinned, it is evaluated, with a notice that the date lies outside the revision
        CoSellEvaluator pinned = EVALUATOR.forRevision("2020-05-19");
        assertEquals("2020-05-19", pinned.revisionOn(day).orElseThrow().id());
        Assessment a = pinned.evaluate(submission);
        assertEquals("2020-05-19", a.revision().id());
        assertEquals(List.of(Notice.PINNED_OUTSIDE), codes(a));
        assertTrue(a.notices().get(0).text(Locale.ENGLISH).contains("2020-05-19"));
    }

    // -----------------------------------------------------------------------------------------------------------
    // dates stated for one row

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = OfferType.class, names = {"SAAS", "AZURE_VIRTUAL_MACHINE", "AZURE_APPLICATION", "AZURE_CONTAINER"})
    void givenB1_whenTheFeeChangesOn20210714_thenB1IsReportedUpTo20210713Only(OfferType type) {
        // B1: IaaS and SaaS, transactable, Azure IP incentivized (2021-07-13: "B1 ends on 2021-07-14")
        LocalDate lastDay = LocalDate.of(2021, 7, 13);
        LocalDate firstWithout = LocalDate.of(2021, 7, 14);
        Assessment before = EVALUATOR.evaluate(qualifying(type, lastDay.minusDays(1)));
        Assessment last = EVALUATOR.evaluate(qualifying(type, lastDay));
        Assessment after = EVALUATOR.evaluate(qualifying(type, firstWithout));
        assertEquals("2021-03-17", before.revision().id());
        assertEquals("2021-07-13", last.revision().id());
        assertEquals("2021-07-13", after.revision().id());
        for (Assessment a : List.of(before, last, after)) {
            assertEquals(Status.CO_SELL_INCENTIVIZED, a.status(), () -> type + " on " + a.asOf() + ": " + a.findings());
            assertEquals(IncentiveRoute.AZURE_IP, a.route());
        }
        assertTrue(before.benefits().contains(Benefit.B1), type + " on 2021-07-12");
        assertTrue(last.benefits().contains(Benefit.B1), type + " on 2021-07-13");
        assertFalse(after.benefits().contains(Benefit.B1), type + " on 2021-07-14");
        assertEquals(without(last.benefits(), Benefit.B1), after.benefits(), "only B1 changes");
        // pinned to 2021-07-13, the stated date still decides
        CoSellEvaluator pinned = EVALUATOR.forRevision("2021-07-13");
        assertTrue(pinned.evaluate(qualifying(type, lastDay)).benefits().contains(Benefit.B1));
        assertFalse(pinned.evaluate(qualifying(type, firstWithout)).benefits().contains(Benefit.B1));
        // and revision 2021-10-21 has no B1 at all
        assertFalse(EVALUATOR.evaluate(qualifying(type, LocalDate.of(2021, 10, 21))).benefits().contains(Benefit.B1));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = OfferType.class, names = {"SAAS", "AZURE_VIRTUAL_MACHINE", "IOT_EDGE_MODULE", "DYNAMICS_365_APP",
            "POWER_APP"})
    void givenB4_whenAugust2021Starts_thenNothingFlipsBecauseTheBadgeStaysTiedToIncentivizedStatus(OfferType type) {
        // 2021-07-13 Reading "Starting in August 2021 (B4)": criterion as in the table for every date from 2020-09-23
        Assessment july = EVALUATOR.evaluate(qualifying(type, LocalDate.of(2021, 7, 31)));
        Assessment august = EVALUATOR.evaluate(qualifying(type, LocalDate.of(2021, 8, 1)));
        assertEquals(Status.CO_SELL_INCENTIVIZED, july.status(), () -> type + ": " + july.findings());
        assertTrue(july.benefits().contains(Benefit.B4), type + " on 2021-07-31");
        assertTrue(august.benefits().contains(Benefit.B4), type + " on 2021-08-01");
        assertEquals(july.benefits(), august.benefits());
        assertEquals(july.status(), august.status());
        assertEquals(july.route(), august.route());
        // not co-sell ready: no badge on either day
        for (LocalDate day : List.of(LocalDate.of(2021, 7, 31), LocalDate.of(2021, 8, 1))) {
            Submission notReady = withOffer(qualifying(type, day), o -> o.listingState(ListingState.IN_REVIEW));
            Assessment a = EVALUATOR.evaluate(notReady);
            assertEquals(Status.NOT_READY, a.status());
            assertFalse(a.benefits().contains(Benefit.B4), type + " not ready on " + day);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = OfferType.class, names = {"SAAS", "AZURE_VIRTUAL_MACHINE", "AZURE_APPLICATION", "AZURE_CONTAINER",
            "IOT_EDGE_MODULE"})
    void givenR44_whenTheSolutionIsCreatedBeforeOrFrom20230711_thenOnlyNewSolutionsMustBeTransactable(OfferType type) {
        LocalDate asOf = LocalDate.of(2023, 9, 1);
        for (boolean transactable : new boolean[] {true, false}) {
            Submission old = withOffer(qualifying(type, asOf), o -> o.transactable(transactable)
                    .coSellSolutionCreated(LocalDate.of(2023, 7, 10)));
            Submission fresh = withOffer(old, o -> o.coSellSolutionCreated(LocalDate.of(2023, 7, 11)));
            Assessment a = EVALUATOR.evaluate(old);
            Assessment b = EVALUATOR.evaluate(fresh);
            assertEquals(Outcome.NOT_APPLICABLE, a.outcome(Requirement.R4_4), type + " created 2023-07-10");
            assertEquals(transactable ? Outcome.MET : Outcome.UNMET, b.outcome(Requirement.R4_4),
                    type + " created 2023-07-11, transactable " + transactable);
            // non-transactable Azure IP offers fail R4.2's default pass only before 2023; here the validation says
            // yes, so only R4.4 decides between the two
            assertEquals(Status.CO_SELL_INCENTIVIZED, a.status(), () -> type + " " + a.findings());
            assertEquals(transactable ? Status.CO_SELL_INCENTIVIZED : Status.CO_SELL_READY, b.status(),
                    () -> type + " " + b.findings());
        }
        // not given: a transactable offer meets R4.4 whenever its solution was created; otherwise the input is missing
        Submission unknown = withOffer(qualifying(type, asOf), o -> o.coSellSolutionCreated(null).transactable(true));
        assertEquals(Outcome.MET, EVALUATOR.evaluate(unknown).outcome(Requirement.R4_4));
        Submission unknownListed = withOffer(unknown, o -> o.transactable(false));
        assertEquals(Outcome.INPUT_MISSING, EVALUATOR.evaluate(unknownListed).outcome(Requirement.R4_4));
        // before 2023-08-24 the stated date is not back-dated: revision 2021-10-21 has no R4.4
        for (LocalDate day : List.of(LocalDate.of(2023, 7, 11), LocalDate.of(2023, 8, 23))) {
            Submission s = withOffer(qualifying(type, day), o -> o.transactable(false)
                    .coSellSolutionCreated(LocalDate.of(2023, 7, 11)));
            Assessment a = EVALUATOR.evaluate(s);
            assertEquals("2021-10-21", a.revision().id());
            assertTrue(a.findings().stream().noneMatch(f -> f.requirement() == Requirement.R4_4), day::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = OfferType.class, names = {"SAAS", "AZURE_VIRTUAL_MACHINE", "AZURE_APPLICATION"})
    void givenB6_whenEvaluatedBefore20230824_thenNoTopTierBenefitDespiteItsStatedDate(OfferType type) {
        for (LocalDate day : List.of(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 8, 23))) {
            Assessment a = EVALUATOR.evaluate(qualifying(type, day));
            assertEquals(Status.CO_SELL_INCENTIVIZED, a.status(), () -> a.findings().toString());
            assertFalse(a.benefits().contains(Benefit.B6), type + " on " + day);
            assertFalse(a.benefits().contains(Benefit.B5), type + " on " + day);
        }
        Assessment from = EVALUATOR.evaluate(qualifying(type, LocalDate.of(2023, 8, 24)));
        assertEquals(Status.CO_SELL_INCENTIVIZED, from.status(), () -> from.findings().toString());
        assertTrue(from.benefits().contains(Benefit.B6), type + " on 2023-08-24");
        // no figures given: no B6, and a notice says it was not evaluated
        Submission noFigures = new Submission(qualifying(type, LocalDate.of(2023, 8, 24)).partner().toBuilder()
                .topTier(null).build(), qualifying(type, LocalDate.of(2023, 8, 24)).offer(), LocalDate.of(2023, 8, 24));
        Assessment without = EVALUATOR.evaluate(noFigures);
        assertFalse(without.benefits().contains(Benefit.B6));
        assertTrue(codes(without).contains(Notice.TOP_TIER_NOT_EVALUATED), () -> without.notices().toString());
    }

    // -----------------------------------------------------------------------------------------------------------
    // notices

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2021-10-21", "2022-06-30", "2023-08-23"})
    void givenADateInTheGap_whenEvaluated_thenTheAssessmentSaysNoTextWasFound(String date) {
        Assessment a = EVALUATOR.evaluate(qualifying(LocalDate.parse(date)));
        assertEquals("2021-10-21", a.revision().id());
        assertEquals(List.of(Notice.GAP), revisionCodes(a));
        String text = a.notices().stream().filter(n -> n.code().equals(Notice.GAP)).findFirst().orElseThrow()
                .text(Locale.ENGLISH);
        assertTrue(text.contains("2021-10-21") && text.contains("2023-08-23"), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2021-10-20", "2021-07-13", "2023-08-24", "2023-09-01", "2023-10-23"})
    void givenADateWithAText_whenEvaluated_thenNoRevisionNotice(String date) {
        Assessment a = EVALUATOR.evaluate(qualifying(LocalDate.parse(date)));
        assertEquals(List.of(), revisionCodes(a), () -> date + ": " + a.notices());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2023-10-24", "2024-01-01", "2026-12-31"})
    void givenADateAfterTheNewestText_whenEvaluated_thenTheAssessmentSaysSo(String date) {
        Assessment a = EVALUATOR.evaluate(qualifying(LocalDate.parse(date)));
        assertEquals("2023-08-24", a.revision().id());
        assertEquals(List.of(Notice.AFTER_NEWEST), revisionCodes(a));
        assertTrue(a.notices().get(0).text(Locale.ENGLISH).contains("2023-10-23"));
    }

    // -----------------------------------------------------------------------------------------------------------
    // the "done when" dates

    static Stream<Arguments> doneWhen() {
        // date, revision, titles (not ready, ready, Azure IP, Business Applications) from the revision tables, notice
        return Stream.of(
                Arguments.of("2020-07-15", "2020-05-19", "Not ready", "Co-sell ready", "Azure IP", "Business Applications", null),
                Arguments.of("2020-10-01", "2020-09-23", "Not ready", "Co-sell ready", "Azure IP Co-sell incentivized",
                        "Business Applications Co-sell incentivized", null),
                Arguments.of("2021-03-01", "2021-02-24", "Not co-sell ready", "Co-sell ready", "Azure IP Co-sell incentivized",
                        "Biz Apps ISV Connect Premium incentive", null),
                Arguments.of("2021-08-01", "2021-07-13", "Not co-sell ready", "Co-sell ready", "Azure IP Co-sell incentive",
                        "Business Applications Co-sell incentive", null),
                Arguments.of("2022-01-01", "2021-10-21", "Not co-sell ready", "Co-sell ready", "Azure IP Co-sell incentive",
                        "Business Applications Co-sell incentive", Notice.GAP),
                Arguments.of("2023-09-01", "2023-08-24", null, "Co-sell ready", "Azure IP co-sell eligible",
                        "Business Applications co-sell eligible", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("doneWhen")
    void givenADoneWhenDate_whenEvaluated_thenItsRevisionTitlesAndNotices(String date, String id, String notReady,
                                                                        String ready, String azureIp, String bizApps,
                                                                        String notice) {
        LocalDate day = LocalDate.parse(date);
        Submission azure = qualifying(OfferType.SAAS, day);
        Assessment incentivized = EVALUATOR.evaluate(azure);
        Assessment business = EVALUATOR.evaluate(qualifying(OfferType.DYNAMICS_365_APP, day));
        Assessment low = EVALUATOR.evaluate(new Submission(lowRevenue(azure.partner(), day),
                withOffer(azure, o -> o.offerBilledRevenue(List.of())).offer(), day));
        Assessment notLive = EVALUATOR.evaluate(withOffer(azure, o -> o.listingState(ListingState.DRAFT)));
        Assessment liveNotReady = EVALUATOR.evaluate(new Submission(azure.partner().toBuilder()
                .businessProfileComplete(false).build(), azure.offer(), day));

        for (Assessment a : List.of(incentivized, business, low, notLive, liveNotReady)) {
            assertEquals(id, a.revision().id(), date);
            assertEquals(notice == null ? List.of() : List.of(notice), revisionCodes(a), date);
        }
        assertEquals(Status.CO_SELL_INCENTIVIZED, incentivized.status(), () -> incentivized.findings().toString());
        assertEquals(IncentiveRoute.AZURE_IP, incentivized.route());
        assertTrue(incentivized.statusTitle(Locale.ENGLISH).contains(azureIp), incentivized.statusTitle(Locale.ENGLISH));
        assertEquals(Status.CO_SELL_INCENTIVIZED, business.status(), () -> business.findings().toString());
        assertEquals(IncentiveRoute.BUSINESS_APPLICATIONS, business.route());
        assertTrue(business.statusTitle(Locale.ENGLISH).contains(bizApps), business.statusTitle(Locale.ENGLISH));
        assertEquals(Status.CO_SELL_READY, low.status(), () -> low.findings().toString());
        assertTrue(low.statusTitle(Locale.ENGLISH).equalsIgnoreCase(ready), low.statusTitle(Locale.ENGLISH));
        assertEquals(Status.NOT_READY, notLive.status());
        assertEquals(Status.NOT_READY, liveNotReady.status());
        if (notReady != null) {
            assertTrue(notLive.statusTitle(Locale.ENGLISH).equalsIgnoreCase(notReady), notLive.statusTitle(Locale.ENGLISH));
        } else {
            // 2023-08-24 Reading "In market": NOT_READY, with "In market" reported when R1.1 holds
            assertTrue(liveNotReady.attributes().contains(StatusAttribute.IN_MARKET), liveNotReady.attributes()::toString);
            assertFalse(notLive.attributes().contains(StatusAttribute.IN_MARKET), notLive.attributes()::toString);
        }
        for (Assessment a : List.of(incentivized, business, low, notLive)) {
            String korean = a.statusTitle(KOREAN);
            assertFalse(korean.isBlank());
            assertEquals(a.revision().statusTitle(a.status(), a.route(), KOREAN), korean);
        }
    }

    /** The partner with revenue just short of R4.1 (and no billed revenue): Azure IP offers stop at co-sell ready. */
    private static Partner lowRevenue(Partner partner, LocalDate day) {
        Partner.Builder b = Partner.builder(partner.id(), partner.name()).businessProfileComplete(true)
                .mpnId(partner.mpnId()).marketplaceAccountActive(partner.marketplaceAccountActive())
                .revenue("Solution A", YearMonth.from(day).minusMonths(1), "99999.99", "0");
        partner.competencies().forEach(b::competency);
        partner.isvConnectEnrollments().forEach(b::isvConnect);
        partner.solutionsPartnerDesignations().forEach(b::designation);
        return b.topTier(partner.topTier()).build();
    }

    private static List<String> codes(Assessment a) {
        return a.notices().stream().map(Notice::code).toList();
    }

    /** The notices about the revision in force (the gap, after the newest text, pinned outside its dates). */
    private static List<String> revisionCodes(Assessment a) {
        return a.notices().stream().map(Notice::code).filter(c -> c.startsWith("revision.")).toList();
    }

    private static List<Benefit> without(List<Benefit> benefits, Benefit removed) {
        return benefits.stream().filter(b -> b != removed).toList();
    }
}
