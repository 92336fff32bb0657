package dev.cosell.rules;

import static dev.cosell.rules.Fixtures.AS_OF;
import static dev.cosell.rules.Fixtures.EVALUATION_MONTH;
import static dev.cosell.rules.Fixtures.WINDOW_FIRST;
import static dev.cosell.rules.Fixtures.WINDOW_LAST;
import static dev.cosell.rules.Fixtures.evaluate;
import static dev.cosell.rules.Fixtures.offer;
import static dev.cosell.rules.Fixtures.partner;
import static dev.cosell.rules.Fixtures.partnerAtThreshold;
import static dev.cosell.rules.Fixtures.saas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.Assessment;
import dev.cosell.model.Channel;
import dev.cosell.model.Collateral;
import dev.cosell.model.CompetencyLevel;
import dev.cosell.model.Finding;
import dev.cosell.model.IsvConnectTier;
import dev.cosell.model.ListingState;
import dev.cosell.model.NextStep;
import dev.cosell.model.Offer;
import dev.cosell.model.OfferType;
import dev.cosell.model.Outcome;
import dev.cosell.model.Partner;
import dev.cosell.model.Requirement;
import dev.cosell.model.Status;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each requirement row R1.1 … R4.3, met and unmet, on its boundaries, with the figures its message shows. Each
 * test starts from an offer that meets every row (see {@link Fixtures}) and changes only what it is about.
 */
class RequirementRowTest {

    static Finding finding(Assessment assessment, Requirement row) {
        return assessment.finding(row);
    }

    static void assertFinding(Assessment assessment, Requirement row, Outcome outcome, String message) {
        Finding f = assessment.finding(row);
        assertEquals(outcome, f.outcome(), () -> row.id() + ": " + f.message());
        if (message != null) {
            assertEquals(message, f.message(), row.id());
        }
    }

    static List<Requirement> nextSteps(Assessment assessment) {
        return assessment.nextSteps().stream().map(NextStep::requirement).toList();
    }

    @Nested
    class Step1ProfileAndPublishing {
        @Test
        void givenALiveOffer_thenR11IsMet() {
            Assessment a = evaluate(partnerAtThreshold(), saas());
            assertFinding(a, Requirement.R1_1, Outcome.MET, "The offer is live in the commercial marketplace.");
            assertTrue(a.channels().contains(Channel.C1));
        }

        @ParameterizedTest
        @CsvSource({"DRAFT, a draft", "IN_REVIEW, in review", "DELISTED, delisted"})
        void givenAnOfferThatIsNotLive_thenR11IsUnmetAndTheOfferIsNotReady(ListingState state, String shown) {
            Assessment a = evaluate(partnerAtThreshold(), saas().listingState(state));
            assertFinding(a, Requirement.R1_1, Outcome.UNMET,
                    "The offer is " + shown + "; it must be published (live) in the commercial marketplace.");
            assertEquals(Status.NOT_READY, a.status());
            assertEquals(List.of(Requirement.R1_1), nextSteps(a));
            assertFalse(a.channels().contains(Channel.C1), "C1 opens only once the offer is live");
        }

        @Test
        void givenACompleteBusinessProfile_thenR12IsMet() {
            assertFinding(evaluate(partnerAtThreshold(), saas()), Requirement.R1_2, Outcome.MET,
                    "The business profile in Partner Center is complete.");
        }

        @Test
        void givenAnIncompleteBusinessProfile_thenR12IsUnmetAndTheOfferIsNotReady() {
            Assessment a = evaluate(partnerAtThreshold().businessProfileComplete(false), saas());
            assertFinding(a, Requirement.R1_2, Outcome.UNMET, "The business profile in Partner Center is incomplete.");
            assertEquals(Status.NOT_READY, a.status());
            assertEquals(List.of(Requirement.R1_2), nextSteps(a));
        }
    }

