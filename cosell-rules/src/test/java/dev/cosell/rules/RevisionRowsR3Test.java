package dev.cosell.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.Answer;
import dev.cosell.model.Assessment;
import dev.cosell.model.CompetencyLevel;
import dev.cosell.model.Finding;
import dev.cosell.model.IsvConnectTier;
import dev.cosell.model.ListingSolutionType;
import dev.cosell.model.Offer;
import dev.cosell.model.OfferType;
import dev.cosell.model.Outcome;
import dev.cosell.model.Partner;
import dev.cosell.model.ProductFamily;
import dev.cosell.model.Requirement;
import dev.cosell.model.Revision;
import dev.cosell.model.Status;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The R3 rows (co-sell materials, R3.1 to R3.10) across the program revisions 2020-09-02 to 2023-08-24, with the
 * evaluator choosing the revision by date: on the day before and on each revision date where an R3 row changes, the
 * same offer gets the finding each revision's table gives it (tables in the program's {@code revisions/} files).
 * Then, over seeded random submissions on every day a revision is in force, the properties every R3 finding keeps:
 * one per row of the revision, a text in English and Korean, and INPUT_MISSING exactly when an input the row reads
 * was not given.
 */
class RevisionRowsR3Test {
    static final CoSellEvaluator EVALUATOR = CoSellEvaluator.create();

    static final Set<Requirement> R3 = EnumSet.of(Requirement.R3_1, Requirement.R3_2, Requirement.R3_3,
            Requirement.R3_4, Requirement.R3_5, Requirement.R3_6, Requirement.R3_7, Requirement.R3_8, Requirement.R3_9,
            Requirement.R3_10);

    /** A partner that meets every partner-level row of every revision, with ACR in the month before {@code asOf}. */
    static Partner.Builder partner(LocalDate asOf) {
        return Partner.builder("contoso", "Contoso").businessProfileComplete(true).mpnId("1234567")
                .marketplaceAccountActive(Answer.YES)
                .revenue("Contoso Analytics", YearMonth.from(asOf).minusMonths(1), "100000.00", "0.00");
    }

    /** An offer of the type that meets every row of every revision it can (the revisions' qualifying defaults). */
    static Offer.Builder offer(OfferType type, LocalDate asOf) {
        return Fixtures.offerOfEveryRevision(type, YearMonth.from(asOf).minusMonths(1), LocalDate.of(2020, 6, 1));
    }

    static Assessment on(LocalDate day, Partner.Builder partner, Offer.Builder offer) {
        return EVALUATOR.evaluate(partner.build(), offer.build(), day);
    }

    static Assessment on(LocalDate day, OfferType type, java.util.function.UnaryOperator<Offer.Builder> change) {
        return on(day, partner(day), change.apply(offer(type, day)));
    }

    /** The day before {@code id} and the day itself; asserts that the evaluator chose the revisions around it. */
    static LocalDate[] around(String before, String id) {
        LocalDate day = LocalDate.parse(id);
        assertEquals(before, EVALUATOR.revisionOn(day.minusDays(1)).orElseThrow().id());
        assertEquals(id, EVALUATOR.revisionOn(day).orElseThrow().id());
        return new LocalDate[] {day.minusDays(1), day};
    }

