package dev.cosell.rules;

import static dev.cosell.rules.Fixtures.AS_OF;
import static dev.cosell.rules.Fixtures.EVALUATOR;
import static dev.cosell.rules.Fixtures.partnerAtThreshold;
import static dev.cosell.rules.Fixtures.saas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.Assessment;
import dev.cosell.model.Competency;
import dev.cosell.model.Finding;
import dev.cosell.model.IsvConnectEnrollment;
import dev.cosell.model.Offer;
import dev.cosell.model.OfferType;
import dev.cosell.model.Partner;
import dev.cosell.model.Requirement;
import dev.cosell.model.RevenueRecord;
import dev.cosell.model.SalesContact;
import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionResult;
import dev.cosell.model.Violation;
import dev.cosell.rules.reference.SubmissionGenerator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a caller can rely on: invalid input is named in full, never a {@link NullPointerException};
 * {@code evaluateAll} is lazy, ordered, closes its source and isolates invalid submissions; assessments are
 * immutable.
 */
class EvaluatorContractTest {

    private static List<String> paths(InvalidSubmissionException e) {
        return e.violations().stream().map(Violation::path).toList();
    }

    @Test
    void givenNothingAtAll_thenEveryMissingPartIsNamed() {
        InvalidSubmissionException e = assertThrows(InvalidSubmissionException.class,
                () -> EVALUATOR.evaluate(null, null, null));
        assertEquals(Set.of("asOf", "partner", "offer"), Set.copyOf(paths(e)));
        assertTrue(e.getMessage().contains("asOf: is missing"), e.getMessage());

        InvalidSubmissionException noSubmission = assertThrows(InvalidSubmissionException.class,
                () -> EVALUATOR.evaluate(null));
        assertEquals(List.of(new Violation("submission", "is missing")), noSubmission.violations());
    }

    @Test
    void givenASubmissionWithManyProblems_thenEveryProblemIsNamedWithItsPathAtOnce() {
        Partner partner = new Partner(" ", null, true,
                Arrays.asList(new Competency("Cloud Platform", null, AS_OF, null), null),
                List.of(new IsvConnectEnrollment(null, null, AS_OF)),
                List.of(new RevenueRecord("", null, BigDecimal.ONE, null)));
        Offer offer = new Offer("", "Offer", null, null, false, false, new BigDecimal("100.01"), Set.of("US"),
                Arrays.asList(new SalesContact("Jane", " ", "Sales", Set.of("US")), null), null);

        InvalidSubmissionException e = assertThrows(InvalidSubmissionException.class,
                () -> EVALUATOR.evaluate(partner, offer, AS_OF));

        assertEquals(List.of(
                "partner.id", "partner.name", "partner.competencies[0].level", "partner.competencies[0].endDate",
                "partner.competencies[1]", "partner.isvConnectEnrollments[0].tier",
                "partner.isvConnectEnrollments[0].startDate", "partner.revenue[0].solution",
                "partner.revenue[0].month", "partner.revenue[0].billedUsd", "offer.id", "offer.type",
                "offer.listingState", "offer.azureIpSharePercent", "offer.contacts[0].email", "offer.contacts[1]",
                "offer.collateral"), paths(e));
        assertTrue(e.violations().contains(new Violation("offer.azureIpSharePercent",
                "is 100.01; must be between 0 and 100")), e.violations()::toString);
        assertTrue(e.violations().contains(new Violation("partner.id", "is blank")));
        for (Violation v : e.violations()) {
            assertTrue(e.getMessage().contains(v.toString()), () -> v + " not in " + e.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "100.01", "1000"})
    void givenAShareOfIpCodeOutsideZeroToHundred_thenTheSubmissionIsRejected(String share) {
        InvalidSubmissionException e = assertThrows(InvalidSubmissionException.class,
                () -> Fixtures.evaluate(partnerAtThreshold(), saas().azureIpSharePercent(share)));
        assertEquals(List.of("offer.azureIpSharePercent"), paths(e));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "100", "100.00"})
    void givenAShareOfIpCodeAtZeroOrHundred_thenTheSubmissionIsEvaluated(String share) {
        assertEquals(EVALUATOR.revisions().get(0).rows().size(),
                Fixtures.evaluate(partnerAtThreshold(), saas().azureIpSharePercent(share)).findings().size());
    }

    @Test
    void givenAMissingShareOfIpCode_thenItIsNamedNotDereferenced() {
        InvalidSubmissionException e = assertThrows(InvalidSubmissionException.class,
                () -> Fixtures.evaluate(partnerAtThreshold(), saas().azureIpSharePercent((BigDecimal) null)));
        assertEquals(List.of(new Violation("offer.azureIpSharePercent", "is missing")), e.violations());
    }

    @Test
    void givenANullStream_thenEvaluateAllRejectsItByName() {
        InvalidSubmissionException e = assertThrows(InvalidSubmissionException.class,
                () -> EVALUATOR.evaluateAll(null));
        assertEquals(List.of("submissions"), paths(e));
    }

