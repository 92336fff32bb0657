package dev.cosell.rules.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.Assessment;
import dev.cosell.model.Collateral;
import dev.cosell.model.Competency;
import dev.cosell.model.CompetencyLevel;
import dev.cosell.model.Finding;
import dev.cosell.model.IncentiveRoute;
import dev.cosell.model.IsvConnectEnrollment;
import dev.cosell.model.IsvConnectTier;
import dev.cosell.model.Offer;
import dev.cosell.model.OfferType;
import dev.cosell.model.Outcome;
import dev.cosell.model.Partner;
import dev.cosell.model.Requirement;
import dev.cosell.model.RevenueRecord;
import dev.cosell.model.SalesContact;
import dev.cosell.model.SolutionType;
import dev.cosell.model.Status;
import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionValidator;
import dev.cosell.rules.CoSellEvaluator;
import dev.cosell.rules.reference.SubmissionGenerator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the shipped rules over valid submissions: the submissions of the project's seeded
 * {@link SubmissionGenerator} (boundary and realistic flavours), and valid additions made here.
 */
class EvaluationPropertiesTest {
    private static final int TRIES = 200;
    private static final CoSellEvaluator EVALUATOR = CoSellEvaluator.create();
    private static final CoSellEvaluator KOREAN = EVALUATOR.withLocale(Locale.KOREAN);
    private static final List<String> COUNTRIES = List.of("US", "KR", "DE", "GB", "JP", "FR");

    // ---------------------------------------------------------------------------------------------------------
    // properties

    @Property(tries = TRIES)
    void evaluationIsDeterministic(@ForAll("submissions") Submission submission) {
        Assessment first = EVALUATOR.evaluate(submission);

        assertEquals(first, EVALUATOR.evaluate(submission));
        assertEquals(first, EVALUATOR.evaluateAll(Stream.of(submission)).findFirst().orElseThrow()
                .assessment().orElseThrow(), "a batch of one decides as a single evaluation");
    }

    @Property(tries = TRIES)
    void theFindingsCoverEveryRequirementRowExactlyOnceInStepOrder(@ForAll("submissions") Submission submission) {
        List<Requirement> rows = EVALUATOR.evaluate(submission).findings().stream().map(Finding::requirement).toList();

        assertEquals(Arrays.asList(Requirement.values()), rows);
    }

    @Property(tries = TRIES)
    void aBusinessApplicationsOfferNeverTakesTheAzureIpRoute(@ForAll("submissions") Submission submission,
                                                              @ForAll("businessApplicationsTypes") OfferType type) {
        Assessment assessment = EVALUATOR.evaluate(withType(submission, type));

        assertNotEquals(IncentiveRoute.AZURE_IP, assessment.route());
        assertEquals(Outcome.NOT_APPLICABLE, assessment.outcome(Requirement.R4_1));
        assertEquals(Outcome.NOT_APPLICABLE, assessment.outcome(Requirement.R4_2));
        assertEquals(List.of(), assessment.benefits(), "B1-B4 come with the Azure IP route only");
    }

    @Property(tries = TRIES)
    void aServicesOfferNeverTakesAnyRoute(@ForAll("submissions") Submission submission,
                                          @ForAll("servicesTypes") OfferType type) {
        Assessment assessment = EVALUATOR.evaluate(withType(submission, type));

        assertEquals(IncentiveRoute.NONE, assessment.route());
        assertTrue(assessment.status().compareTo(Status.CO_SELL_READY) <= 0, assessment.status().name());
        for (Requirement row : List.of(Requirement.R4_1, Requirement.R4_2, Requirement.R4_3)) {
            assertEquals(Outcome.NOT_APPLICABLE, assessment.outcome(row), row.id());
        }
    }

    @Property(tries = TRIES)
    void addingASalesContactNeverLowersTheStatus(@ForAll("submissions") Submission submission,
                                                 @ForAll("contacts") SalesContact contact) {
        Offer offer = submission.offer();
        List<SalesContact> contacts = new ArrayList<>(offer.contacts());
        contacts.add(contact);

        assertNotLower(submission, withOffer(submission, new Offer(offer.id(), offer.name(), offer.type(),
                offer.listingState(), offer.transactable(), offer.availableToCspResellers(),
                offer.azureIpSharePercent(), offer.coSellCountries(), contacts, offer.collateral())));
    }

    @Property(tries = TRIES)
    void addingCollateralNeverLowersTheStatus(@ForAll("submissions") Submission submission,
                                              @ForAll CollateralPiece piece) {
        Offer offer = submission.offer();

        assertNotLower(submission, withOffer(submission, offer.toBuilder()
                .collateral(piece.addTo(offer.collateral())).build()));
    }

    @Property(tries = TRIES)
    void addingACompetencyOrAnEnrollmentNeverLowersTheStatus(@ForAll("submissions") Submission submission,
                                                             @ForAll CompetencyLevel level, @ForAll IsvConnectTier tier,
                                                             @ForAll @IntRange(min = -800, max = 60) int startsIn,
                                                             @ForAll @IntRange(min = 0, max = 900) int lastsDays) {
        Partner partner = submission.partner();
        LocalDate start = submission.asOf().plusDays(startsIn);
        Competency competency = new Competency("Added Area", level, start, start.plusDays(lastsDays));
        IsvConnectEnrollment enrollment = new IsvConnectEnrollment(tier, start, start.plusDays(lastsDays));

        assertNotLower(submission, withPartner(submission, partner.toBuilder().competency(competency).build()));
        assertNotLower(submission, withPartner(submission, partner.toBuilder().isvConnect(enrollment).build()));
    }

