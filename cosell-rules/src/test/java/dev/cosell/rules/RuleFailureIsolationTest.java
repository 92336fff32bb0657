package dev.cosell.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionResult;
import dev.cosell.model.SubmissionValidator;
import dev.cosell.rules.HostileRules.Hostile;
import dev.cosell.rules.reference.SubmissionGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rules that never stop and rules whose action throws fail the submission they act on, and only that one: the
 * evaluator names the rule and the offer, evaluates every other submission of the batch as if nothing happened,
 * and keeps serving. Batches of generated sizes (across batch boundaries) with hostile submissions of every kind
 * at generated positions, sequential and parallel.
 */
class RuleFailureIsolationTest {

    static LongStream seeds() {
        return LongStream.range(0, 16);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aSubmissionTheRulesFailOnFailsAloneNamingTheRuleAndTheOffer(long seed) {
        Random random = new Random(seed);
        int count = 1 + random.nextInt(600);
        List<Submission> ordinary = SubmissionGenerator.realisticSubmissions(seed, count).toList();
        List<Submission> valid = ordinary.stream().filter(s -> SubmissionValidator.validate(s).isEmpty()).toList();
        List<Submission> batch = new ArrayList<>(ordinary);
        TreeMap<Integer, Hostile> hostileAt = new TreeMap<>();
        List<Hostile> kinds = HostileRules.all();
        for (int k = 1 + random.nextInt(4); k > 0; k--) {
            int position = random.nextInt(count);
            Hostile hostile = kinds.get(random.nextInt(kinds.size()));
            hostileAt.put(position, hostile);
            batch.set(position, HostileRules.actedOnBy(hostile, valid.get(random.nextInt(valid.size()))));
        }
        int parallelism = 1 + random.nextInt(3);

        List<SubmissionResult> results = HostileRules.EVALUATOR.withParallelism(parallelism)
                .evaluateAll(batch.stream()).toList();
        List<SubmissionResult> reference = Fixtures.EVALUATOR.evaluateAll(ordinary.stream()).toList();

        assertEquals(count, results.size());
        for (int i = 0; i < count; i++) {
            SubmissionResult result = results.get(i);
            Hostile hostile = hostileAt.get(i);
            if (hostile == null) {
                // the hostile rules are a folder: one revision for every date, without the calendar's notices
                assertEquals(Fixtures.withoutRevision(reference.get(i)), Fixtures.withoutRevision(result),
                        "submission " + i + " not acted on by a hostile rule");
            } else {
                assertTrue(result.isFailed(), "submission " + i + " acted on by " + hostile.rules() + ": " + result);
                assertEquals(i, result.position());
                assertSame(batch.get(i), result.submission());
                assertNamesRuleAndOffer(hostile, batch.get(i),
                        assertInstanceOf(EvaluationException.class, result.failure().orElseThrow()));
            }
        }
        Submission one = batch.get(hostileAt.firstKey());
        assertNamesRuleAndOffer(hostileAt.firstEntry().getValue(), one,
                assertThrows(EvaluationException.class, () -> HostileRules.EVALUATOR.evaluate(one)));
        // the evaluator keeps serving, its pooled sessions clean
        Submission after = valid.get(random.nextInt(valid.size()));
        assertEquals(Fixtures.EVALUATOR.evaluate(after), HostileRules.EVALUATOR.evaluate(after));
    }

    static List<Hostile> runaways() {
        return HostileRules.RUNAWAY;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runaways")
    void aRuleThatDoesNotStopIsStoppedByTheTimeLimitWhenTheFireLimitIsOff(Hostile hostile) {
        Submission ordinary = SubmissionGenerator.realisticSubmissions(7, 40)
                .filter(s -> SubmissionValidator.validate(s).isEmpty()).findFirst().orElseThrow();
        Submission submission = HostileRules.actedOnBy(hostile, ordinary);
        // the first evaluations of a rule set build its sessions and warm the JIT: not the rules' own time
        for (int i = 0; i < 3; i++) {
            HostileRules.EVALUATOR.evaluate(ordinary);
        }
        CoSellEvaluator evaluator = HostileRules.EVALUATOR.withFireLimit(Integer.MAX_VALUE)
                .withTimeLimit(Duration.ofMillis(1_000 + 100L * hostile.partnerId().length()));

        EvaluationException e = assertThrows(EvaluationException.class, () -> evaluator.evaluate(submission));

        assertTrue(e.getMessage().contains("time limit"), e.getMessage());
        assertNamesRuleAndOffer(hostile, submission, e);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runaways")
    void aRuleThatDoesNotStopStopsWhenTheThreadIsInterrupted(Hostile hostile) throws InterruptedException {
        Submission submission = HostileRules.actedOnBy(hostile, SubmissionGenerator.realisticSubmissions(9, 40)
                .filter(s -> SubmissionValidator.validate(s).isEmpty()).findFirst().orElseThrow());
        CoSellEvaluator unlimited = HostileRules.EVALUATOR.withFireLimit(Integer.MAX_VALUE)
                .withTimeLimit(Duration.ofDays(1));
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        Thread evaluating = new Thread(() -> {
            try {
                unlimited.evaluate(submission);
            } catch (Throwable e) {
                thrown.set(e);
            }
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        evaluating.start();
        Thread.sleep(20 * hostile.partnerId().length() % 150);
        evaluating.interrupt();
        evaluating.join(Duration.ofMinutes(2).toMillis());

        assertFalse(evaluating.isAlive(), "the evaluation did not stop when interrupted");
        EvaluationException e = assertInstanceOf(EvaluationException.class, thrown.get());
        assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
        assertTrue(stillInterrupted.get(), "the interrupt status was cleared");
    }

    @Test
    void theLimitsAreConfigurableAndRefuseNonsense() {
        assertEquals(10_000, Fixtures.EVALUATOR.fireLimit());
        assertEquals(Duration.ofSeconds(10), Fixtures.EVALUATOR.timeLimit());
        CoSellEvaluator changed = Fixtures.EVALUATOR.withFireLimit(500).withTimeLimit(Duration.ofSeconds(3))
                .withParallelism(2).withLocale(java.util.Locale.KOREAN);
        assertEquals(500, changed.fireLimit());
        assertEquals(Duration.ofSeconds(3), changed.timeLimit());
        assertEquals(10_000, Fixtures.EVALUATOR.fireLimit());
        for (int limit : new int[] {0, -1, Integer.MIN_VALUE}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Fixtures.EVALUATOR.withFireLimit(limit));
            assertTrue(e.getMessage().contains("firesPerSubmission"), e.getMessage());
        }
        for (Duration limit : new Duration[] {null, Duration.ZERO, Duration.ofMillis(-1)}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Fixtures.EVALUATOR.withTimeLimit(limit));
            assertTrue(e.getMessage().contains("limit"), e.getMessage());
        }
    }

    @ParameterizedTest(name = "fire limit {0}")
    @MethodSource("fireLimits")
    void aFireLimitBelowWhatTheRulesNeedFailsEverySubmissionNamingTheLimit(int limit) {
        List<Submission> submissions = SubmissionGenerator.realisticSubmissions(limit, 20)
                .filter(s -> SubmissionValidator.validate(s).isEmpty()).toList();
        List<SubmissionResult> results = Fixtures.EVALUATOR.withFireLimit(limit).evaluateAll(submissions.stream())
                .toList();
        for (SubmissionResult r : results) {
            EvaluationException e = assertInstanceOf(EvaluationException.class, r.failure().orElseThrow());
            assertTrue(e.getMessage().contains("fired more than " + limit + " times"), e.getMessage());
            assertTrue(e.getMessage().contains(r.submission().offer().id()), e.getMessage());
        }
    }

    static Stream<Integer> fireLimits() {
        return Stream.of(1, 2, 3, 5, 8, 13);
    }

    static Stream<long[]> sourceFailures() {
        Random random = new Random(11);
        return Stream.generate(() -> new long[] {random.nextInt(900), 1 + random.nextInt(4)}).limit(16);
    }

    @ParameterizedTest(name = "source fails after {0}")
    @MethodSource("sourceFailures")
    void whenTheSourceFailsEveryResultBeforeTheFailureComesOutThenTheFailure(long[] failure) {
        int failAt = (int) failure[0];
        int parallelism = (int) failure[1];
        List<Submission> submissions = SubmissionGenerator.realisticSubmissions(failAt, failAt).toList();
        IllegalStateException broken = new IllegalStateException("the source broke at " + failAt);
        Stream<Submission> source = Stream.iterate(0, i -> i + 1).map(i -> {
            if (i == failAt) {
                throw broken;
            }
            return submissions.get(i);
        });
        List<SubmissionResult> delivered = new ArrayList<>();
        try (Stream<SubmissionResult> results = Fixtures.EVALUATOR.withParallelism(parallelism).evaluateAll(source)) {
            Iterator<SubmissionResult> it = results.iterator();
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
                while (it.hasNext()) {
                    delivered.add(it.next());
                }
            });
            assertSame(broken, e);
        }
        assertEquals(failAt, delivered.size(), "parallelism " + parallelism);
        assertEquals(Fixtures.EVALUATOR.evaluateAll(submissions.stream()).toList(), delivered);
    }

    private static void assertNamesRuleAndOffer(Hostile hostile, Submission submission, EvaluationException e) {
        assertTrue(e.rule().isPresent() && hostile.rules().contains(e.rule().get()),
                "expected one of " + hostile.rules() + ", got " + e.rule() + ": " + e.getMessage());
        assertTrue(e.getMessage().contains("\"" + e.rule().get() + "\""), e.getMessage());
        assertTrue(e.getMessage().contains(submission.offer().id()), e.getMessage());
        assertTrue(e.getMessage().contains(submission.partner().id()), e.getMessage());
    }
}