    @Nested
    class Step2Csp {
        @Test
        void givenAnOfferAvailableToCspResellers_thenR21IsMetAndChannelC2Opens() {
            Assessment a = evaluate(partnerAtThreshold(), saas().availableToCspResellers(true));
            assertFinding(a, Requirement.R2_1, Outcome.MET, "The offer is available to CSP resellers.");
            assertTrue(a.channels().contains(Channel.C2));
        }

        // C2 decision (REQUIREMENTS.md, "Co-sell channels"): nobody resells an offer that is not live, so C2 needs
        // R1.1 and R2.1 both met; C1 needs R1.1.
        @ParameterizedTest
        @EnumSource(ListingState.class)
        void givenAnOfferAvailableToCspResellersInEveryListingState_thenC2OpensOnlyWhenItIsLive(ListingState state) {
            Assessment a = evaluate(partnerAtThreshold(), saas().availableToCspResellers(true).listingState(state));
            assertFinding(a, Requirement.R2_1, Outcome.MET, "The offer is available to CSP resellers.");
            assertEquals(state == ListingState.LIVE, a.channels().contains(Channel.C2), state.name());
            assertEquals(state == ListingState.LIVE, a.channels().contains(Channel.C1), state.name());
        }

        @Test
        void givenAnOfferNotAvailableToCspResellers_thenR21IsOptionalMissingAndBlocksNothing() {
            Assessment a = evaluate(partnerAtThreshold(), saas().availableToCspResellers(false));
            assertFinding(a, Requirement.R2_1, Outcome.OPTIONAL_MISSING, null);
            assertTrue(a.finding(Requirement.R2_1).message().startsWith("Optional: the offer is not available to CSP"));
            assertEquals(Status.CO_SELL_INCENTIVIZED, a.status());
            assertFalse(a.channels().contains(Channel.C2));
            assertTrue(a.nextSteps().isEmpty());
        }
    }

    @Nested
    class Step3Materials {
        @Test
        void givenAContactForEachCountry_thenR31IsMetAndNamesTheCountries() {
            Offer.Builder offer = saas().coSellCountries("KR").contact("Kim", "kim@contoso.com", "Sales", "KR");
            assertFinding(evaluate(partnerAtThreshold(), offer), Requirement.R3_1, Outcome.MET,
                    "Sales contacts cover every co-sell country: US, KR.");
        }

        @Test
        void givenOneContactForAllCountries_thenR31IsMet() {
            Offer.Builder offer = Offer.builder("o", "O", OfferType.SAAS).live().coSellCountries("US", "KR", "DE")
                    .contact("Jane", "jane@contoso.com", "Sales", "*").onePager("1.pdf").landingPage("https://c.com")
                    .socialMedia("https://s.com").azureIpSharePercent("81");
            assertFinding(evaluate(partnerAtThreshold(), offer), Requirement.R3_1, Outcome.MET,
                    "Sales contacts cover every co-sell country: US, KR, DE.");
        }

        @Test
        void givenACountryWithoutAContact_thenR31IsUnmetAndNamesOnlyTheUncoveredCountries() {
            Offer.Builder offer = saas().coSellCountries("KR", "DE").contact("Max", "max@contoso.com", "Sales", "FR");
            Assessment a = evaluate(partnerAtThreshold(), offer);
            assertFinding(a, Requirement.R3_1, Outcome.UNMET, "No sales contact covers KR, DE; each co-sell country "
                    + "needs one.");
            assertEquals(Status.NOT_READY, a.status());
            assertEquals(List.of(Requirement.R3_1), nextSteps(a));
        }

        @Test
        void givenCountriesButNoContactAtAll_thenR31IsUnmet() {
            Offer o = saas().build();
            Offer offer = new Offer(o.id(), o.name(), o.type(), o.listingState(), o.transactable(),
                    o.availableToCspResellers(), o.azureIpSharePercent(), o.coSellCountries(), List.of(),
                    o.collateral());
            Assessment a = Fixtures.EVALUATOR.evaluate(partnerAtThreshold().build(), offer, AS_OF);
            assertFinding(a, Requirement.R3_1, Outcome.UNMET, "No sales contact covers US; each co-sell country "
                    + "needs one.");
        }

