package dev.cosell.rules;

import static dev.cosell.rules.Fixtures.evaluate;
import static dev.cosell.rules.Fixtures.offer;
import static dev.cosell.rules.Fixtures.partner;
import static dev.cosell.rules.Fixtures.partnerAtThreshold;
import static dev.cosell.rules.Fixtures.saas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.Assessment;
import dev.cosell.model.Benefit;
import dev.cosell.model.Channel;
import dev.cosell.model.CompetencyLevel;
import dev.cosell.model.IncentiveRoute;
import dev.cosell.model.IsvConnectTier;
import dev.cosell.model.ListingState;
import dev.cosell.model.NextStep;
import dev.cosell.model.OfferType;
import dev.cosell.model.Partner;
import dev.cosell.model.Requirement;
import dev.cosell.model.Status;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One full scenario per status and route: status, route, benefits B1–B4, the marketplace service fee, channels
 * C1–C3 and the next steps, each with where to act.
 */
class StatusScenarioTest {

    /** The whole outcome of a scenario, so that each test states all of it in one line. */
    private static void assertAssessment(Assessment a, Status status, IncentiveRoute route, List<Benefit> benefits,
                                         String fee, List<Channel> channels, List<Requirement> nextSteps) {
        assertEquals(status, a.status(), "status");
        assertEquals(route, a.route(), "route");
        assertEquals(benefits, a.benefits(), "benefits");
        assertEquals(Optional.ofNullable(fee).map(BigDecimal::new).map(BigDecimal::stripTrailingZeros),
                a.serviceFeePercent().map(BigDecimal::stripTrailingZeros), "service fee");
        assertEquals(channels, a.channels(), "channels");
        assertEquals(nextSteps, a.nextSteps().stream().map(NextStep::requirement).toList(), "next steps");
        assertEquals("2020-05-19", a.ruleSetRevision());
        for (NextStep step : a.nextSteps()) {
            assertEquals(step.requirement().where(), step.where());
            assertFalse(step.where().isBlank(), step.requirement().id());
            assertEquals(step.finding(), a.finding(step.requirement()), "a next step carries its row's finding");
            // every row a partner acts on in Partner Center says where, and says so when the place comes from
            // outside the program document; R4.1 and R4.2 name no place, as the document names none
            if (step.requirement().step() < 4 || step.requirement() == Requirement.R4_3) {
                assertTrue(step.where().startsWith("Partner Center \u203a ")
                        || step.where().startsWith("Outside the program document: Partner Center \u203a "),
                        step.where());
            }
        }
        assertFalse(a.firedRules().isEmpty(), "the rules that fired are reported");
    }

    @Test
    void givenADraftCspSaasOfferWithoutOnePager_thenItIsNotReady_opensNoChannel_andItsNextStepsAreThoseOfSteps1And3Only() {
        Assessment a = evaluate(partner().businessProfileComplete(false),
                saas().listingState(ListingState.DRAFT).onePager(null).transactable(true)
                        .availableToCspResellers(true).azureIpSharePercent("50"));

        assertAssessment(a, Status.NOT_READY, IncentiveRoute.NONE, List.of(), "20", List.of(),
                List.of(Requirement.R1_1, Requirement.R1_2, Requirement.R3_2));
        assertEquals("Partner Center \u203a Commercial Marketplace \u203a Overview \u203a (the offer) \u203a Review "
                + "and publish, then Publish", a.nextSteps().get(0).where());
        // step-4 rows still say what is missing, without being next steps yet
        assertEquals("ACR of all your solutions over 2019-07\u20262020-06 is 0.00 USD and billed revenue of all your solutions through 2020-06 is 0.00 USD; "
                + "100,000.00 USD of either needed.", a.finding(Requirement.R4_1).message());
        assertEquals(2, a.unmet().stream().filter(f -> f.requirement().step() == 4).count());
    }

    @Test
    void givenASaasOfferWithAllMaterialsButAcrJustBelowTheThreshold_thenItIsCoSellReadyAndR41IsTheNextStep() {
        Partner.Builder partner = partner()
                .revenue("Contoso Analytics", YearMonth.of(2020, 3), "60000.00", "0.00")
                .revenue("Contoso Backup", YearMonth.of(2020, 4), "39999.99", "0.00");
        Assessment a = evaluate(partner, saas().presentationDeck("deck.pptx"));

        assertAssessment(a, Status.CO_SELL_READY, IncentiveRoute.NONE, List.of(), null,
                List.of(Channel.C1, Channel.C3), List.of(Requirement.R4_1));
        assertEquals("ACR of all your solutions over 2019-07\u20262020-06 is 99,999.99 USD; 100,000.00 USD needed.",
                a.nextSteps().get(0).message());
    }