    @Property(tries = TRIES)
    void addingRevenueNeverLowersTheStatus(@ForAll("submissions") Submission submission,
                                           @ForAll @IntRange(min = -1, max = 30) int monthsBack,
                                           @ForAll("amounts") BigDecimal acr, @ForAll("amounts") BigDecimal billed) {
        Partner partner = submission.partner();
        // a solution no generated partner has, in a month from just after the evaluation month to 30 months back
        RevenueRecord revenue = new RevenueRecord("Added Solution",
                YearMonth.from(submission.asOf()).minusMonths(monthsBack), acr, billed);

        assertNotLower(submission, withPartner(submission, partner.toBuilder().revenue(revenue).build()));
    }

    @Property(tries = TRIES)
    void raisingTheIpShareNeverLowersTheStatus(@ForAll("submissions") Submission submission,
                                               @ForAll("percents") BigDecimal raise) {
        Offer offer = submission.offer();
        BigDecimal raised = offer.azureIpSharePercent().add(raise).min(BigDecimal.valueOf(100));

        assertNotLower(submission, withOffer(submission, offer.toBuilder().azureIpSharePercent(raised).build()));
    }

    @Property(tries = TRIES)
    void theLanguageNeverChangesADecision(@ForAll("submissions") Submission submission) {
        assertEquals(EVALUATOR.evaluate(submission), KOREAN.evaluate(submission).withLocale(Locale.ENGLISH));
    }

    private static void assertNotLower(Submission before, Submission after) {
        assertEquals(List.of(), SubmissionValidator.validate(after), "the changed submission is valid");
        Status was = EVALUATOR.evaluate(before).status();
        Status is = EVALUATOR.evaluate(after).status();
        assertTrue(is.compareTo(was) >= 0, "status fell from " + was + " to " + is);
    }

    // ---------------------------------------------------------------------------------------------------------
    // arbitraries

    /** Submissions of the shared generator: boundary ones mostly, realistic ones too. */
    @Provide
    Arbitrary<Submission> submissions() {
        Arbitrary<Long> seeds = Arbitraries.longs();
        Arbitrary<Integer> indexes = Arbitraries.integers().between(0, 1_000);
        Arbitrary<Submission> boundaries = Combinators.combine(seeds, indexes)
                .as((seed, i) -> SubmissionGenerator.boundaries(seed).at(i));
        Arbitrary<Submission> realistic = Combinators.combine(seeds, indexes)
                .as((seed, i) -> SubmissionGenerator.realistic(seed).at(i));
        return Arbitraries.frequencyOf(Tuple.of(3, boundaries), Tuple.of(1, realistic));
    }

    @Provide
    Arbitrary<OfferType> businessApplicationsTypes() {
        return Arbitraries.of(Arrays.stream(OfferType.values())
                .filter(t -> t.route() == IncentiveRoute.BUSINESS_APPLICATIONS).toList());
    }

    @Provide
    Arbitrary<OfferType> servicesTypes() {
        return Arbitraries.of(Arrays.stream(OfferType.values())
                .filter(t -> t.solutionType() == SolutionType.SERVICES).toList());
    }

    @Provide
    Arbitrary<SalesContact> contacts() {
        List<String> codes = new ArrayList<>(COUNTRIES);
        codes.add(SalesContact.ALL_COUNTRIES);
        return Arbitraries.of(codes).set().ofMinSize(1).ofMaxSize(3)
                .map(countries -> new SalesContact("Added Contact", "added@example.com", "Sales", countries));
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("200000")).ofScale(2);
    }

    @Provide
    Arbitrary<BigDecimal> percents() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(2);
    }

    /** One piece of collateral, put in (or replacing) its place. */
    enum CollateralPiece {
        ONE_PAGER, PRESENTATION_DECK, LANDING_PAGE, SOCIAL_MEDIA, OTHER_DOCUMENT;

        Collateral addTo(Collateral c) {
            List<String> others = new ArrayList<>(c.otherDocuments());
            if (this == OTHER_DOCUMENT) {
                others.add("added-case-study.pdf");
            }
            return new Collateral(this == ONE_PAGER ? "added-one-pager.pdf" : c.onePager(),
                    this == PRESENTATION_DECK ? "added-deck.pptx" : c.presentationDeck(),
                    this == LANDING_PAGE ? "https://example.com/added" : c.landingPageUrl(),
                    this == SOCIAL_MEDIA ? "https://www.linkedin.com/company/added" : c.socialMediaUrl(), others);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // helpers

    private static Submission withType(Submission s, OfferType type) {
        Offer o = s.offer();
        return withOffer(s, new Offer(o.id(), o.name(), type, o.listingState(), o.transactable(),
                o.availableToCspResellers(), o.azureIpSharePercent(), o.coSellCountries(), o.contacts(),
                o.collateral()));
    }

    private static Submission withOffer(Submission s, Offer offer) {
        return new Submission(s.partner(), offer, s.asOf());
    }

    private static Submission withPartner(Submission s, Partner partner) {
        return new Submission(partner, s.offer(), s.asOf());
    }
}