    @Test
    void givenAnEndlessStream_whenTakingTheFirstResult_thenAtMostOneBatchIsRead() {
        AtomicInteger pulled = new AtomicInteger();
        SubmissionGenerator generator = SubmissionGenerator.boundaries(7);
        Stream<Submission> endless = Stream.generate(generator::next).peek(s -> pulled.incrementAndGet());

        try (Stream<SubmissionResult> results = EVALUATOR.evaluateAll(endless)) {
            assertTrue(results.findFirst().orElseThrow().isAssessed());
        }
        assertTrue(pulled.get() >= 1 && pulled.get() <= 256, "read " + pulled.get() + " submissions");
    }

    @Test
    void givenNothingTaken_thenNothingIsRead() {
        AtomicInteger pulled = new AtomicInteger();
        Stream<Submission> source = SubmissionGenerator.submissions(7, 10).peek(s -> pulled.incrementAndGet());
        Stream<SubmissionResult> results = EVALUATOR.evaluateAll(source);
        assertEquals(0, pulled.get());
        results.close();
    }

    @Test
    void givenMoreThanOneBatch_thenResultsKeepTheInputOrderAndPositions() {
        List<Submission> input = SubmissionGenerator.submissions(11, 600).toList();

        List<SubmissionResult> results;
        try (Stream<SubmissionResult> stream = EVALUATOR.evaluateAll(input.stream())) {
            results = stream.toList();
        }

        assertEquals(input.size(), results.size());
        for (int i = 0; i < input.size(); i++) {
            SubmissionResult result = results.get(i);
            assertEquals(i, result.position());
            assertEquals(input.get(i), result.submission());
            assertEquals(input.get(i).offer().id(), result.assessment().orElseThrow().offerId());
        }
        // a batch gives what one evaluation gives
        assertEquals(EVALUATOR.evaluate(input.get(300)), results.get(300).assessment().orElseThrow());
    }

    @Test
    void givenAResultStream_whenClosed_thenItsSourceIsClosed() {
        AtomicBoolean closed = new AtomicBoolean();
        Stream<Submission> source = SubmissionGenerator.submissions(3, 5).onClose(() -> closed.set(true));

        try (Stream<SubmissionResult> results = EVALUATOR.evaluateAll(source)) {
            assertEquals(5, results.count());
            assertFalse(closed.get());
        }
        assertTrue(closed.get());
    }

    @Test
    void givenInvalidSubmissionsInABatch_thenTheyAreRejectedAndTheOthersStillAssessed() {
        Submission valid = Submission.of(partnerAtThreshold().build(), saas().build(), AS_OF);
        Submission invalid = Submission.of(partnerAtThreshold().build(),
                Offer.builder(" ", "Broken", OfferType.SAAS).azureIpSharePercent("101").build(), AS_OF);
        List<Submission> input = Arrays.asList(valid, invalid, null, valid);

        List<SubmissionResult> results;
        try (Stream<SubmissionResult> stream = EVALUATOR.evaluateAll(input.stream())) {
            results = stream.toList();
        }

        assertEquals(4, results.size());
        Assessment expected = EVALUATOR.evaluate(valid);
        assertEquals(expected, results.get(0).assessment().orElseThrow());
        assertEquals(expected, results.get(3).assessment().orElseThrow());
        assertFalse(results.get(1).isAssessed());
        assertEquals(List.of("offer.id", "offer.azureIpSharePercent"),
                results.get(1).violations().stream().map(Violation::path).toList());
        assertEquals(invalid, results.get(1).submission());
        assertEquals(List.of(new Violation("submission", "is missing")), results.get(2).violations());
        assertEquals(List.of(0L, 1L, 2L, 3L), results.stream().map(SubmissionResult::position).toList());
    }

    @Test
    void givenABatchOfOnlyInvalidSubmissions_thenEachIsRejected() {
        List<Submission> input = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            input.add(Submission.of(null, null, AS_OF));
        }
        try (Stream<SubmissionResult> stream = EVALUATOR.evaluateAll(input.stream())) {
            assertTrue(stream.noneMatch(SubmissionResult::isAssessed));
        }
    }

    @Test
    void givenAnAssessment_thenItsListsCannotBeChanged() {
        Assessment a = Fixtures.evaluate(partnerAtThreshold(), saas().transactable(true).availableToCspResellers(true));
        Finding any = a.findings().get(0);

        assertThrows(UnsupportedOperationException.class, () -> a.findings().add(any));
        assertThrows(UnsupportedOperationException.class, () -> a.findings().clear());
        assertThrows(UnsupportedOperationException.class, () -> a.benefits().clear());
        assertThrows(UnsupportedOperationException.class, () -> a.channels().clear());
        assertThrows(UnsupportedOperationException.class, () -> a.nextSteps().clear());
        assertThrows(UnsupportedOperationException.class, () -> a.firedRules().clear());
        assertThrows(UnsupportedOperationException.class, () -> any.arguments().clear());
        Iterator<Finding> it = a.findings().iterator();
        it.next();
        assertThrows(UnsupportedOperationException.class, it::remove);
    }

    @Test
    void givenTheSameSubmission_thenTheAssessmentIsTheSameEveryTime() {
        Submission s = SubmissionGenerator.boundaries(5).at(42);
        assertEquals(EVALUATOR.evaluate(s), EVALUATOR.evaluate(s));
        assertEquals(s, SubmissionGenerator.boundaries(5).at(42), "the generator is reproducible");
    }
}