        @Test
        void givenNoCoSellCountry_thenR31IsUnmetAndAsksToChooseThem() {
            Offer.Builder offer = Offer.builder("o", "O", OfferType.SAAS).live()
                    .contact("Jane", "jane@contoso.com", "Sales", "*").onePager("1.pdf").landingPage("https://c.com")
                    .socialMedia("https://s.com").azureIpSharePercent("81");
            Assessment a = evaluate(partnerAtThreshold(), offer);
            assertFinding(a, Requirement.R3_1, Outcome.UNMET, "No co-sell country is chosen; choose where to co-sell "
                    + "the offer and name a sales contact for each country.");
            assertEquals(Status.NOT_READY, a.status());
        }

        @Test
        void givenAOnePager_thenR32IsMetAndNamesIt() {
            assertFinding(evaluate(partnerAtThreshold(), saas()), Requirement.R3_2, Outcome.MET,
                    "One-pager uploaded: one-pager.pdf.");
        }

        @ParameterizedTest
        @CsvSource(value = {"NULL", "''", "'   '"}, nullValues = "NULL")
        void givenAMissingOrBlankOnePager_thenR32IsUnmetAndTheOfferIsNotReady(String onePager) {
            Assessment a = evaluate(partnerAtThreshold(), saas().onePager(onePager));
            assertFinding(a, Requirement.R3_2, Outcome.UNMET, "No customer-facing one-pager is uploaded.");
            assertEquals(Status.NOT_READY, a.status());
            assertEquals(List.of(Requirement.R3_2), nextSteps(a));
        }

        @Test
        void givenAPresentationDeck_thenR33IsMet() {
            assertFinding(evaluate(partnerAtThreshold(), saas().presentationDeck("deck.pptx")), Requirement.R3_3,
                    Outcome.MET, "Presentation deck uploaded: deck.pptx.");
        }

        @Test
        void givenNoPresentationDeck_thenR33IsOptionalMissingAndBlocksNothing() {
            Assessment a = evaluate(partnerAtThreshold(), saas().presentationDeck("  "));
            assertFinding(a, Requirement.R3_3, Outcome.OPTIONAL_MISSING,
                    "Optional: no customer presentation deck is uploaded.");
            assertEquals(Status.CO_SELL_INCENTIVIZED, a.status());
        }

        @Test
        void givenALandingPage_thenR34IsMetAndNamesIt() {
            assertFinding(evaluate(partnerAtThreshold(), saas()), Requirement.R3_4, Outcome.MET,
                    "Landing page: https://contoso.com/analytics.");
        }

        @ParameterizedTest
        @CsvSource(value = {"NULL", "''", "' '"}, nullValues = "NULL")
        void givenAMissingOrBlankLandingPage_thenR34IsUnmet(String url) {
            Assessment a = evaluate(partnerAtThreshold(), saas().landingPage(url));
            assertFinding(a, Requirement.R3_4, Outcome.UNMET, "No solution landing-page URL is given.");
            assertEquals(Status.NOT_READY, a.status());
        }

        @Test
        void givenASocialMediaUrl_thenR35IsMet() {
            assertFinding(evaluate(partnerAtThreshold(), saas()), Requirement.R3_5, Outcome.MET,
                    "Social-media channel: https://www.linkedin.com/company/contoso.");
        }

        @Test
        void givenOtherCollateralButNoSocialMedia_thenR35IsMetAndNamesOnlyTheRealDocuments() {
            Offer.Builder offer = saas().socialMedia(null).otherDocument(" ").otherDocument("case-study.pdf");
            assertFinding(evaluate(partnerAtThreshold(), offer), Requirement.R3_5, Outcome.MET,
                    "Other collateral: case-study.pdf.");
        }

