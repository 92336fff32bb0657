package dev.cosell.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.Answer;
import dev.cosell.model.Assessment;
import dev.cosell.model.Benefit;
import dev.cosell.model.IncentiveRoute;
import dev.cosell.model.IsvConnectTier;
import dev.cosell.model.ListingSolutionType;
import dev.cosell.model.Notice;
import dev.cosell.model.Offer;
import dev.cosell.model.OfferType;
import dev.cosell.model.Outcome;
import dev.cosell.model.Partner;
import dev.cosell.model.ProductFamily;
import dev.cosell.model.Requirement;
import dev.cosell.model.Status;
import dev.cosell.model.TopTierFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The R4 rows, benefits B1–B6 and channels across the program revisions (revisions/*.md), evaluated by date with
 * {@link CoSellEvaluator#create()}: the day before and the day of each revision date where they change, and the
 * stated dates inside a revision (B1 ends on 2021-07-14; B4's "Starting in August 2021"; R4.4's new offers from
 * 2023-07-11). Each offer and partner meets every row of every revision (the qualifying defaults of the revisions'
 * design) except what a test changes.
 */
class RevisionRowsR4Test {
    static final CoSellEvaluator EVALUATOR = CoSellEvaluator.create();

    /** The last complete month before an evaluation month of 2020-09 … 2020-10 and 2021-02 … 2021-03. */
    static final YearMonth MONTH_2020 = YearMonth.of(2020, 6);

    static Partner.Builder partner(YearMonth month, String acr, String billed) {
        return Partner.builder("contoso", "Contoso").businessProfileComplete(true).mpnId("1234567")
                .marketplaceAccountActive(Answer.YES)
                .competency("Cloud Platform", dev.cosell.model.CompetencyLevel.GOLD, LocalDate.of(2019, 1, 1),
                        LocalDate.of(2024, 12, 31))
                .designation("Infrastructure (Azure)", LocalDate.of(2019, 1, 1), LocalDate.of(2024, 12, 31))
                .revenue("Contoso Analytics", month, acr, billed);
    }

    /** A transactable, paid SaaS offer that meets every row, with 100,000.00 USD billed by itself in {@code month}. */
    static Offer.Builder saas(YearMonth month) {
        return azureIp(OfferType.SAAS, month);
    }

    /** An offer of an Azure IP type, otherwise as {@link #saas(YearMonth)}. */
    static Offer.Builder azureIp(OfferType type, YearMonth month) {
        return Fixtures.offerOfEveryRevision(type, month, LocalDate.of(2020, 1, 15));
    }

    static Offer.Builder businessApplications(YearMonth month) {
        return Offer.builder("contoso-crm", "Contoso CRM", OfferType.DYNAMICS_365_APP).live().transactable(true)
                .paidPlan(Answer.YES).coSellCountries("US").contact("Jane Doe", "jane@contoso.com", "Sales lead", "*")
                .onePager("one-pager.pdf").presentationDeck("deck.pptx").landingPage("https://contoso.com/crm")
                .socialMedia("https://www.linkedin.com/company/contoso").architectureDiagram("architecture.png")
                .listingComplete(Answer.YES).listingSolutionType(ListingSolutionType.IP)
                .productFamily(ProductFamily.DATAVERSE_AND_POWER_APPS).technicalValidation(Answer.YES)
                .officeAppOrAddIn(Answer.NO).coSellSolutionCreated(LocalDate.of(2020, 1, 15))
                .cloudSpecialistRequested(Answer.YES).offerBilledRevenue(month, "0.00");
    }

    static Assessment evaluate(Partner.Builder partner, Offer.Builder offer, String asOf) {
        return EVALUATOR.evaluate(partner.build(), offer.build(), LocalDate.parse(asOf));
    }

    static void assertRow(Assessment a, Requirement row, Outcome outcome, String messageKey) {
        assertEquals(outcome, a.outcome(row), a.revision().id() + " " + row.id() + ": " + a.finding(row).message());
        assertEquals(messageKey, a.finding(row).messageKey(), a.revision().id() + " " + row.id());
    }

    @Test
    void givenAPaidOfferWithOnlyItsOwnBilledRevenue_thenR41MeetsFrom20200902_notBefore() {
        // Organisation: no ACR and no billed revenue; the offer billed 100,000 USD itself
        Partner.Builder partner = partner(MONTH_2020, "0.00", "0.00");
        Assessment before = evaluate(partner, saas(MONTH_2020), "2020-09-01");
        Assessment on = evaluate(partner, saas(MONTH_2020), "2020-09-02");
        assertEquals("2020-05-19", before.revision().id());
        assertRow(before, Requirement.R4_1, Outcome.UNMET, "R4.1.unmet.transactable");
        assertEquals("2020-09-02", on.revision().id());
        assertRow(on, Requirement.R4_1, Outcome.MET, "R4.1.met.offerBilled");
    }

    @Test
    void givenAVirtualMachineWith10PercentOnAzure_thenR42AppliesBefore20200902_toSaasOnlyUntil20200915_thenToAll() {
        Partner.Builder partner = partner(MONTH_2020, "100000.00", "0.00");
        Offer.Builder virtualMachine = azureIp(OfferType.AZURE_VIRTUAL_MACHINE, MONTH_2020).azureIpSharePercent("10");
        assertRow(evaluate(partner, virtualMachine, "2020-09-01"), Requirement.R4_2, Outcome.UNMET, "R4.2.unmet");
        assertRow(evaluate(partner, virtualMachine, "2020-09-02"), Requirement.R4_2, Outcome.NOT_APPLICABLE,
                "R4.2.notApplicable.notSaas");
        assertRow(evaluate(partner, virtualMachine, "2020-09-14"), Requirement.R4_2, Outcome.NOT_APPLICABLE,
                "R4.2.notApplicable.notSaas");
        assertRow(evaluate(partner, virtualMachine, "2020-09-15"), Requirement.R4_2, Outcome.UNMET,
                "R4.2.unmet.infrastructure");
    }

    @Test
    void givenATransactableOfferWithoutAPaidPlan_thenItsOwnBilledRevenueCountsOnlyFrom20200915() {
        Partner.Builder partner = partner(MONTH_2020, "0.00", "0.00");
        Offer.Builder free = saas(MONTH_2020).paidPlan(Answer.NO);
        assertRow(evaluate(partner, free, "2020-09-14"), Requirement.R4_1, Outcome.UNMET, "R4.1.unmet.nonPaid");
        assertRow(evaluate(partner, free, "2020-09-15"), Requirement.R4_1, Outcome.MET, "R4.1.met.offerBilled");
    }

    @Test
    void givenAnIncentivizedBusinessApplicationsOffer_thenTheBadgeComesFrom20200923() {
        Partner.Builder partner = partner(MONTH_2020, "0.00", "0.00")
                .isvConnect(IsvConnectTier.PREMIUM, LocalDate.of(2019, 1, 1), LocalDate.of(2024, 12, 31));
        Assessment before = evaluate(partner, businessApplications(MONTH_2020), "2020-09-22");
        Assessment on = evaluate(partner, businessApplications(MONTH_2020), "2020-09-23");
        for (Assessment a : List.of(before, on)) {
            assertEquals(Status.CO_SELL_INCENTIVIZED, a.status(), a.revision().id());
            assertEquals(IncentiveRoute.BUSINESS_APPLICATIONS, a.route(), a.revision().id());
        }
        assertEquals(List.of(), before.benefits());
        assertEquals(List.of(Benefit.B4), on.benefits());
    }

    @Test
    void givenOnlyThisOffersBilledRevenue_thenR41ReturnsToOrganisationLevelOn20210224() {
        Partner.Builder partner = partner(MONTH_2020, "0.00", "0.00");
        assertRow(evaluate(partner, saas(MONTH_2020), "2021-02-23"), Requirement.R4_1, Outcome.MET,
                "R4.1.met.offerBilled");
        assertRow(evaluate(partner, saas(MONTH_2020), "2021-02-24"), Requirement.R4_1, Outcome.UNMET,
                "R4.1.unmet.transactable");
        // and the billed revenue of all the partner's solutions counts again
        Partner.Builder organisation = partner(MONTH_2020, "0.00", "100000.00");
        assertRow(evaluate(organisation, saas(MONTH_2020).offerBilledRevenue(List.of()), "2021-02-24"),
                Requirement.R4_1, Outcome.MET, "R4.1.met.billed");
    }

    @Test
    void givenNoTechnicalValidationInput_thenR42AsksForItFrom20210224_exceptTheDefaultPass_whichEndsOn20230824() {
        Partner.Builder partner = partner(MONTH_2020, "100000.00", "0.00");
        Offer.Builder saas = saas(MONTH_2020).technicalValidation(Answer.NOT_GIVEN);
        assertRow(evaluate(partner, saas, "2021-02-23"), Requirement.R4_2, Outcome.MET, "R4.2.met.infrastructure");
        assertRow(evaluate(partner, saas, "2021-02-24"), Requirement.R4_2, Outcome.INPUT_MISSING,
                "R4.2.missing.validation");
        Offer.Builder vm = azureIp(OfferType.AZURE_VIRTUAL_MACHINE, YearMonth.of(2023, 6))
                .technicalValidation(Answer.NOT_GIVEN);
        Partner.Builder partner2023 = partner(YearMonth.of(2023, 6), "100000.00", "0.00");
        assertRow(evaluate(partner2023, vm, "2023-08-23"), Requirement.R4_2, Outcome.MET, "R4.2.met.default");
        assertRow(evaluate(partner2023, vm, "2023-08-24"), Requirement.R4_2, Outcome.INPUT_MISSING,
                "R4.2.missing.platformed");
    }

    @Test
    void givenAStandardTierEnrollment_thenR43MeetsFrom20210317_andB3NeedsAPaidPlanFromThen() {
        Partner.Builder partner = partner(MONTH_2020, "0.00", "0.00")
                .isvConnect(IsvConnectTier.STANDARD, LocalDate.of(2019, 1, 1), LocalDate.of(2024, 12, 31));
        assertRow(evaluate(partner, businessApplications(MONTH_2020), "2021-03-16"), Requirement.R4_3, Outcome.UNMET,
                "R4.3.unmet");
        Assessment on = evaluate(partner, businessApplications(MONTH_2020), "2021-03-17");
        assertRow(on, Requirement.R4_3, Outcome.MET, "R4.3.met.anyTier");
        assertEquals(Status.CO_SELL_INCENTIVIZED, on.status());
        assertEquals(List.of(Benefit.B4), on.benefits(), "enrolled in ISV Connect with co-sell ready status");

        Partner.Builder acr = partner(MONTH_2020, "100000.00", "0.00");
        Offer.Builder free = saas(MONTH_2020).paidPlan(Answer.NO);
        Assessment before = evaluate(acr, free, "2021-03-16");
        Assessment after = evaluate(acr, free, "2021-03-17");
        assertEquals(Status.CO_SELL_INCENTIVIZED, before.status());
        assertEquals(Status.CO_SELL_INCENTIVIZED, after.status());
        assertTrue(before.benefits().contains(Benefit.B3), "transactable: " + before.benefits());
        assertFalse(after.benefits().contains(Benefit.B3), "a free plan is not above 0 USD: " + after.benefits());
    }

    @Test
    void givenAnIncentivizedTransactableSaasOffer_thenB1AndItsFeeEndOn20210714() {
        YearMonth june = YearMonth.of(2021, 6);
        Partner.Builder partner = partner(june, "100000.00", "0.00");
        Assessment last = evaluate(partner, saas(june), "2021-07-13");
        Assessment after = evaluate(partner, saas(june), "2021-07-14");
        assertEquals("2021-07-13", last.revision().id());
        assertEquals("2021-07-13", after.revision().id());
        assertEquals(List.of(Benefit.B1, Benefit.B2, Benefit.B3, Benefit.B4), last.benefits());
        assertEquals(Optional.of(new BigDecimal("10")), last.serviceFeePercent());
        assertEquals(List.of(Benefit.B2, Benefit.B3, Benefit.B4), after.benefits());
        assertEquals(Optional.empty(), after.serviceFeePercent());
        // the day before the revision (2021-07-12) B1 holds as well
        assertTrue(evaluate(partner, saas(june), "2021-07-12").benefits().contains(Benefit.B1));
    }

    @Test
    void givenTheStatedAugust2021OfB4_thenTheCriterionIsTheSameOnEitherSide() {
        YearMonth june = YearMonth.of(2021, 6);
        Partner.Builder partner = partner(june, "100000.00", "0.00")
                .isvConnect(IsvConnectTier.STANDARD, LocalDate.of(2019, 1, 1), LocalDate.of(2024, 12, 31));
        for (String day : List.of("2021-07-31", "2021-08-01")) {
            Assessment azure = evaluate(partner, saas(june), day);
            assertTrue(azure.benefits().contains(Benefit.B4), day + ": " + azure.benefits());
            Assessment businessApplications = evaluate(partner, businessApplications(june), day);
            assertEquals(List.of(Benefit.B4), businessApplications.benefits(), day);
            Assessment ready = evaluate(partner, saas(june).technicalValidation(Answer.NO), day);
            assertEquals(Status.CO_SELL_READY, ready.status(), day);
            assertEquals(List.of(), ready.benefits(), day);
        }
    }

    @Test
    void givenBilledRevenueBeforeTheTrailingWindow_thenItCountsUntil20211020_notFrom20211021() {
        // Evaluated in October 2021 the window is 2020-10 … 2021-09; 2020-09 lies before it
        Partner.Builder partner = partner(YearMonth.of(2020, 9), "0.00", "100000.00");
        Offer.Builder offer = saas(YearMonth.of(2020, 9)).offerBilledRevenue(List.of());
        assertRow(evaluate(partner, offer, "2021-10-20"), Requirement.R4_1, Outcome.MET, "R4.1.met.billed");
        assertRow(evaluate(partner, offer, "2021-10-21"), Requirement.R4_1, Outcome.UNMET,
                "R4.1.unmet.transactableTtm");
    }

    @Test
    void givenRevision20230824_thenR44AndB5AndB6ApplyFromItsPageDate_andB2Ends() {
        YearMonth june = YearMonth.of(2023, 6);
        Partner.Builder partner = partner(june, "100000.00", "0.00");
        Offer.Builder newOffer = saas(june).transactable(false).paidPlan(Answer.NOT_GIVEN)
                .coSellSolutionCreated(LocalDate.of(2023, 7, 11));
        Assessment before = evaluate(partner, newOffer, "2023-08-23");
        Assessment on = evaluate(partner, newOffer, "2023-08-24");
        assertEquals("2021-10-21", before.revision().id());
        assertTrue(before.findings().stream().noneMatch(f -> f.requirement() == Requirement.R4_4),
                "no R4.4 before its revision: " + before.findings());
        assertRow(on, Requirement.R4_4, Outcome.UNMET, "R4.4.unmet");

        Assessment incentivizedBefore = evaluate(partner, saas(june), "2023-08-23");
        Assessment eligible = evaluate(partner, saas(june), "2023-08-24");
        assertEquals(List.of(Benefit.B2, Benefit.B3, Benefit.B4), incentivizedBefore.benefits());
        assertEquals(List.of(Benefit.B3, Benefit.B4, Benefit.B5), eligible.benefits());
        assertTrue(eligible.notices().stream().anyMatch(n -> n.code().equals(Notice.TOP_TIER_NOT_EVALUATED)),
                eligible.notices().toString());
        Assessment topTier = evaluate(partner.topTier(TopTierFigures.of("4000000.00", null, null, null, null)),
                saas(june), "2023-08-24");
        assertEquals(List.of(Benefit.B3, Benefit.B4, Benefit.B5, Benefit.B6), topTier.benefits());
        assertTrue(topTier.notices().stream().noneMatch(n -> n.code().equals(Notice.TOP_TIER_NOT_EVALUATED)));
    }

    /** Creation dates of co-sell solutions from 2021 to 2024, seeded, with 2023-07-10 and 2023-07-11 among them. */
    static Stream<Arguments> creationDates() {
        Random random = new Random(20230711L);
        LocalDate first = LocalDate.of(2021, 1, 1);
        List<Arguments> dates = new ArrayList<>();
        dates.add(Arguments.of(LocalDate.of(2023, 7, 10)));
        dates.add(Arguments.of(LocalDate.of(2023, 7, 11)));
        for (int i = 0; i < 30; i++) {
            dates.add(Arguments.of(first.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(first,
                    LocalDate.of(2023, 9, 1))))));
        }
        return dates.stream();
    }

    @ParameterizedTest(name = "created {0}")
    @MethodSource("creationDates")
    void givenAnOfferThatIsNotTransactable_thenR44BlocksExactlyTheSolutionsCreatedFrom20230711(LocalDate created) {
        YearMonth june = YearMonth.of(2023, 6);
        Assessment a = evaluate(partner(june, "100000.00", "0.00"),
                saas(june).transactable(false).paidPlan(Answer.NOT_GIVEN).coSellSolutionCreated(created), "2023-09-01");
        boolean newOffer = !created.isBefore(LocalDate.of(2023, 7, 11));
        assertEquals(newOffer ? Outcome.UNMET : Outcome.NOT_APPLICABLE, a.outcome(Requirement.R4_4),
                a.finding(Requirement.R4_4).message());
        assertEquals(newOffer ? Status.CO_SELL_READY : Status.CO_SELL_INCENTIVIZED, a.status());
        // transactable, a new solution meets R4.4; an earlier one is not checked on R4.4 at all (the Reading)
        Assessment transactable = evaluate(partner(june, "100000.00", "0.00"),
                saas(june).coSellSolutionCreated(created), "2023-09-01");
        assertEquals(newOffer ? Outcome.MET : Outcome.NOT_APPLICABLE, transactable.outcome(Requirement.R4_4));
    }

    /** Evaluation dates inside revision 2021-07-13 (2021-07-13 … 2021-10-20), seeded, with both sides of 07-14. */
    static Stream<Arguments> feeDates() {
        Random random = new Random(20210714L);
        List<Arguments> dates = new ArrayList<>();
        dates.add(Arguments.of(LocalDate.of(2021, 7, 13)));
        dates.add(Arguments.of(LocalDate.of(2021, 7, 14)));
        for (int i = 0; i < 12; i++) {
            dates.add(Arguments.of(LocalDate.of(2021, 7, 13).plusDays(random.nextInt(100))));
        }
        return dates.stream();
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("feeDates")
    void givenADateOfRevision20210713_thenB1AndTheFeeFigureHoldExactlyUntil20210713(LocalDate day) {
        YearMonth june = YearMonth.of(2021, 6);
        Assessment incentivized = EVALUATOR.evaluate(partner(june, "100000.00", "0.00").build(), saas(june).build(), day);
        Assessment ready = EVALUATOR.evaluate(partner(june, "100000.00", "0.00").build(),
                saas(june).technicalValidation(Answer.NO).build(), day);
        boolean b1 = day.isBefore(LocalDate.of(2021, 7, 14));
        assertEquals(b1, incentivized.benefits().contains(Benefit.B1), incentivized.benefits().toString());
        assertEquals(b1 ? Optional.of(new BigDecimal("10")) : Optional.empty(), incentivized.serviceFeePercent());
        assertEquals(b1 ? Optional.of(new BigDecimal("20")) : Optional.empty(), ready.serviceFeePercent());
    }
}