    @Test
    void givenATransactableCspSaasOfferMeetingEveryRow_thenItIsIncentivizedOnTheAzureIpRouteWithEveryBenefit() {
        Assessment a = evaluate(partnerAtThreshold(), saas().transactable(true).availableToCspResellers(true)
                .presentationDeck("deck.pptx"));

        assertAssessment(a, Status.CO_SELL_INCENTIVIZED, IncentiveRoute.AZURE_IP,
                List.of(Benefit.B1, Benefit.B2, Benefit.B3, Benefit.B4), "10",
                List.of(Channel.C1, Channel.C2, Channel.C3), List.of());
    }

    @Test
    void givenANonTransactableAzureVmWithoutCsp_thenIncentivizedBringsOnlyThePreferredSolutionBadge() {
        Assessment a = evaluate(partnerAtThreshold(), offer(OfferType.AZURE_VIRTUAL_MACHINE));

        assertAssessment(a, Status.CO_SELL_INCENTIVIZED, IncentiveRoute.AZURE_IP, List.of(Benefit.B4), null,
                List.of(Channel.C1, Channel.C3), List.of());
    }

    @Test
    void givenATransactableCspIotEdgeModule_thenB1AndB2DoNotApplyAsItIsNeitherIaasNorSaas() {
        Assessment a = evaluate(partnerAtThreshold(), offer(OfferType.IOT_EDGE_MODULE).transactable(true)
                .availableToCspResellers(true));

        assertAssessment(a, Status.CO_SELL_INCENTIVIZED, IncentiveRoute.AZURE_IP, List.of(Benefit.B3, Benefit.B4),
                null, List.of(Channel.C1, Channel.C2, Channel.C3), List.of());
    }

    @Test
    void givenAReadyTransactableSaasOfferBelowTheThreshold_thenItPaysTheStandardServiceFee() {
        Assessment a = evaluate(partner(), saas().transactable(true));

        assertAssessment(a, Status.CO_SELL_READY, IncentiveRoute.NONE, List.of(), "20",
                List.of(Channel.C1, Channel.C3), List.of(Requirement.R4_1));
    }

    @Test
    void givenAnOfferMeetingStep4ButNotStep3_thenItIsNotReady() {
        Assessment a = evaluate(partnerAtThreshold(), saas().landingPage(null).transactable(true));

        assertAssessment(a, Status.NOT_READY, IncentiveRoute.NONE, List.of(), "20", List.of(Channel.C1),
                List.of(Requirement.R3_4));
    }

    @Test
    void givenADynamicsAppWithActivePremiumIsvConnect_thenItIsIncentivizedOnTheBusinessApplicationsRouteWithoutBenefits() {
        Partner.Builder partner = partner().isvConnect(IsvConnectTier.PREMIUM, Fixtures.AS_OF.minusMonths(6),
                Fixtures.AS_OF.plusMonths(6));
        Assessment a = evaluate(partner, offer(OfferType.DYNAMICS_365_APP).transactable(true)
                .availableToCspResellers(true));

        assertAssessment(a, Status.CO_SELL_INCENTIVIZED, IncentiveRoute.BUSINESS_APPLICATIONS, List.of(), null,
                List.of(Channel.C1, Channel.C2, Channel.C3), List.of());
    }

    @Test
    void givenAPowerBiAppWithoutPremiumIsvConnect_thenItIsCoSellReadyAndR43IsTheNextStep() {
        Assessment a = evaluate(partnerAtThreshold(), offer(OfferType.POWER_BI_APP));

        assertAssessment(a, Status.CO_SELL_READY, IncentiveRoute.NONE, List.of(), null,
                List.of(Channel.C1, Channel.C3), List.of(Requirement.R4_3));
        assertEquals("Outside the program document: Partner Center \u203a Membership: enroll in the ISV Connect premium tier",
                a.nextSteps().get(0).where());
    }

    @Test
    void givenAConsultingServiceWithAnActiveGoldCompetency_thenItIsCoSellReadyWithNothingFurtherToReach() {
        Partner.Builder partner = partner().competency("Cloud Platform", CompetencyLevel.GOLD,
                Fixtures.AS_OF.minusYears(1), Fixtures.AS_OF);
        Assessment a = evaluate(partner, offer(OfferType.CONSULTING_SERVICE).transactable(true)
                .availableToCspResellers(true));

        assertAssessment(a, Status.CO_SELL_READY, IncentiveRoute.NONE, List.of(), null,
                List.of(Channel.C1, Channel.C2, Channel.C3), List.of());
    }

    @Test
    void givenAManagedServiceWithoutAGoldCompetency_thenItIsNotReadyAndR36IsTheNextStep() {
        Assessment a = evaluate(partnerAtThreshold(), offer(OfferType.MANAGED_SERVICE));

        assertAssessment(a, Status.NOT_READY, IncentiveRoute.NONE, List.of(), null, List.of(Channel.C1),
                List.of(Requirement.R3_6));
        assertEquals("Outside the program document: Partner Center \u203a Membership \u203a Competencies: renew or attain a Gold competency",
                a.nextSteps().get(0).where());
    }
}