    @Test
    void givenTheDayBeforeAndOn20200902_thenOfferTypesWithoutTheCoSellOptionRequestACloudSpecialistInsteadOfMaterials() {
        LocalDate[] days = around("2020-05-19", "2020-09-02");
        for (OfferType type : List.of(OfferType.AZURE_VIRTUAL_MACHINE, OfferType.AZURE_CONTAINER,
                OfferType.IOT_EDGE_MODULE, OfferType.POWER_BI_APP)) {
            java.util.function.UnaryOperator<Offer.Builder> noMaterials = o -> o.collateral(dev.cosell.model.Collateral.NONE);
            Assessment before = on(days[0], type, noMaterials);
            Assessment after = on(days[1], type, noMaterials);
            assertEquals(Outcome.UNMET, before.outcome(Requirement.R3_2), type + " on " + days[0]);
            assertFalse(before.revision().has(Requirement.R3_8));
            for (Requirement row : List.of(Requirement.R3_1, Requirement.R3_2, Requirement.R3_3, Requirement.R3_4,
                    Requirement.R3_5)) {
                assertEquals(Outcome.NOT_APPLICABLE, after.outcome(row), type + " " + row.id() + " on " + days[1]);
                assertTrue(after.finding(row).message().contains("Cloud Specialist"), after.finding(row).message());
            }
            assertEquals(Outcome.MET, after.outcome(Requirement.R3_8), type + " on " + days[1]);
            Assessment notGiven = on(days[1], type, o -> noMaterials.apply(o).cloudSpecialistRequested(Answer.NOT_GIVEN));
            assertEquals(Outcome.INPUT_MISSING, notGiven.outcome(Requirement.R3_8));
            assertEquals(Status.NOT_READY, notGiven.status());
        }
        for (OfferType type : List.of(OfferType.SAAS, OfferType.AZURE_APPLICATION, OfferType.POWER_APP)) {
            Assessment after = on(days[1], type, o -> o.cloudSpecialistRequested(Answer.NOT_GIVEN).onePager(null));
            assertEquals(Outcome.UNMET, after.outcome(Requirement.R3_2), type + " has the Co-sell option");
            assertEquals(Outcome.NOT_APPLICABLE, after.outcome(Requirement.R3_8), type + " has the Co-sell option");
        }
        // R3.7 is new on 2020-09-02, for SaaS only; it blocks the incentivized status, not co-sell ready
        Assessment saas = on(days[1], OfferType.SAAS, o -> o.architectureDiagram(null));
        assertFalse(on(days[0], OfferType.SAAS, o -> o.architectureDiagram(null)).revision().has(Requirement.R3_7));
        assertEquals(Outcome.UNMET, saas.outcome(Requirement.R3_7));
        assertNotEquals(Status.CO_SELL_INCENTIVIZED, saas.status());
        assertEquals(Outcome.NOT_APPLICABLE,
                on(days[1], OfferType.AZURE_APPLICATION, o -> o.architectureDiagram(null)).outcome(Requirement.R3_7));
        // R3.6 for consulting services, and managed services by the Reading
        for (OfferType type : List.of(OfferType.CONSULTING_SERVICE, OfferType.MANAGED_SERVICE)) {
            assertEquals(Outcome.UNMET, on(days[1], type, o -> o).outcome(Requirement.R3_6), type.name());
            Assessment gold = on(days[1], partner(days[1]).competency("Data Analytics", CompetencyLevel.GOLD,
                    LocalDate.of(2020, 1, 1), days[1]), offer(type, days[1]));
            assertEquals(Outcome.MET, gold.outcome(Requirement.R3_6), type.name());
            assertEquals(Outcome.MET, gold.outcome(Requirement.R3_8), type.name());
            assertEquals(Status.CO_SELL_READY, gold.status(), type + " stops at co-sell ready");
        }
    }

    @Test
    void givenTheDayBeforeAndOn20200915_thenEveryAzureIpOfferTypeNeedsTheArchitectureDiagram() {
        LocalDate[] days = around("2020-09-02", "2020-09-15");
        for (OfferType type : List.of(OfferType.AZURE_VIRTUAL_MACHINE, OfferType.AZURE_APPLICATION,
                OfferType.AZURE_CONTAINER, OfferType.IOT_EDGE_MODULE)) {
            assertEquals(Outcome.NOT_APPLICABLE, on(days[0], type, o -> o.architectureDiagram(null)).outcome(Requirement.R3_7));
            Finding after = on(days[1], type, o -> o.architectureDiagram(null)).finding(Requirement.R3_7);
            assertEquals(Outcome.UNMET, after.outcome(), type.name());
            // offers without the Co-sell option upload the diagram to OCP GTM
            assertEquals(type != OfferType.AZURE_APPLICATION, after.message().contains("OCP GTM"), after.message());
            assertEquals(Outcome.MET, on(days[1], type, o -> o).outcome(Requirement.R3_7), type.name());
        }
        assertEquals(Outcome.NOT_APPLICABLE,
                on(days[1], OfferType.POWER_APP, o -> o.architectureDiagram(null)).outcome(Requirement.R3_7));
        assertTrue(EVALUATOR.revisionOn(days[1]).orElseThrow().where(Requirement.R3_7, Locale.ENGLISH).contains("OCP GTM"));
    }

