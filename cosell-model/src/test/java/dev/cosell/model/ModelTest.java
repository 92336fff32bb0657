package dev.cosell.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ModelTest {

    @Test
    void givenABuiltOffer_whenItsListsAreModified_thenTheyRefuse() {
        Offer offer = Offer.builder("o", "Offer", OfferType.SAAS).coSellCountries("US")
                .contact("Jane", "jane@example.com", "Sales", "US").otherDocument("case-study.pdf").build();

        assertThrows(UnsupportedOperationException.class, () -> offer.coSellCountries().add("KR"));
        assertThrows(UnsupportedOperationException.class, () -> offer.contacts().clear());
        assertThrows(UnsupportedOperationException.class, () -> offer.collateral().otherDocuments().clear());
    }

    @Test
    void givenAListPassedToARecord_whenTheCallerChangesItLater_thenTheRecordKeepsItsCopy() {
        List<RevenueRecord> revenue = new ArrayList<>();
        revenue.add(RevenueRecord.of("App", YearMonth.of(2020, 1), "10.00", "0"));
        Partner partner = new Partner("p", "P", true, null, null, revenue);

        revenue.clear();

        assertEquals(1, partner.revenue().size());
        assertEquals(List.of(), partner.competencies(), "a missing list reads as empty");
    }

    @Test
    void givenAnOfferBuilder_whenCollateralIsSetPieceByPiece_thenEveryPieceIsKept() {
        Offer offer = Offer.builder("o", "Offer", OfferType.SAAS).onePager("one.pdf").presentationDeck("deck.pptx")
                .landingPage("https://example.com").socialMedia("https://x.com/example").otherDocument("case.pdf")
                .build();

        assertEquals(new Collateral("one.pdf", "deck.pptx", "https://example.com", "https://x.com/example",
                List.of("case.pdf")), offer.collateral());
        assertEquals(offer, offer.toBuilder().build(), "toBuilder round-trips");
    }

    @Test
    void givenBlankCollateral_whenAsked_thenItCountsAsAbsent() {
        Collateral blank = new Collateral(" ", "", "\t", " ", List.of(" "));

        assertFalse(blank.hasOnePager());
        assertFalse(blank.hasPresentationDeck());
        assertFalse(blank.hasLandingPage());
        assertFalse(blank.hasSocialMedia());
        assertFalse(blank.hasOtherDocuments());
    }

    @Test
    void givenAnAllCountriesContact_whenAskedForAnyCountry_thenItCoversIt() {
        SalesContact all = SalesContact.of("Jane", "jane@example.com", "Sales", SalesContact.ALL_COUNTRIES);
        SalesContact us = SalesContact.of("Joe", "joe@example.com", "Sales", "US");

        assertTrue(all.covers("KR"));
        assertTrue(us.covers("US"));
        assertFalse(us.covers("KR"));
    }

    @Test
    void givenAFindingWithAmounts_whenFormatted_thenAmountsHaveTwoDecimalsAndGrouping() {
        Finding finding = new Finding(Requirement.R4_1, Outcome.UNMET, "R4.1.unmet",
                Arrays.asList(YearMonth.of(2019, 7), YearMonth.of(2020, 6), new BigDecimal("99999.99"),
                        new BigDecimal("100000")));

        assertEquals("ACR of all your solutions over 2019-07\u20262020-06 is 99,999.99 USD; 100,000.00 USD needed.", finding.message());
        assertEquals("R4.1 UNMET: " + finding.message(), finding.toString());
    }

    @Test
    void givenAnEnumArgument_whenFormatted_thenItsTextIsShown() {
        Finding finding = new Finding(Requirement.R1_1, Outcome.UNMET, "R1.1.unmet", List.of(ListingState.DRAFT));

        assertEquals("The offer is a draft; it must be published (live) in the commercial marketplace.",
                finding.message(Locale.ENGLISH));
    }

    @Test
    void givenAnUnknownMessageKey_whenFormatted_thenTheKeyAndArgumentsAreShownRatherThanLost() {
        Finding finding = new Finding(Requirement.R3_2, Outcome.MET, "custom.key", List.of("one.pdf"));

        assertEquals("custom.key [one.pdf]", finding.message());
    }

    @Test
    void givenEveryRow_whenTitledAndLocated_thenEachHasItsOwnText() {
        for (Requirement row : Requirement.values()) {
            assertFalse(row.title().startsWith("requirement."), row.id() + " has a title");
            assertFalse(row.where().startsWith("where."), row.id() + " says where to act");
            assertEquals(row, Requirement.byId(row.id()));
        }
        for (Benefit benefit : Benefit.values()) {
            assertFalse(benefit.title().startsWith("benefit."), benefit.id() + " has a title");
        }
        for (Channel channel : Channel.values()) {
            assertFalse(channel.title().startsWith("channel."), channel.id() + " has a title");
        }
    }

    @Test
    void givenAnUnknownRowId_whenLookedUp_thenTheErrorListsTheKnownIds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Requirement.byId("R9.9"));

        assertTrue(e.getMessage().contains("R9.9") && e.getMessage().contains("R4.3"), e.getMessage());
    }

    @Test
    void givenTheRows_thenOnlyR21IsOptionalAndStep4UnlocksIncentivized() {
        // R3.3 is optional in some revisions only: there its rules report OPTIONAL_MISSING, which never blocks
        for (Requirement row : Requirement.values()) {
            assertEquals(row == Requirement.R2_1, row.isOptional(), row.id());
            if (row.step() == 4) {
                assertEquals(Status.CO_SELL_INCENTIVIZED, row.unlocks().orElseThrow(), row.id());
            }
        }
    }

    @Test
    void givenASubmissionWithManyProblems_whenValidated_thenEveryProblemIsNamedWithItsPath() {
        Partner partner = new Partner(null, " ", false,
                Arrays.asList(new Competency("Cloud", null, LocalDate.of(2020, 1, 1), null)), null,
                Arrays.asList((RevenueRecord) null));
        Offer offer = Offer.builder("o", "Offer", null).azureIpSharePercent("150")
                .contact(new SalesContact("Jane", null, "Sales", null)).build();

        List<String> problems = SubmissionValidator.validate(new Submission(partner, offer, null)).stream()
                .map(Violation::toString).toList();

        assertEquals(List.of("partner.id: is missing", "partner.name: is blank",
                "partner.competencies[0].level: is missing", "partner.competencies[0].endDate: is missing",
                "partner.revenue[0]: is missing", "offer.type: is missing",
                "offer.azureIpSharePercent: is 150; must be between 0 and 100",
                "offer.contacts[0].email: is missing", "asOf: is missing"), problems);
    }

    @Test
    void givenStatuses_thenNextClimbsTheLadderAndStopsAtTheTop() {
        assertEquals(Status.CO_SELL_READY, Status.NOT_READY.next());
        assertEquals(Status.CO_SELL_INCENTIVIZED, Status.CO_SELL_READY.next());
        assertEquals(Status.CO_SELL_INCENTIVIZED, Status.CO_SELL_INCENTIVIZED.next());
    }
}