        @Test
        void givenNeitherSocialMediaNorOtherCollateral_thenR35IsUnmet() {
            Offer.Builder offer = saas().socialMedia("  ").otherDocument("");
            Assessment a = evaluate(partnerAtThreshold(), offer);
            assertFinding(a, Requirement.R3_5, Outcome.UNMET,
                    "Neither a social-media channel URL nor other collateral (such as a case study) is given.");
            assertEquals(Status.NOT_READY, a.status());
        }

        @Test
        void givenNoCollateralAtAll_thenR32R34AndR35AreUnmetInStepOrder() {
            Assessment a = evaluate(partnerAtThreshold(), saas().collateral(Collateral.NONE));
            assertEquals(List.of(Requirement.R3_2, Requirement.R3_4, Requirement.R3_5), nextSteps(a));
            assertEquals(Outcome.OPTIONAL_MISSING, a.outcome(Requirement.R3_3));
        }

        @Test
        void givenAnIpSolution_thenR36DoesNotApply() {
            assertFinding(evaluate(partnerAtThreshold(), saas()), Requirement.R3_6, Outcome.NOT_APPLICABLE,
                    "Only services need a Gold competency.");
        }

        @ParameterizedTest(name = "Gold competency {0} … {1}: {2}")
        @CsvSource({
            // start,     end,        outcome: active from the start through the end date, both inclusive
            "2019-07-15, 2020-07-14, UNMET",  // ended the day before the evaluation date
            "2019-07-15, 2020-07-15, MET",    // ends on the evaluation date
            "2020-07-15, 2021-07-14, MET",    // starts on the evaluation date
            "2020-07-16, 2021-07-15, UNMET",  // starts the day after
            "2020-07-15, 2020-07-15, MET",    // a single day, the evaluation date
        })
        void givenAServicesOfferAndAGoldCompetency_thenR36DependsOnItBeingActiveOnTheEvaluationDate(
                LocalDate start, LocalDate end, Outcome outcome) {
            Partner.Builder partner = partner().competency("Cloud Platform", CompetencyLevel.GOLD, start, end);
            Assessment a = evaluate(partner, offer(OfferType.CONSULTING_SERVICE));
            assertFinding(a, Requirement.R3_6, outcome, outcome == Outcome.MET
                    ? "Gold competency Cloud Platform is active on 2020-07-15 (through " + end + ")."
                    : "No Gold competency is active on 2020-07-15.");
            assertEquals(outcome == Outcome.MET ? Status.CO_SELL_READY : Status.NOT_READY, a.status());
        }

        @Test
        void givenAServicesOfferAndOnlyAnActiveSilverCompetency_thenR36IsUnmet() {
            Partner.Builder partner = partner().competency("Cloud Platform", CompetencyLevel.SILVER,
                    AS_OF.minusYears(1), AS_OF.plusYears(1));
            Assessment a = evaluate(partner, offer(OfferType.MANAGED_SERVICE));
            assertFinding(a, Requirement.R3_6, Outcome.UNMET, "No Gold competency is active on 2020-07-15.");
            assertEquals(List.of(Requirement.R3_6), nextSteps(a));
        }

        @Test
        void givenAServicesOfferWithAnExpiredAndAnActiveGoldCompetency_thenR36NamesTheActiveOne() {
            Partner.Builder partner = partner()
                    .competency("Data Analytics", CompetencyLevel.GOLD, AS_OF.minusYears(2), AS_OF.minusDays(1))
                    .competency("Cloud Platform", CompetencyLevel.GOLD, AS_OF.minusYears(1), AS_OF.plusDays(1));
            assertFinding(evaluate(partner, offer(OfferType.CONSULTING_SERVICE)), Requirement.R3_6, Outcome.MET,
                    "Gold competency Cloud Platform is active on 2020-07-15 (through 2020-07-16).");
        }
    }