    @Test
    void givenTheDayBeforeAndOn20201019_thenTheDeckIsRequired_theLandingPageAndSocialRowsGo_andTheListingCounts() {
        LocalDate[] days = around("2020-09-23", "2020-10-19");
        Assessment before = on(days[0], OfferType.SAAS, o -> o.presentationDeck(null).listingComplete(Answer.NOT_GIVEN));
        Assessment after = on(days[1], OfferType.SAAS, o -> o.presentationDeck(null).listingComplete(Answer.NOT_GIVEN));
        assertEquals(Outcome.OPTIONAL_MISSING, before.outcome(Requirement.R3_3));
        assertEquals(Outcome.UNMET, after.outcome(Requirement.R3_3));
        assertTrue(before.revision().has(Requirement.R3_4) && before.revision().has(Requirement.R3_5));
        assertFalse(after.revision().has(Requirement.R3_4) || after.revision().has(Requirement.R3_5));
        assertFalse(before.revision().has(Requirement.R3_9));
        assertEquals(Outcome.INPUT_MISSING, after.outcome(Requirement.R3_9));
        assertEquals(Status.NOT_READY, after.status());
        assertEquals(Outcome.UNMET, on(days[1], OfferType.SAAS, o -> o.listingComplete(Answer.NO)).outcome(Requirement.R3_9));
        // a landing page and social media are no longer needed
        Assessment bare = on(days[1], OfferType.SAAS, o -> o.landingPage(null).socialMedia(null));
        assertEquals(Outcome.MET, bare.outcome(Requirement.R3_3));
        assertTrue(bare.findings().stream().noneMatch(f -> f.requirement() == Requirement.R3_4
                || f.requirement() == Requirement.R3_5));
        // geographies: each one the partner declares needs a contact
        Assessment uncovered = on(days[1], OfferType.SAAS, o -> Offer.builder("contoso-offer", "Contoso Offer", OfferType.SAAS)
                .live().coSellCountries("US", "KR").contact("Jane Doe", "jane@contoso.com", "Sales lead", "US")
                .onePager("one-pager.pdf").presentationDeck("deck.pptx").listingComplete(Answer.YES));
        assertEquals(Outcome.UNMET, uncovered.outcome(Requirement.R3_1));
        assertTrue(uncovered.finding(Requirement.R3_1).message().contains("geography"));
        assertTrue(uncovered.finding(Requirement.R3_1).message().contains("KR"));
        // offer types without the Co-sell option still take R3.8, and need no listing
        Assessment vm = on(days[1], OfferType.AZURE_VIRTUAL_MACHINE, o -> o.listingComplete(Answer.NOT_GIVEN));
        assertEquals(Outcome.NOT_APPLICABLE, vm.outcome(Requirement.R3_9));
        assertEquals(Outcome.MET, vm.outcome(Requirement.R3_8));
    }

