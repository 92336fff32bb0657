package dev.cosell.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The inputs of the later revisions (R1.3, R1.4, R1.5, R3.6, R3.7, R3.8, R3.9, R3.10, R4.1, R4.2, R4.3, R4.4, B3,
 * B6): optional, with defaults that say "not given" rather than "no", kept by the builders, and validated.
 */
class RevisionInputsTest {
    private static final long SEED = 20261130L;
    private static final LocalDate AS_OF = SubmissionValidatorTest.AS_OF;

    // --- defaults: not given is not a "no" ------------------------------------------------------------------

    @Test
    void givenTheOldConstructors_whenBuilt_thenEveryNewInputIsNotGiven() {
        Offer offer = new Offer("o", "O", OfferType.SAAS, ListingState.LIVE, true, false, BigDecimal.TEN, Set.of("US"),
                List.of(), Collateral.NONE);
        Partner partner = new Partner("p", "P", true, List.of(), List.of(), List.of());
        Collateral collateral = new Collateral("a.pdf", null, null, null, List.of());

        assertEquals(Answer.NOT_GIVEN, offer.paidPlan());
        assertNull(offer.offerBilledRevenue());
        assertFalse(offer.hasOfferBilledRevenue());
        assertEquals(Answer.NOT_GIVEN, offer.listingComplete());
        assertEquals(ListingSolutionType.NOT_GIVEN, offer.listingSolutionType());
        assertEquals(ProductFamily.NOT_GIVEN, offer.productFamily());
        assertEquals(Answer.NOT_GIVEN, offer.technicalValidation());
        assertEquals(Answer.NOT_GIVEN, offer.officeAppOrAddIn());
        assertNull(offer.coSellSolutionCreated());
        assertEquals(Answer.NOT_GIVEN, offer.cloudSpecialistRequested());
        assertNull(partner.mpnId());
        assertEquals(Answer.NOT_GIVEN, partner.marketplaceAccountActive());
        assertEquals(List.of(), partner.solutionsPartnerDesignations());
        assertNull(partner.topTier());
        assertNull(collateral.architectureDiagram());
        assertFalse(collateral.hasArchitectureDiagram());
        assertEquals(offer, Offer.builder("o", "O", OfferType.SAAS).live().transactable(true)
                .azureIpSharePercent(BigDecimal.TEN).coSellCountries("US").build());
        assertEquals(partner, Partner.builder("p", "P").businessProfileComplete(true).build());
    }

    @Test
    void givenNullForEveryNewInput_whenBuilt_thenEachIsNotGivenAndTheBilledRevenueStaysAbsent() {
        Offer offer = new Offer("o", "O", OfferType.SAAS, ListingState.LIVE, false, false, BigDecimal.ZERO, null,
                null, null, null, null, null, null, null, null, null, null, null, null);
        Partner partner = new Partner("p", "P", false, null, null, null, null, null, null, null);

        assertEquals(List.of(Answer.NOT_GIVEN, Answer.NOT_GIVEN, Answer.NOT_GIVEN, Answer.NOT_GIVEN,
                Answer.NOT_GIVEN), List.of(offer.paidPlan(), offer.listingComplete(), offer.technicalValidation(),
                offer.officeAppOrAddIn(), offer.cloudSpecialistRequested()));
        assertEquals(ListingSolutionType.NOT_GIVEN, offer.listingSolutionType());
        assertEquals(ProductFamily.NOT_GIVEN, offer.productFamily());
        assertNull(offer.offerBilledRevenue());
        assertEquals(Answer.NOT_GIVEN, partner.marketplaceAccountActive());
        assertEquals(List.of(), partner.solutionsPartnerDesignations());
        assertEquals(List.of(), SubmissionValidator.validate(Submission.of(
                SubmissionValidatorTest.partner().build(), offer.toBuilder().contact("J", "j@example.com", "S", "*")
                        .build(), AS_OF)).stream().filter(v -> !v.path().startsWith("offer.collateral")).toList());
    }