    @Nested
    class Step4RevenueThreshold {
        @ParameterizedTest(name = "ACR {0} USD: {1}")
        @CsvSource({"99999.99, UNMET, '99,999.99'", "100000.00, MET, '100,000.00'", "100000.01, MET, '100,000.01'"})
        void givenAcrAroundTheThreshold_thenR41IsMetFrom100000UsdOn(String acr, Outcome outcome, String shown) {
            Partner.Builder partner = partner().revenue("Contoso Analytics", YearMonth.of(2020, 3), acr, "0.00");
            Assessment a = evaluate(partner, saas());
            assertFinding(a, Requirement.R4_1, outcome,
                    "ACR of all your solutions over 2019-07\u20262020-06 is " + shown + " USD; 100,000.00 USD needed.");
            assertEquals(outcome == Outcome.MET ? Status.CO_SELL_INCENTIVIZED : Status.CO_SELL_READY, a.status());
        }

        @Test
        void givenAcrSpreadOverSeveralSolutions_thenTheirSumCounts() {
            Partner.Builder partner = partner()
                    .revenue("Contoso Analytics", YearMonth.of(2020, 3), "60000.00", "0.00")
                    .revenue("Contoso Backup", YearMonth.of(2020, 4), "39999.99", "0.00")
                    .revenue("Contoso Backup", YearMonth.of(2020, 5), "0.01", "0.00");
            assertFinding(evaluate(partner, saas()), Requirement.R4_1, Outcome.MET,
                    "ACR of all your solutions over 2019-07\u20262020-06 is 100,000.00 USD; 100,000.00 USD needed.");
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource({
            "2019-06, UNMET",  // just outside: thirteen months before the evaluation month
            "2019-07, MET",    // the window's first month
            "2020-06, MET",    // the window's last month, the last complete one
            "2020-07, UNMET",  // the evaluation month itself is still open
            "2020-08, UNMET",  // a later month
        })
        void givenAllAcrInOneMonth_thenItCountsOnlyInsideTheTrailingWindow(YearMonth month, Outcome outcome) {
            Partner.Builder partner = partner().revenue("Contoso Analytics", month, "100000.00", "0.00");
            Assessment a = evaluate(partner, saas());
            assertFinding(a, Requirement.R4_1, outcome, "ACR of all your solutions over 2019-07\u20262020-06 is "
                    + (outcome == Outcome.MET ? "100,000.00" : "0.00") + " USD; 100,000.00 USD needed.");
        }

        @Test
        void givenTheFirstDayOfAMonth_thenTheWindowIsTheTwelveMonthsBeforeIt() {
            Partner.Builder partner = partner().revenue("Contoso Analytics", WINDOW_FIRST, "50000.00", "0.00")
                    .revenue("Contoso Analytics", WINDOW_LAST, "50000.00", "0.00")
                    .revenue("Contoso Analytics", EVALUATION_MONTH, "1.00", "0.00");
            Assessment a = evaluate(partner, saas(), LocalDate.of(2020, 7, 1));
            assertFinding(a, Requirement.R4_1, Outcome.MET,
                    "ACR of all your solutions over 2019-07\u20262020-06 is 100,000.00 USD; 100,000.00 USD needed.");
            Assessment lastDay = evaluate(partner, saas(), LocalDate.of(2020, 6, 30));
            assertFinding(lastDay, Requirement.R4_1, Outcome.UNMET,
                    "ACR of all your solutions over 2019-06\u20262020-05 is 50,000.00 USD; 100,000.00 USD needed.");
        }

        @Test
        void givenATransactableOfferWithBilledRevenueAtTheThreshold_thenR41IsMetByBilledRevenue() {
            Partner.Builder partner = partner().revenue("Contoso Analytics", YearMonth.of(2020, 6), "0.00",
                    "100000.00");
            Assessment a = evaluate(partner, saas().transactable(true));
            assertFinding(a, Requirement.R4_1, Outcome.MET,
                    "Billed revenue of all your solutions through 2020-06 is 100,000.00 USD; 100,000.00 USD needed.");
            assertEquals(Status.CO_SELL_INCENTIVIZED, a.status());
        }

        @Test
        void givenANonTransactableOfferWithBilledRevenueAtTheThreshold_thenBilledRevenueDoesNotCount() {
            Partner.Builder partner = partner().revenue("Contoso Analytics", YearMonth.of(2020, 6), "0.00",
                    "100000.00");
            Assessment a = evaluate(partner, saas().transactable(false));
            assertFinding(a, Requirement.R4_1, Outcome.UNMET,
                    "ACR of all your solutions over 2019-07\u20262020-06 is 0.00 USD; 100,000.00 USD needed.");
            assertEquals(List.of(Requirement.R4_1), nextSteps(a));
        }

        @Test
        void givenATransactableOfferBelowBothThresholds_thenR41IsUnmetWithBothFigures() {
            Partner.Builder partner = partner()
                    .revenue("Contoso Analytics", YearMonth.of(2020, 6), "12345.67", "99999.99")
                    .revenue("Contoso Analytics", EVALUATION_MONTH, "0.00", "0.01");
            assertFinding(evaluate(partner, saas().transactable(true)), Requirement.R4_1, Outcome.UNMET,
                    "ACR of all your solutions over 2019-07\u20262020-06 is 12,345.67 USD and billed revenue of all your solutions through 2020-06 is 99,999.99"
                            + " USD; 100,000.00 USD of either needed.");
        }

        @Test
        void givenBilledRevenueFromLongAgo_thenItCountsCumulatively() {
            Partner.Builder partner = partner().revenue("Contoso Analytics", YearMonth.of(2016, 1), "0.00", "60000.00")
                    .revenue("Contoso Analytics", YearMonth.of(2020, 6), "0.00", "40000.00");
            assertFinding(evaluate(partner, saas().transactable(true)), Requirement.R4_1, Outcome.MET,
                    "Billed revenue of all your solutions through 2020-06 is 100,000.00 USD; 100,000.00 USD needed.");
        }

        @Test
        void givenBilledRevenueOnlyInTheEvaluationMonth_thenItDoesNotCountYet() {
            Partner.Builder partner = partner().revenue("Contoso Analytics", EVALUATION_MONTH, "0.00", "100000.00");
            assertFinding(evaluate(partner, saas().transactable(true)), Requirement.R4_1, Outcome.UNMET,
                    "ACR of all your solutions over 2019-07\u20262020-06 is 0.00 USD and billed revenue of all your solutions through 2020-06 is 0.00 USD; "
                            + "100,000.00 USD of either needed.");
        }

        @ParameterizedTest
        @EnumSource(value = OfferType.class, names = {"DYNAMICS_365_APP", "POWER_APP", "POWER_BI_APP"})
        void givenABusinessApplicationsOffer_thenR41AndR42DoNotApply(OfferType type) {
            Assessment a = evaluate(partnerAtThreshold(), offer(type));
            String message = "Only Azure IP offers take this step; this offer takes the Business Applications route.";
            assertFinding(a, Requirement.R4_1, Outcome.NOT_APPLICABLE, message);
            assertFinding(a, Requirement.R4_2, Outcome.NOT_APPLICABLE, message);
        }

        @ParameterizedTest
        @EnumSource(value = OfferType.class, names = {"CONSULTING_SERVICE", "MANAGED_SERVICE"})
        void givenAServicesOffer_thenNoRowOfStep4Applies(OfferType type) {
            Assessment a = evaluate(partnerAtThreshold(), offer(type));
            assertFinding(a, Requirement.R4_1, Outcome.NOT_APPLICABLE,
                    "Only Azure IP offers take this step; this offer takes no step-4 route.");
            assertFinding(a, Requirement.R4_2, Outcome.NOT_APPLICABLE, null);
            assertFinding(a, Requirement.R4_3, Outcome.NOT_APPLICABLE,
                    "Only Business Applications offers take this step; this offer takes no step-4 route.");
        }
    }