    @Test
    void givenTheDayBeforeAndOn20210224_thenEveryOfferUploadsTheMaterials_theServiceSolutionTypeDecidesR36_andR310Starts() {
        LocalDate[] days = around("2020-10-19", "2021-02-24");
        Assessment vmBefore = on(days[0], OfferType.AZURE_VIRTUAL_MACHINE, o -> o.onePager(null));
        Assessment vmAfter = on(days[1], OfferType.AZURE_VIRTUAL_MACHINE, o -> o.onePager(null));
        assertEquals(Outcome.NOT_APPLICABLE, vmBefore.outcome(Requirement.R3_2));
        assertEquals(Outcome.MET, vmBefore.outcome(Requirement.R3_8));
        assertEquals(Outcome.UNMET, vmAfter.outcome(Requirement.R3_2));
        assertFalse(vmAfter.revision().has(Requirement.R3_8));
        assertEquals(Status.NOT_READY, vmAfter.status());
        // R3.6: a consulting service listed as IP needed a Gold competency; from 2021-02-24 only the Service type does
        Assessment consultingBefore = on(days[0], OfferType.CONSULTING_SERVICE, o -> o);
        Assessment consultingAfter = on(days[1], OfferType.CONSULTING_SERVICE, o -> o);
        assertEquals(Outcome.UNMET, consultingBefore.outcome(Requirement.R3_6));
        assertEquals(Outcome.NOT_APPLICABLE, consultingAfter.outcome(Requirement.R3_6));
        assertEquals(Outcome.UNMET, on(days[1], OfferType.SAAS,
                o -> o.listingSolutionType(ListingSolutionType.SERVICE)).outcome(Requirement.R3_6));
        assertEquals(Outcome.NOT_APPLICABLE, on(days[1], OfferType.MANAGED_SERVICE,
                o -> o.listingSolutionType(ListingSolutionType.MANAGED_SERVICE)).outcome(Requirement.R3_6));
        assertEquals(Outcome.INPUT_MISSING, on(days[1], OfferType.SAAS,
                o -> o.listingSolutionType(ListingSolutionType.NOT_GIVEN)).outcome(Requirement.R3_6));
        // R3.10: Dynamics 365 and Power Apps except Business Central, an enrollment active on the evaluation date
        assertFalse(on(days[0], OfferType.POWER_APP, o -> o).revision().has(Requirement.R3_10));
        assertEquals(Outcome.UNMET, on(days[1], OfferType.POWER_APP, o -> o).outcome(Requirement.R3_10));
        Assessment enrolled = on(days[1], partner(days[1]).isvConnect(IsvConnectTier.STANDARD, days[1], days[1]),
                offer(OfferType.DYNAMICS_365_APP, days[1]).productFamily(ProductFamily.OPERATIONS));
        assertEquals(Outcome.MET, enrolled.outcome(Requirement.R3_10), "an enrollment from and through the day is active");
        Assessment ended = on(days[1], partner(days[1]).isvConnect(IsvConnectTier.PREMIUM, days[0].minusYears(1), days[0]),
                offer(OfferType.DYNAMICS_365_APP, days[1]).productFamily(ProductFamily.DATAVERSE_AND_POWER_APPS));
        assertEquals(Outcome.UNMET, ended.outcome(Requirement.R3_10), "an enrollment that ended the day before");
        assertEquals(Outcome.NOT_APPLICABLE, on(days[1], OfferType.DYNAMICS_365_APP,
                o -> o.productFamily(ProductFamily.BUSINESS_CENTRAL)).outcome(Requirement.R3_10));
        assertEquals(Outcome.INPUT_MISSING, on(days[1], OfferType.DYNAMICS_365_APP, o -> o).outcome(Requirement.R3_10));
        // R3.7: every Azure IP type, and the OCP GTM channel is gone
        Finding diagram = on(days[1], OfferType.AZURE_VIRTUAL_MACHINE, o -> o.architectureDiagram(null))
                .finding(Requirement.R3_7);
        assertEquals(Outcome.UNMET, diagram.outcome());
        assertFalse(diagram.message().contains("OCP GTM"));
        assertFalse(EVALUATOR.revisionOn(days[1]).orElseThrow().where(Requirement.R3_7, Locale.ENGLISH).contains("OCP GTM"));
    }

    @Test
    void givenTheRevisionsFrom20210317To20211021_thenTheR3RowsAreThoseOf20210224() {
        LocalDate[] inForce = {LocalDate.of(2021, 3, 17), LocalDate.of(2021, 7, 13), LocalDate.of(2021, 10, 21),
                LocalDate.of(2023, 8, 23)};
        for (LocalDate day : inForce) {
            assertEquals(Outcome.UNMET, on(day, OfferType.AZURE_CONTAINER, o -> o.presentationDeck(null))
                    .outcome(Requirement.R3_3), day.toString());
            assertEquals(Outcome.UNMET, on(day, OfferType.CONSULTING_SERVICE,
                    o -> o.listingSolutionType(ListingSolutionType.SERVICE)).outcome(Requirement.R3_6), day.toString());
            assertEquals(Outcome.UNMET, on(day, OfferType.IOT_EDGE_MODULE, o -> o.architectureDiagram(null))
                    .outcome(Requirement.R3_7), day.toString());
            assertEquals(Outcome.NOT_APPLICABLE, on(day, OfferType.DYNAMICS_365_APP,
                    o -> o.productFamily(ProductFamily.BUSINESS_CENTRAL)).outcome(Requirement.R3_10), day.toString());
        }
    }

