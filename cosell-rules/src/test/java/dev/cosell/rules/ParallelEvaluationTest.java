package dev.cosell.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.Offer;
import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionResult;
import dev.cosell.rules.reference.SubmissionGenerator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code withParallelism}: batches evaluated at once give the results of one thread, in order. */
class ParallelEvaluationTest {
    static final CoSellEvaluator EVALUATOR = Fixtures.EVALUATOR;

    /** Generated submissions with every seventh made invalid (its offer without a name). */
    static List<Submission> submissions(int count) {
        List<Submission> submissions = new ArrayList<>(SubmissionGenerator.submissions(77L, count).toList());
        for (int i = 0; i < submissions.size(); i += 7) {
            Submission s = submissions.get(i);
            Offer o = s.offer();
            submissions.set(i, new Submission(s.partner(), new Offer(o.id(), " ", o.type(), o.listingState(),
                    o.transactable(), o.availableToCspResellers(), o.azureIpSharePercent(), o.coSellCountries(),
                    o.contacts(), o.collateral()), s.asOf()));
        }
        return submissions;
    }

    @Test
    void severalBatchesAtOnceGiveTheResultsOfOneThreadInOrder() {
        List<Submission> submissions = submissions(5_000);
        List<SubmissionResult> sequential = EVALUATOR.evaluateAll(submissions.stream()).toList();
        for (int parallelism : new int[] {2, 4}) {
            CoSellEvaluator parallel = EVALUATOR.withParallelism(parallelism);
            assertEquals(parallelism, parallel.parallelism());
            assertEquals(sequential, parallel.evaluateAll(submissions.stream()).toList(), "parallelism " + parallelism);
        }
        assertTrue(sequential.stream().anyMatch(r -> !r.isAssessed()), "some submissions must be invalid");
        assertEquals(1, EVALUATOR.parallelism());
    }

    @Test
    void itReadsAtMostTheBatchesInFlightAheadAndClosesItsSource() {
        AtomicInteger read = new AtomicInteger();
        AtomicBoolean closed = new AtomicBoolean();
        Stream<Submission> input = submissions(3_000).stream().peek(s -> read.incrementAndGet())
                .onClose(() -> closed.set(true));
        try (Stream<SubmissionResult> results = EVALUATOR.withParallelism(3).evaluateAll(input)) {
            Iterator<SubmissionResult> it = results.iterator();
            assertEquals(0, it.next().position());
            assertTrue(read.get() <= 3 * CoSellEvaluator.BATCH_SIZE, "read " + read.get() + " submissions ahead");
            assertEquals(1, it.next().position());
        }
        assertTrue(closed.get());
    }

    @Test
    void aFailureOfTheRulesInAPooledBatchIsTheResultOfEachSubmissionItFailsOn() {
        CoSellEvaluator broken = EVALUATOR.withoutRules(List.of("R1.2 business profile complete",
                "R1.2 business profile incomplete")).withParallelism(2);
        List<SubmissionResult> results = broken.evaluateAll(submissions(1_000).stream()).toList();
        assertEquals(1_000, results.size());
        for (SubmissionResult r : results) {
            if (!r.isFailed()) {
                assertTrue(!r.violations().isEmpty(), "assessed although R1.2 has no rule: " + r);
                continue;
            }
            EvaluationException e = (EvaluationException) r.failure().orElseThrow();
            assertTrue(e.getMessage().contains("R1.2 has 0 findings"), e.getMessage());
            assertTrue(e.getMessage().contains(r.submission().offer().id()), e.getMessage());
        }
    }

    @Test
    void lessThanOneBatchInFlightIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EVALUATOR.withParallelism(0));
        assertTrue(e.getMessage().contains("at least 1"), e.getMessage());
    }
}