    @Nested
    class Step4IpOnAzure {
        @ParameterizedTest(name = "{0} %: {1}")
        @CsvSource({
            "0, UNMET, 0", "49.99, UNMET, 49.99", "50, UNMET, 50", "50.00, UNMET, 50", "50.01, MET, 50.01",
            "100, MET, 100",
        })
        void givenAShareOfIpCodeOnAzure_thenR42NeedsStrictlyMoreThan50Percent(String share, Outcome outcome,
                                                                              String shown) {
            Assessment a = evaluate(partnerAtThreshold(), saas().azureIpSharePercent(share));
            boolean exactly = new BigDecimal(share).compareTo(new BigDecimal("50")) == 0;
            assertFinding(a, Requirement.R4_2, outcome, exactly
                    ? "Exactly 50 % of the repeatable IP code is on Azure; more than 50 % needed (the program's \"50 % or"
                            + " more\" is read as \"more than 50 %\", as the human translation says)."
                    : shown + " % of the repeatable IP code is on Azure; more than 50 % needed.");
            if (exactly) {
                assertEquals("반복 가능한 IP 코드의 정확히 50%가 Azure에 있습니다. 프로그램 문서의 \"50% 이상\"은 \"50% 초과\""
                        + "(more than 50 %)로 읽으므로 50% 초과가 필요합니다.",
                        a.finding(Requirement.R4_2).message(Locale.KOREAN));
            }
            assertEquals(outcome == Outcome.MET ? Status.CO_SELL_INCENTIVIZED : Status.CO_SELL_READY, a.status());
        }