    @Test
    void givenTheDayBeforeAndOn20230824_thenADesignationReplacesTheGoldCompetency_andTheDiagramIsForSaasOnly() {
        LocalDate[] days = around("2021-10-21", "2023-08-24");
        java.util.function.Function<LocalDate, Partner.Builder> goldOnly = day -> partner(day)
                .competency("Data Analytics", CompetencyLevel.GOLD, LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31));
        Assessment before = on(days[0], goldOnly.apply(days[0]),
                offer(OfferType.CONSULTING_SERVICE, days[0]).listingSolutionType(ListingSolutionType.SERVICE));
        Assessment after = on(days[1], goldOnly.apply(days[1]),
                offer(OfferType.CONSULTING_SERVICE, days[1]).listingSolutionType(ListingSolutionType.SERVICE));
        assertEquals(Outcome.MET, before.outcome(Requirement.R3_6));
        assertEquals(Outcome.UNMET, after.outcome(Requirement.R3_6));
        assertTrue(after.finding(Requirement.R3_6).message().contains("solutions partner designation"));
        Assessment designated = on(days[1], partner(days[1]).designation("Data & AI (Azure)", days[1], days[1]),
                offer(OfferType.CONSULTING_SERVICE, days[1]).listingSolutionType(ListingSolutionType.IP));
        assertEquals(Outcome.MET, designated.outcome(Requirement.R3_6), "held from and through the day, any solution type");
        assertEquals(Outcome.NOT_APPLICABLE, on(days[1], OfferType.MANAGED_SERVICE,
                o -> o.listingSolutionType(ListingSolutionType.SERVICE)).outcome(Requirement.R3_6));
        for (OfferType type : List.of(OfferType.AZURE_VIRTUAL_MACHINE, OfferType.AZURE_APPLICATION,
                OfferType.AZURE_CONTAINER, OfferType.IOT_EDGE_MODULE)) {
            assertEquals(Outcome.UNMET, on(days[0], type, o -> o.architectureDiagram(null)).outcome(Requirement.R3_7));
            assertEquals(Outcome.NOT_APPLICABLE, on(days[1], type, o -> o.architectureDiagram(null))
                    .outcome(Requirement.R3_7), type.name());
        }
        assertEquals(Outcome.UNMET, on(days[1], OfferType.SAAS, o -> o.architectureDiagram(null)).outcome(Requirement.R3_7));
        Finding listing = on(days[1], OfferType.SAAS, o -> o.listingComplete(Answer.NO)).finding(Requirement.R3_9);
        assertEquals(Outcome.UNMET, listing.outcome());
        assertTrue(listing.message().contains("Co-sell \u203a Solutions"), listing.message());
        Revision revision = EVALUATOR.revisionOn(days[1]).orElseThrow();
        for (Requirement row : List.of(Requirement.R3_1, Requirement.R3_2, Requirement.R3_3, Requirement.R3_7,
                Requirement.R3_9)) {
            assertTrue(revision.where(row, Locale.ENGLISH).contains("Referrals \u203a Co-sell \u203a Solutions"), row.id());
            assertTrue(revision.where(row, Locale.KOREAN).contains("추천 \u203a 공동 판매 \u203a 솔루션"), row.id());
        }
    }

    @Test
    void givenEveryRevision_thenItsOwnWhereTextsForR3RowsStartByNamingTheRevisionTheyComeFrom() {
        List<String> ids = EVALUATOR.revisions().stream().map(Revision::id).toList();
        for (Revision revision : EVALUATOR.revisions()) {
            for (Map.Entry<String, String> text : revision.texts().entrySet()) {
                if (!text.getKey().startsWith("where.R3.")) {
                    continue;
                }
                boolean korean = text.getKey().endsWith(".ko");
                String prefix = korean ? "개정 " : "Revision ";
                assertTrue(text.getValue().startsWith(prefix), revision.id() + " " + text.getKey() + ": " + text.getValue());
                String source = text.getValue().substring(prefix.length(), prefix.length() + 10);
                assertTrue(ids.contains(source) && source.compareTo(revision.id()) <= 0,
                        revision.id() + " " + text.getKey() + " names revision " + source);
                assertEquals(": ", text.getValue().substring(prefix.length() + 10, prefix.length() + 12));
            }
        }
    }

    /** Seeded random submissions, each on a random day a revision from 2020-09-02 on is in force. */
    static Stream<Arguments> randomSubmissions() {
        Random random = new Random(20200902L);
        LocalDate first = LocalDate.of(2020, 9, 2);
        long span = ChronoUnit.DAYS.between(first, LocalDate.of(2024, 6, 30));
        OfferType[] types = OfferType.values();
        List<Arguments> all = new ArrayList<>();
        IntStream.range(0, 240).forEach(i -> {
            LocalDate day = first.plusDays(random.nextLong(span + 1));
            Partner.Builder p = partner(day);
            if (random.nextBoolean()) {
                p.competency("Data Analytics", CompetencyLevel.GOLD, start(random, day), end(random, day));
            }
            if (random.nextBoolean()) {
                p.isvConnect(IsvConnectTier.values()[random.nextInt(2)], start(random, day), end(random, day));
            }
            if (random.nextBoolean()) {
                p.designation("Infrastructure (Azure)", start(random, day), end(random, day));
            }
            Offer.Builder o = offer(types[random.nextInt(types.length)], day)
                    .cloudSpecialistRequested(Answer.values()[random.nextInt(3)])
                    .listingComplete(Answer.values()[random.nextInt(3)])
                    .listingSolutionType(ListingSolutionType.values()[random.nextInt(ListingSolutionType.values().length)])
                    .productFamily(ProductFamily.values()[random.nextInt(ProductFamily.values().length)]);
            if (random.nextBoolean()) {
                o.onePager(null);
            }
            if (random.nextBoolean()) {
                o.presentationDeck(null);
            }
            if (random.nextBoolean()) {
                o.architectureDiagram(null);
            }
            all.add(Arguments.of(day, p.build(), o.build()));
        });
        return all.stream();
    }

    /** A start date up to 400 days before the day. */
    private static LocalDate start(Random random, LocalDate day) {
        return day.minusDays(random.nextInt(400));
    }

    /** An end date from the day before to 400 days after it: ended, ending on the day, or still running. */
    private static LocalDate end(Random random, LocalDate day) {
        return day.plusDays(random.nextInt(402) - 1);
    }

    @ParameterizedTest(name = "[{index}] on {0}")
    @MethodSource("randomSubmissions")
    void givenAnySubmission_thenEachR3RowOfTheRevisionHasOneFindingWithTexts_andInputMissingOnlyForAnInputNotGiven(
            LocalDate day, Partner partner, Offer offer) {
        Assessment a = EVALUATOR.evaluate(partner, offer, day);
        assertEquals(EVALUATOR.revisionOn(day).orElseThrow().id(), a.revision().id());
        for (Requirement row : R3) {
            if (!a.revision().has(row)) {
                assertTrue(a.findings().stream().noneMatch(f -> f.requirement() == row), row.id());
                continue;
            }
            Finding finding = a.finding(row);
            for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN)) {
                String text = finding.message(locale);
                assertFalse(text.startsWith(finding.messageKey()), row.id() + " has no text for " + finding.messageKey()
                        + " in " + locale);
                assertFalse(text.contains("{"), row.id() + " " + locale + ": " + text);
            }
            assertTrue(finding.message(Locale.KOREAN).codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3),
                    finding.messageKey() + " in Korean");
            boolean notGiven = switch (row) {
                case R3_6 -> offer.listingSolutionType() == ListingSolutionType.NOT_GIVEN;
                case R3_8 -> offer.cloudSpecialistRequested() == Answer.NOT_GIVEN;
                case R3_9 -> offer.listingComplete() == Answer.NOT_GIVEN;
                case R3_10 -> offer.productFamily() == ProductFamily.NOT_GIVEN;
                default -> false;
            };
            if (finding.outcome() == Outcome.INPUT_MISSING) {
                assertTrue(notGiven, row.id() + " is input missing with every input it reads given: " + finding.message());
                assertNotEquals(Status.CO_SELL_READY, a.status(), "an input missing blocks co-sell ready");
                assertNotEquals(Status.CO_SELL_INCENTIVIZED, a.status(), "an input missing blocks co-sell ready");
            }
        }
    }
}
