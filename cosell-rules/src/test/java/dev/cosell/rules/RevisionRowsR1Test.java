package dev.cosell.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.Answer;
import dev.cosell.model.Assessment;
import dev.cosell.model.CompetencyLevel;
import dev.cosell.model.IncentiveRoute;
import dev.cosell.model.IsvConnectTier;
import dev.cosell.model.ListingSolutionType;
import dev.cosell.model.ListingState;
import dev.cosell.model.Offer;
import dev.cosell.model.OfferType;
import dev.cosell.model.Outcome;
import dev.cosell.model.Partner;
import dev.cosell.model.ProductFamily;
import dev.cosell.model.Requirement;
import dev.cosell.model.Revision;
import dev.cosell.model.Status;
import dev.cosell.model.StatusAttribute;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The R1 rows, the route tables and the status attributes across the program revisions, at the days where they change:
 * the day before and the day of each revision date that changes them (2020-09-02 routes, 2021-02-24 R1.1 and R1.4,
 * 2021-03-17 Business Central's route and the Business Applications tiers, 2021-07-13 R1.5, 2023-08-24 R1.3, R1.4's
 * PartnerID and "In market"), and the one stated date inside a revision that concerns them: the "In market" renaming
 * of 2020-11-20 inside revision 2020-10-19. The evaluator chooses the revision by the evaluation date.
 *
 * <p>Every other row of each revision is met by the submissions here (each revision's qualifying inputs), so that
 * a change of status comes from the R1 row, route or attribute under test.
 */
class RevisionRowsR1Test {
    static final CoSellEvaluator EVALUATOR = CoSellEvaluator.create();
    static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);
    static final LocalDate FAR_AHEAD = LocalDate.of(2024, 12, 31);

    /** A partner that meets every partner-level row of every revision on {@code asOf}. */
    static Partner.Builder partner(LocalDate asOf) {
        return Partner.builder("contoso", "Contoso").businessProfileComplete(true).mpnId("1234567")
                .marketplaceAccountActive(Answer.YES)
                .competency("Cloud Platform", CompetencyLevel.GOLD, LONG_AGO, FAR_AHEAD)
                .isvConnect(IsvConnectTier.PREMIUM, LONG_AGO, FAR_AHEAD)
                .designation("Infrastructure (Azure)", LONG_AGO, FAR_AHEAD)
                .revenue("Contoso Analytics", YearMonth.from(asOf).minusMonths(2), "100000.00", "0.00");
    }

    /** An offer of the given type that meets every offer-level row of every revision on {@code asOf}. */
    static Offer.Builder offer(OfferType type, LocalDate asOf) {
        return Fixtures.offerOfEveryRevision(type, YearMonth.from(asOf).minusMonths(2), LocalDate.of(2020, 6, 1));
    }

    static Assessment evaluate(Partner.Builder partner, Offer.Builder offer, String asOf) {
        return EVALUATOR.evaluate(partner.build(), offer.build(), LocalDate.parse(asOf));
    }

    static Assessment evaluate(OfferType type, String asOf) {
        LocalDate day = LocalDate.parse(asOf);
        return evaluate(partner(day), offer(type, day), asOf);
    }

    // --- Routes ---

    @ParameterizedTest(name = "{0}: a Power BI app takes {1}")
    @CsvSource({
            "2020-09-01, BUSINESS_APPLICATIONS",  // revision 2020-05-19: Dynamics 365, Power Apps and Power BI apps
            "2020-09-02, NONE",                   // "Dynamics" (Reading): Power BI apps take no route
            "2021-03-17, NONE",
            "2023-08-24, NONE"})
    void givenAPowerBiApp_whenTheRouteTableChangesOn20200902_thenItLeavesTheBusinessApplicationsRoute(String asOf,
                                                                                                  IncentiveRoute route) {
        Assessment a = evaluate(OfferType.POWER_BI_APP, asOf);
        if (route == IncentiveRoute.NONE) {
            assertEquals(Outcome.NOT_APPLICABLE, a.outcome(Requirement.R4_3), a.finding(Requirement.R4_3).message());
            assertEquals(Status.CO_SELL_READY, a.status(), a.nextSteps().toString());
        } else {
            assertNotEquals(Outcome.NOT_APPLICABLE, a.outcome(Requirement.R4_3));
            assertEquals(IncentiveRoute.BUSINESS_APPLICATIONS, a.route());
        }
        assertEquals(Outcome.NOT_APPLICABLE, a.outcome(Requirement.R4_1));
    }

    @ParameterizedTest(name = "{0}: {1} takes the Azure IP route")
    @MethodSource("azureIpTypesOnRevisionDates")
    void givenAnAzureIpOfferType_thenEveryRevisionPutsItOnTheAzureIpRoute(String asOf, OfferType type) {
        Assessment a = evaluate(type, asOf);
        assertEquals(Status.CO_SELL_INCENTIVIZED, a.status(), a.nextSteps().toString());
        assertEquals(IncentiveRoute.AZURE_IP, a.route());
        assertEquals(Outcome.NOT_APPLICABLE, a.outcome(Requirement.R4_3));
    }

    static Stream<Arguments> azureIpTypesOnRevisionDates() {
        return EVALUATOR.revisions().stream().flatMap(r -> Stream.of(OfferType.SAAS, OfferType.AZURE_VIRTUAL_MACHINE,
                OfferType.AZURE_APPLICATION, OfferType.AZURE_CONTAINER, OfferType.IOT_EDGE_MODULE)
                .map(t -> Arguments.of(r.effectiveFrom().toString(), t)));
    }

    @ParameterizedTest(name = "{0}: services take no route")
    @CsvSource({"2020-09-02", "2020-10-19", "2021-02-24", "2021-03-17", "2021-10-21", "2023-08-24"})
    void givenServices_thenTheyStopAtCoSellReadyInEveryRevision(String asOf) {
        for (OfferType type : List.of(OfferType.CONSULTING_SERVICE, OfferType.MANAGED_SERVICE)) {
            Assessment a = evaluate(type, asOf);
            assertEquals(Outcome.NOT_APPLICABLE, a.outcome(Requirement.R4_1), type + " " + asOf);
            assertEquals(Outcome.NOT_APPLICABLE, a.outcome(Requirement.R4_3), type + " " + asOf);
            assertEquals(IncentiveRoute.NONE, a.route(), type + " " + asOf);
        }
    }

    @ParameterizedTest(name = "{0}: a Business Central app is on the Business Applications route: {1}")
    @CsvSource({
            "2020-09-02, true",   // "Dynamics"
            "2021-03-16, true",   // Reading of 2021-02-24: through R4.3
            "2021-03-17, false",  // Business Central leaves the route
            "2021-10-21, false",
            "2023-08-24, false"})
    void givenBusinessCentral_whenRevision20210317Starts_thenItLeavesTheBusinessApplicationsRoute(String asOf,
                                                                                                  boolean onRoute) {
        LocalDate day = LocalDate.parse(asOf);
        Assessment a = evaluate(partner(day), offer(OfferType.DYNAMICS_365_APP, day)
                .productFamily(ProductFamily.BUSINESS_CENTRAL), asOf);
        assertEquals(Outcome.NOT_APPLICABLE, a.outcome(Requirement.R4_1));
        if (onRoute) {
            assertNotEquals(Outcome.NOT_APPLICABLE, a.outcome(Requirement.R4_3));
        } else {
            assertEquals(Outcome.NOT_APPLICABLE, a.outcome(Requirement.R4_3));
            assertEquals(IncentiveRoute.NONE, a.route());
        }
    }

    @ParameterizedTest(name = "{0}: a Dynamics 365 app of family {1}")
    @CsvSource({
            "2021-03-17, DATAVERSE_AND_POWER_APPS, true", "2021-03-17, OPERATIONS, true",
            "2021-03-17, POWER_BI, false", "2021-03-17, NOT_GIVEN, true",
            "2023-08-24, DATAVERSE_AND_POWER_APPS, true", "2023-08-24, OPERATIONS, true",
            "2023-08-24, POWER_BI, false", "2023-08-24, NOT_GIVEN, true"})
    void givenADynamicsApp_fromRevision20210317_thenItsProductFamilyDecidesItsRoute_andANotGivenFamilyIsNotGuessed(
            String asOf, ProductFamily family, boolean onRoute) {
        LocalDate day = LocalDate.parse(asOf);
        Assessment a = evaluate(partner(day), offer(OfferType.DYNAMICS_365_APP, day).productFamily(family), asOf);
        assertEquals(Outcome.NOT_APPLICABLE, a.outcome(Requirement.R4_1));
        assertEquals(Outcome.NOT_APPLICABLE, a.outcome(Requirement.R4_2));
        // a family not given keeps the route its type can take: R4.3 is judged (met, unmet or its input missing),
        // never dismissed as not applicable on the guess that the app is Business Central
        assertEquals(onRoute, a.outcome(Requirement.R4_3) != Outcome.NOT_APPLICABLE, a.finding(Requirement.R4_3).message());
    }

    // --- R1.1 ---

    @ParameterizedTest(name = "{0}: R1.1 says {1}")
    @CsvSource({
            "2021-02-23, R1.1.met, R1.1.unmet",
            "2021-02-24, R1.1.met.store, R1.1.unmet.store",
            "2023-08-23, R1.1.met.store, R1.1.unmet.store",
            "2023-08-24, R1.1.met.marketplace, R1.1.unmet.marketplace"})
    void givenALiveOrNotLiveOffer_thenR11ChecksTheSameState_inTheWordsOfItsRevision(String asOf, String metKey,
                                                                                  String unmetKey) {
        LocalDate day = LocalDate.parse(asOf);
        for (ListingState state : ListingState.values()) {
            Assessment a = evaluate(partner(day), offer(OfferType.SAAS, day).listingState(state), asOf);
            boolean live = state == ListingState.LIVE;
            assertEquals(live ? Outcome.MET : Outcome.UNMET, a.outcome(Requirement.R1_1), state + " " + asOf);
            assertEquals(live ? metKey : unmetKey, a.finding(Requirement.R1_1).messageKey(), state + " " + asOf);
            assertEquals(live ? Status.CO_SELL_INCENTIVIZED : Status.NOT_READY, a.status(), state + " " + asOf);
        }
    }

    @Test
    void givenRevision20230824_thenWhereToActOnR11NamesTheRevisionAndTheCoSellSolutionsPage() {
        Assessment before = evaluate(OfferType.SAAS, "2023-08-23");
        Assessment on = evaluate(OfferType.SAAS, "2023-08-24");
        assertEquals(Requirement.R1_1.where(Locale.ENGLISH), before.where(Requirement.R1_1, Locale.ENGLISH));
        assertTrue(on.where(Requirement.R1_1, Locale.ENGLISH).startsWith("Revision 2023-08-24: "));
        assertTrue(on.where(Requirement.R1_1, Locale.ENGLISH).contains("Referrals \u203a Co-sell \u203a Solutions"));
        assertTrue(on.where(Requirement.R1_1, Locale.KOREAN).startsWith("개정 2023-08-24: "));
    }

    // --- R1.4 ---

    @ParameterizedTest(name = "{0}: R1.4 is a row of the revision: {1}")
    @CsvSource({"2021-02-23, false", "2021-02-24, true", "2021-10-21, true", "2023-08-24, true"})
    void givenNoMpnId_whenR14Starts_thenTheMissingInputBlocksCoSellReady(String asOf, boolean hasRow) {
        LocalDate day = LocalDate.parse(asOf);
        Partner.Builder withoutMpnId = partner(day).mpnId(null).marketplaceAccountActive(Answer.NOT_GIVEN);
        Assessment a = evaluate(withoutMpnId, offer(OfferType.SAAS, day), asOf);
        assertEquals(hasRow, a.revision().has(Requirement.R1_4));
        if (hasRow) {
            assertEquals(Outcome.INPUT_MISSING, a.outcome(Requirement.R1_4));
            assertEquals(Status.NOT_READY, a.status());
            assertEquals(List.of(Requirement.R1_4), a.nextSteps().stream().map(s -> s.requirement()).toList());
        } else {
            assertTrue(a.findings().stream().noneMatch(f -> f.requirement() == Requirement.R1_4));
            assertEquals(Status.CO_SELL_INCENTIVIZED, a.status());
        }
    }

    /** Every combination of the two inputs, on a day of each revision with R1.4: exactly the table's outcome. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"2021-02-24", "2021-03-17", "2021-07-13", "2021-10-21", "2023-08-24"})
    void givenEveryCombinationOfMpnIdAndAccount_thenR14IsMetOnlyWithBoth_unmetOnAnInactiveAccount_elseInputMissing(
            String asOf) {
        LocalDate day = LocalDate.parse(asOf);
        boolean partnerId = day.isAfter(LocalDate.of(2023, 8, 23));
        Random random = new Random(20210224L + day.getDayOfYear());
        for (int i = 0; i < 12; i++) {
            String mpnId = random.nextBoolean() ? null : String.valueOf(1_000_000 + random.nextInt(9_000_000));
            Answer account = Answer.values()[i % 3];
            Assessment a = evaluate(partner(day).mpnId(mpnId).marketplaceAccountActive(account),
                    offer(OfferType.SAAS, day), asOf);
            Outcome expected = account == Answer.NO ? Outcome.UNMET
                    : account == Answer.YES && mpnId != null ? Outcome.MET : Outcome.INPUT_MISSING;
            String at = asOf + " mpnId=" + mpnId + " account=" + account;
            assertEquals(expected, a.outcome(Requirement.R1_4), at);
            assertEquals(expected == Outcome.MET, a.status() != Status.NOT_READY, at);
            String message = a.finding(Requirement.R1_4).message();
            if (mpnId == null || expected == Outcome.MET) {
                // the ID by the name its revision gives it: MPN ID, from 2023-08-24 PartnerID (formerly MPN ID)
                assertTrue(message.contains(partnerId ? "PartnerID" : "MPN ID"), at + ": " + message);
                assertEquals(partnerId, message.contains("PartnerID"), at + ": " + message);
            }
            if (expected == Outcome.MET) {
                assertTrue(message.contains(mpnId), at + ": " + message);
            }
            if (expected == Outcome.INPUT_MISSING) {
                // the message says what to give
                assertEquals(mpnId == null, message.contains("mpnId"), at + ": " + message);
                assertEquals(account == Answer.NOT_GIVEN, message.contains("marketplaceAccountActive"), at + ": " + message);
            }
        }
    }

    // --- R1.5 ---

    @ParameterizedTest(name = "{0}: an Office add-in ({1})")
    @CsvSource({
            "2021-07-12, YES, ", "2021-07-12, NOT_GIVEN, ",
            "2021-07-13, YES, UNMET", "2021-07-13, NOT_GIVEN, INPUT_MISSING", "2021-07-13, NO, MET",
            "2023-08-24, YES, UNMET", "2023-08-24, NOT_GIVEN, INPUT_MISSING", "2023-08-24, NO, MET"})
    void givenAnOfficeAppOrAddIn_fromRevision20210713_thenItCannotBeCoSellReady(String asOf, Answer office,
                                                                              Outcome expected) {
        LocalDate day = LocalDate.parse(asOf);
        Assessment a = evaluate(partner(day), offer(OfferType.SAAS, day).officeAppOrAddIn(office), asOf);
        if (expected == null) {
            assertFalse(a.revision().has(Requirement.R1_5));
            assertEquals(Status.CO_SELL_INCENTIVIZED, a.status());
        } else {
            assertEquals(expected, a.outcome(Requirement.R1_5));
            assertEquals(expected == Outcome.MET ? Status.CO_SELL_INCENTIVIZED : Status.NOT_READY, a.status());
        }
    }

    // --- R1.3 ---

    @ParameterizedTest(name = "{0}: solution type {1}")
    @CsvSource({
            "2023-08-23, SERVICE, , CO_SELL_INCENTIVIZED",
            // before 2023-08-24 the listing solution type decides R3.6 (offers of the Service type): not given, it is
            // missing there, so the offer is not incentivized either
            "2023-08-23, NOT_GIVEN, , ",
            "2023-08-24, IP, MET, CO_SELL_INCENTIVIZED", "2023-08-24, SERVICE, UNMET, CO_SELL_READY",
            "2023-08-24, MANAGED_SERVICE, UNMET, CO_SELL_READY", "2023-08-24, DEVICE, UNMET, CO_SELL_READY",
            "2023-08-24, NOT_GIVEN, INPUT_MISSING, "})
    void givenTheListingSolutionType_fromRevision20230824_thenOnlyIpReachesAzureIpCoSellEligible(
            String asOf, ListingSolutionType type, Outcome expected, Status status) {
        LocalDate day = LocalDate.parse(asOf);
        Assessment a = evaluate(partner(day), offer(OfferType.AZURE_CONTAINER, day).listingSolutionType(type), asOf);
        if (expected == null) {
            assertFalse(a.revision().has(Requirement.R1_3));
        } else {
            assertEquals(expected, a.outcome(Requirement.R1_3));
            if (expected != Outcome.MET) {
                assertTrue(a.nextSteps().stream().anyMatch(s -> s.requirement() == Requirement.R1_3));
            }
        }
        if (status != null) {
            assertEquals(status, a.status(), a.nextSteps().toString());
        } else {
            assertNotEquals(Status.CO_SELL_INCENTIVIZED, a.status());
        }
    }

    @Test
    void givenAnOfferOffTheAzureIpRoute_thenR13IsNotApplicableWhateverItsSolutionType() {
        for (OfferType type : List.of(OfferType.CONSULTING_SERVICE, OfferType.POWER_BI_APP, OfferType.POWER_APP)) {
            for (ListingSolutionType solutionType : ListingSolutionType.values()) {
                Assessment a = evaluate(partner(LocalDate.of(2023, 9, 1)),
                        offer(type, LocalDate.of(2023, 9, 1)).listingSolutionType(solutionType), "2023-09-01");
                assertEquals(Outcome.NOT_APPLICABLE, a.outcome(Requirement.R1_3), type + " " + solutionType);
            }
        }
    }

    // --- Status attributes ---

    @ParameterizedTest(name = "{0}: a live offer that is not co-sell ready is In market: {1}")
    @CsvSource({
            "2020-10-18, false", "2020-10-19, false", "2020-11-19, false",
            "2020-11-20, true",    // the 2020-11-20 renaming, honoured inside revision 2020-10-19
            "2021-02-23, true",
            "2021-02-24, false",   // "Not co-sell ready"
            "2023-08-23, false",
            "2023-08-24, true"})   // "In market"
    void givenALiveOfferThatIsNotReady_thenInMarketIsReportedOnlyWhereTheRevisionNamesIt(String asOf, boolean inMarket) {
        LocalDate day = LocalDate.parse(asOf);
        Assessment live = evaluate(partner(day).businessProfileComplete(false), offer(OfferType.SAAS, day), asOf);
        assertEquals(Status.NOT_READY, live.status());
        assertEquals(inMarket ? List.of(StatusAttribute.IN_MARKET) : List.of(), live.attributes());
        // not live: never In market; ready: never In market
        Assessment draft = evaluate(partner(day).businessProfileComplete(false),
                offer(OfferType.SAAS, day).listingState(ListingState.DRAFT), asOf);
        assertEquals(List.of(), draft.attributes());
        assertEquals(List.of(), evaluate(OfferType.SAAS, asOf).attributes());
    }

    @ParameterizedTest(name = "{0}: Business Applications tier reported: {1}")
    @CsvSource({
            "2021-03-16, false",  // "Biz Apps ISV Connect Premium incentive": the tier is in the title
            "2021-03-17, true", "2021-07-13, true", "2021-10-21, true", "2023-08-24, true"})
    void givenABusinessApplicationsIncentivizedOffer_fromRevision20210317_thenThePremiumTierOfItsActiveEnrollmentIsReported(
            String asOf, boolean reported) {
        LocalDate day = LocalDate.parse(asOf);
        Assessment a = evaluate(partner(day), offer(OfferType.POWER_APP, day)
                .productFamily(ProductFamily.DATAVERSE_AND_POWER_APPS), asOf);
        assertEquals(Status.CO_SELL_INCENTIVIZED, a.status(), a.nextSteps().toString());
        assertEquals(IncentiveRoute.BUSINESS_APPLICATIONS, a.route());
        assertEquals(reported ? List.of(StatusAttribute.BUSINESS_APPLICATIONS_PREMIUM) : List.of(), a.attributes());
        // the same partner's Azure IP offer: no Business Applications tier
        assertEquals(List.of(), evaluate(OfferType.SAAS, asOf).attributes());
    }

    @Test
    void givenAPremiumEnrollmentThatIsNotActive_thenNoPremiumTierIsReported() {
        LocalDate day = LocalDate.of(2021, 4, 1);
        Partner.Builder expired = Partner.builder("contoso", "Contoso").businessProfileComplete(true).mpnId("1234567")
                .marketplaceAccountActive(Answer.YES).isvConnect(IsvConnectTier.PREMIUM, LONG_AGO, day.minusDays(1))
                .revenue("Contoso Analytics", YearMonth.of(2021, 2), "100000.00", "0.00");
        Assessment a = evaluate(expired, offer(OfferType.POWER_APP, day), day.toString());
        assertFalse(a.attributes().contains(StatusAttribute.BUSINESS_APPLICATIONS_PREMIUM), a.attributes().toString());
        assertNotEquals(Status.CO_SELL_INCENTIVIZED, a.status());
    }

    // --- Where-to-act texts of the revisions ---

    /** Every revision's own where-to-act text starts by naming its source, as the rows' texts do (WhereSourceTest). */
    @Test
    void givenEveryRevisionsWhereTexts_thenEachNamesItsSource_theRevisionItComesFromOrOutsideTheProgramDocument() {
        for (Revision revision : EVALUATOR.revisions()) {
            for (Map.Entry<String, String> text : revision.texts().entrySet()) {
                if (!text.getKey().startsWith("where.")) {
                    continue;
                }
                boolean korean = text.getKey().endsWith(".ko");
                String value = text.getValue();
                String at = revision.id() + " " + text.getKey() + ": " + value;
                boolean outside = value.startsWith(korean ? "프로그램 문서 밖의 안내: " : "Outside the program document: ");
                String prefix = korean ? "개정 " : "Revision ";
                boolean named = value.startsWith(prefix) && value.length() > prefix.length() + 12
                        && value.charAt(prefix.length() + 10) == ':'
                        && EVALUATOR.revisions().stream().anyMatch(r -> r.id().equals(value.substring(prefix.length(),
                        prefix.length() + 10)) && !r.effectiveFrom().isAfter(revision.effectiveFrom()));
                assertTrue(outside || named, at);
                String row = text.getKey().substring("where.".length()).replace(".ko", "");
                assertTrue(revision.has(Requirement.byId(row)), at);
            }
        }
    }
}