        @ParameterizedTest
        @EnumSource(value = OfferType.class,
                names = {"SAAS", "AZURE_VIRTUAL_MACHINE", "AZURE_APPLICATION", "AZURE_CONTAINER", "IOT_EDGE_MODULE"})
        void givenEveryAzureIpOfferType_thenR41AndR42ApplyAndR43DoesNot(OfferType type) {
            Assessment a = evaluate(partnerAtThreshold(), offer(type));
            assertEquals(Outcome.MET, a.outcome(Requirement.R4_1));
            assertEquals(Outcome.MET, a.outcome(Requirement.R4_2));
            assertFinding(a, Requirement.R4_3, Outcome.NOT_APPLICABLE,
                    "Only Business Applications offers take this step; this offer takes the Azure IP route.");
        }
    }

    @Nested
    class Step4IsvConnect {
        @ParameterizedTest(name = "premium {0} … {1}: {2}")
        @CsvSource({
            "2019-07-15, 2020-07-14, UNMET",  // ended the day before the evaluation date
            "2019-07-15, 2020-07-15, MET",    // ends on the evaluation date
            "2020-07-15, 2021-07-14, MET",    // starts on the evaluation date
            "2020-07-16, 2021-07-15, UNMET",  // starts the day after
        })
        void givenABusinessApplicationsOfferAndAPremiumEnrollment_thenR43DependsOnItBeingActive(
                LocalDate start, LocalDate end, Outcome outcome) {
            Partner.Builder partner = partner().isvConnect(IsvConnectTier.PREMIUM, start, end);
            Assessment a = evaluate(partner, offer(OfferType.DYNAMICS_365_APP));
            assertFinding(a, Requirement.R4_3, outcome, outcome == Outcome.MET
                    ? "ISV Connect premium enrollment is active on 2020-07-15 (through " + end + ")."
                    : "No ISV Connect premium enrollment is active on 2020-07-15.");
            assertEquals(outcome == Outcome.MET ? Status.CO_SELL_INCENTIVIZED : Status.CO_SELL_READY, a.status());
        }

        @Test
        void givenOnlyAnActiveStandardEnrollment_thenR43IsUnmet() {
            Partner.Builder partner = partner().isvConnect(IsvConnectTier.STANDARD, AS_OF.minusYears(1),
                    AS_OF.plusYears(1));
            Assessment a = evaluate(partner, offer(OfferType.POWER_APP));
            assertFinding(a, Requirement.R4_3, Outcome.UNMET,
                    "No ISV Connect premium enrollment is active on 2020-07-15.");
            assertEquals(List.of(Requirement.R4_3), nextSteps(a));
        }
    }
}