    @Test
    void givenAnEmptyBilledRevenue_whenBuilt_thenItIsGivenWithNoMonthUnlikeNull() {
        Offer none = SubmissionValidatorTest.offer().offerBilledRevenue(List.of()).build();
        Offer notGiven = SubmissionValidatorTest.offer().offerBilledRevenue(List.of()).offerBilledRevenue(
                (List<MonthlyAmount>) null).build();

        assertTrue(none.hasOfferBilledRevenue());
        assertEquals(List.of(), none.offerBilledRevenue());
        assertFalse(notGiven.hasOfferBilledRevenue());
        assertFalse(none.equals(notGiven));
        assertTrue(none.toBuilder().build().hasOfferBilledRevenue());
        assertFalse(notGiven.toBuilder().build().hasOfferBilledRevenue());
    }

    @Test
    void givenBilledRevenuePassedToAnOffer_whenTheCallerChangesTheListLater_thenTheOfferKeepsItsCopy() {
        List<MonthlyAmount> months = new ArrayList<>(List.of(MonthlyAmount.of(YearMonth.of(2020, 9), "1.00")));
        List<Designation> designations = new ArrayList<>(List.of(new Designation("Data & AI (Azure)",
                LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1))));
        Offer offer = SubmissionValidatorTest.offer().offerBilledRevenue(months).build();
        Partner partner = new Partner("p", "P", true, null, null, null, "123", Answer.YES, designations, null);

        months.add(MonthlyAmount.of(YearMonth.of(2020, 10), "2.00"));
        designations.clear();

        assertEquals(1, offer.offerBilledRevenue().size());
        assertEquals(1, partner.solutionsPartnerDesignations().size());
        assertThrows(UnsupportedOperationException.class, () -> offer.offerBilledRevenue().clear());
        assertThrows(UnsupportedOperationException.class, () -> partner.solutionsPartnerDesignations().clear());
    }

    @Test
    void givenAnAmountThatIsNotADecimal_whenParsed_thenTheErrorNamesTheParameter() {
        IllegalArgumentException usd = assertThrows(IllegalArgumentException.class,
                () -> MonthlyAmount.of(YearMonth.of(2020, 9), "ten"));
        IllegalArgumentException sales = assertThrows(IllegalArgumentException.class,
                () -> TopTierFigures.of("4 million", 1, 1, 1, "0"));

        assertTrue(usd.getMessage().contains("usd"), usd.getMessage());
        assertTrue(sales.getMessage().contains("marketplaceBilledSalesUsd"), sales.getMessage());
        assertEquals(new BigDecimal("12.50"), MonthlyAmount.of(YearMonth.of(2020, 9), "12.50").usd());
        assertNull(TopTierFigures.of(null, null, null, null, null).marketplaceBilledSalesUsd());
    }

    // --- builders keep every input --------------------------------------------------------------------------

    /** Offers and partners with every new input drawn at random, nulls and not-given values included. */
    static Stream<Arguments> randomInputs() {
        SplittableRandom random = new SplittableRandom(SEED);
        return IntStream.range(0, 60).mapToObj(i -> Arguments.of(randomOffer(random), randomPartner(random)));
    }

    static Offer randomOffer(SplittableRandom r) {
        Offer.Builder b = SubmissionValidatorTest.offer().paidPlan(pick(r, Answer.values()))
                .listingComplete(pick(r, Answer.values())).listingSolutionType(pick(r, ListingSolutionType.values()))
                .productFamily(pick(r, ProductFamily.values())).technicalValidation(pick(r, Answer.values()))
                .officeAppOrAddIn(pick(r, Answer.values())).cloudSpecialistRequested(pick(r, Answer.values()))
                .coSellSolutionCreated(r.nextBoolean() ? null : LocalDate.of(2023, 7, 1).plusDays(r.nextInt(60)))
                .architectureDiagram(r.nextBoolean() ? null : "diagram-" + r.nextInt(9) + ".png");
        int months = r.nextInt(-1, 4); // -1: not given
        if (months == 0) {
            b.offerBilledRevenue(List.of());
        }
        for (int m = 1; m <= months; m++) {
            b.offerBilledRevenue(YearMonth.of(2020, m), r.nextInt(100_000) + "." + r.nextInt(10, 100));
        }
        return b.build();
    }

    static Partner randomPartner(SplittableRandom r) {
        Partner.Builder b = SubmissionValidatorTest.partner().mpnId(r.nextBoolean() ? null
                : String.valueOf(r.nextInt(1_000_000, 9_999_999))).marketplaceAccountActive(pick(r, Answer.values()));
        for (int d = r.nextInt(3); d > 0; d--) {
            LocalDate start = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(300));
            b.designation("Area " + d, start, start.plusDays(r.nextInt(400)));
        }
        if (r.nextBoolean()) {
            b.topTier(new TopTierFigures(r.nextBoolean() ? null : BigDecimal.valueOf(r.nextInt(10_000_000), 2),
                    count(r), count(r), count(r), r.nextBoolean() ? null : BigDecimal.valueOf(r.nextInt(300), -6)));
        }
        return b.build();
    }

    private static Integer count(SplittableRandom r) {
        return r.nextInt(3) == 0 ? null : r.nextInt(40);
    }

    /** A value of the enum, or {@code null} one time in five. */
    private static <E> E pick(SplittableRandom r, E[] values) {
        return r.nextInt(5) == 0 ? null : values[r.nextInt(values.length)];
    }

    @ParameterizedTest
    @MethodSource("randomInputs")
    void givenAnyNewInputs_whenRebuiltFromToBuilder_thenTheyAreEqualAndValid(Offer offer, Partner partner) {
        assertEquals(offer, offer.toBuilder().build());
        assertEquals(partner, partner.toBuilder().build());
        assertEquals(List.of(), SubmissionValidator.validate(Submission.of(partner, offer, AS_OF)));
    }

    @Test
    void givenCollateralSetPieceByPiece_whenTheDiagramIsSetFirst_thenLaterPiecesKeepIt() {
        Collateral c = Offer.builder("o", "O", OfferType.SAAS).architectureDiagram("arch.png").onePager("one.pdf")
                .presentationDeck("deck.pptx").landingPage("https://example.com").socialMedia("https://example.org")
                .otherDocument("case.pdf").build().collateral();

        assertEquals(new Collateral("one.pdf", "deck.pptx", "https://example.com", "https://example.org",
                List.of("case.pdf"), "arch.png"), c);
        assertTrue(c.hasArchitectureDiagram());
        assertFalse(new Collateral(null, null, null, null, null, " ").hasArchitectureDiagram());
    }

    // --- validation -----------------------------------------------------------------------------------------

    static List<String> problems(Partner partner, Offer offer) {
        return SubmissionValidatorTest.problems(partner, offer);
    }

    @Test
    void givenABlankMpnId_whenValidated_thenItIsNamed_andAbsentIsNotAProblem() {
        assertEquals(List.of("partner.mpnId: is blank; leave it out if it is not known"),
                problems(SubmissionValidatorTest.partner().mpnId(" \t").build(), SubmissionValidatorTest.offer()
                        .build()));
        assertEquals(List.of(), problems(SubmissionValidatorTest.partner().mpnId(null).build(),
                SubmissionValidatorTest.offer().build()));
    }

    /** MPN IDs holding one control or invisible character, at any place. */
    static Stream<Arguments> invisibleMpnIds() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        int[] invisible = {0x00, 0x1B, 0x7F, 0x85, 0x200B, 0x202E, 0xFEFF, 0x3164, 0xFE0F, 0xE0041, 0x2028, 0x00A0};
        return IntStream.range(0, 40).mapToObj(i -> {
            String id = String.valueOf(random.nextInt(1_000_000, 9_999_999));
            int c = invisible[random.nextInt(invisible.length)];
            int at = random.nextInt(id.length() + 1);
            return Arguments.of(id.substring(0, at) + Character.toString(c) + id.substring(at), c);
        });
    }

    @ParameterizedTest
    @MethodSource("invisibleMpnIds")
    void givenAnMpnIdWithAControlOrInvisibleCharacter_whenValidated_thenItIsNamedWithTheCharacter(String id,
                                                                                                 int character) {
        List<String> problems = problems(SubmissionValidatorTest.partner().mpnId(id).build(),
                SubmissionValidatorTest.offer().build());

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("partner.mpnId: "), problems.toString());
        assertTrue(problems.get(0).endsWith(String.format("U+%04X", character)), problems.toString());
    }

    @Test
    void givenBadDesignations_whenValidated_thenEachProblemIsNamedWithItsIndex() {
        Partner partner = SubmissionValidatorTest.partner()
                .designation("Infrastructure (Azure)", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1))
                .designation((Designation) null)
                .designation(" ", LocalDate.of(2023, 5, 2), LocalDate.of(2023, 5, 1))
                .designation(null, null, null)
                .designation("Security", LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 1)).build();

        assertEquals(List.of("partner.solutionsPartnerDesignations[1]: is missing",
                "partner.solutionsPartnerDesignations[2].area: is blank",
                "partner.solutionsPartnerDesignations[2].endDate: 2023-05-01 is before the start date 2023-05-02",
                "partner.solutionsPartnerDesignations[3].area: is missing",
                "partner.solutionsPartnerDesignations[3].startDate: is missing",
                "partner.solutionsPartnerDesignations[3].endDate: is missing"),
                problems(partner, SubmissionValidatorTest.offer().build()));
    }

    @Test
    void givenBadTopTierFigures_whenValidated_thenEveryFigureIsNamed_andMissingFiguresAreNotGiven() {
        Partner partner = SubmissionValidatorTest.partner().topTier(new TopTierFigures(new BigDecimal("-0.01"), -1,
                Integer.MIN_VALUE, 0, new BigDecimal("1E+13"))).build();
        Partner fine = SubmissionValidatorTest.partner().topTier(new TopTierFigures(null, null, null, null,
                new BigDecimal("1000000000000"))).build();
        Partner cents = SubmissionValidatorTest.partner().topTier(new TopTierFigures(new BigDecimal("4000000.001"),
                12, 30, 8, null)).build();

        assertEquals(List.of("partner.topTier.marketplaceBilledSalesUsd: is -0.01; an amount cannot be negative",
                "partner.topTier.netNewCustomersAbove10k: is -1; a count cannot be negative",
                "partner.topTier.marketplaceTransactions: is -2147483648; a count cannot be negative",
                "partner.topTier.consumptionCommitmentUsd: is 10000000000000; more than 1,000,000,000,000 USD is "
                        + "taken as an error"), problems(partner, SubmissionValidatorTest.offer().build()));
        assertEquals(List.of(), problems(fine, SubmissionValidatorTest.offer().build()));
        assertEquals(List.of("partner.topTier.marketplaceBilledSalesUsd: is 4000000.001; amounts are in USD with "
                + "at most 2 decimal places"), problems(cents, SubmissionValidatorTest.offer().build()));
    }

    @Test
    void givenBadOfferBilledRevenue_whenValidated_thenHolesMissingValuesBadAmountsAndRepeatedMonthsAreNamed() {
        Offer offer = SubmissionValidatorTest.offer().offerBilledRevenue(Arrays.asList(
                MonthlyAmount.of(YearMonth.of(2020, 9), "100.00"), null, new MonthlyAmount(null, null),
                MonthlyAmount.of(YearMonth.of(2020, 10), "-5"), MonthlyAmount.of(YearMonth.of(2020, 9), "1.001"),
                MonthlyAmount.of(YearMonth.of(2020, 11), "1E+2147483647"))).build();

        assertEquals(List.of("offer.offerBilledRevenue[1]: is missing",
                "offer.offerBilledRevenue[2].month: is missing",
                "offer.offerBilledRevenue[2].usd: is missing",
                "offer.offerBilledRevenue[3].usd: is -5; an amount cannot be negative",
                "offer.offerBilledRevenue[4].month: 2020-09 already has billed revenue in offer.offerBilledRevenue[0]; "
                        + "one amount per month",
                "offer.offerBilledRevenue[4].usd: is 1.001; amounts are in USD with at most 2 decimal places",
                "offer.offerBilledRevenue[5].usd: is 1E+2147483647; more than 1,000,000,000,000 USD in a month is "
                        + "taken as an error"),
                problems(SubmissionValidatorTest.partner().build(), offer));
    }

    /** Distinct months in ascending, descending or shuffled order, with or without one month repeated. */
    static Stream<Arguments> billedMonths() {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        return IntStream.range(0, 80).mapToObj(i -> {
            int count = 1 + random.nextInt(30);
            List<YearMonth> months = new ArrayList<>();
            YearMonth first = YearMonth.of(2018 + random.nextInt(3), 1 + random.nextInt(12));
            for (int m = 0; m < count; m++) {
                months.add(first.plusMonths(m));
            }
            switch (random.nextInt(3)) {
                case 0 -> { }
                case 1 -> java.util.Collections.reverse(months);
                default -> java.util.Collections.shuffle(months, new java.util.Random(random.nextLong()));
            }
            int repeatedAt = -1;
            if (random.nextBoolean()) {
                int from = random.nextInt(count);
                repeatedAt = from + 1 + random.nextInt(count - from);
                months.add(repeatedAt, months.get(from));
            }
            return Arguments.of(months, repeatedAt);
        });
    }

    @ParameterizedTest
    @MethodSource("billedMonths")
    void givenBilledMonthsInAnyOrder_whenValidated_thenOnlyARepeatedMonthIsNamed_atItsLaterIndex(List<YearMonth> months,
                                                                                              int repeatedAt) {
        Offer.Builder offer = SubmissionValidatorTest.offer().offerBilledRevenue(List.of());
        months.forEach(m -> offer.offerBilledRevenue(m, "100.00"));

        List<String> problems = problems(SubmissionValidatorTest.partner().build(), offer.build());

        if (repeatedAt < 0) {
            assertEquals(List.of(), problems);
        } else {
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).startsWith("offer.offerBilledRevenue[" + repeatedAt + "].month: "
                    + months.get(repeatedAt) + " already has billed revenue in offer.offerBilledRevenue["),
                    problems.toString());
        }
    }

    @Test
    void givenACreationDateOutsideTheYears1900To9999_whenValidated_thenItIsNamed() {
        for (LocalDate date : List.of(LocalDate.MIN, LocalDate.of(1899, 12, 31), LocalDate.of(10_000, 1, 1))) {
            assertEquals(List.of("offer.coSellSolutionCreated: " + date + " is not a date between 1900-01-01 and "
                    + "9999-12-31"), problems(SubmissionValidatorTest.partner().build(),
                    SubmissionValidatorTest.offer().coSellSolutionCreated(date).build()));
        }
        assertEquals(List.of(), problems(SubmissionValidatorTest.partner().build(),
                SubmissionValidatorTest.offer().coSellSolutionCreated(LocalDate.of(1900, 1, 1)).build()));
    }

    @Test
    void givenProblemsInOldAndNewInputs_whenValidated_thenAllAreNamedAtOnceInFieldOrder() {
        Partner partner = SubmissionValidatorTest.partner().mpnId("").designation(null, LocalDate.of(2023, 1, 1),
                LocalDate.of(2024, 1, 1)).topTier(new TopTierFigures(null, -3, null, null, null)).build();
        Partner blankName = new Partner(partner.id(), " ", partner.businessProfileComplete(), partner.competencies(),
                partner.isvConnectEnrollments(), partner.revenue(), partner.mpnId(), partner.marketplaceAccountActive(),
                partner.solutionsPartnerDesignations(), partner.topTier());
        Offer offer = SubmissionValidatorTest.offer().offerBilledRevenue(YearMonth.of(2020, 9), "-1")
                .coSellSolutionCreated(LocalDate.of(1000, 1, 1)).landingPage("ftp://example.com").build();

        assertEquals(List.of("partner.name: is blank",
                "partner.mpnId: is blank; leave it out if it is not known",
                "partner.solutionsPartnerDesignations[0].area: is missing",
                "partner.topTier.netNewCustomersAbove10k: is -3; a count cannot be negative",
                "offer.collateral.landingPageUrl: \"ftp://example.com\" is not an absolute http(s) URL",
                "offer.offerBilledRevenue[0].usd: is -1; an amount cannot be negative",
                "offer.coSellSolutionCreated: 1000-01-01 is not a date between 1900-01-01 and 9999-12-31"),
                problems(blankName, offer));
    }
}
