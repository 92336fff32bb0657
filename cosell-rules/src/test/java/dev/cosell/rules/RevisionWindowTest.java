package dev.cosell.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.Revision;
import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionResult;
import dev.cosell.rules.reference.SubmissionGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code evaluateAll} reads submissions whose dates fall under several revisions in windows of several batches, so
 * that each revision's rule session holds about a batch rather than a batch's share: a window is one batch when its
 * submissions share a revision (as before there were revisions), otherwise as many batches as revisions, at most
 * {@link CoSellEvaluator#WINDOW_BATCHES}, and no further batch once it holds half a batch's text. Inputs are generated with dates spread over every revision (2020-05-19
 * to 2023-08-24) and the inputs of the later revisions, in no order, light, heavy and invalid; the results are each submission's own evaluation under
 * the revision in force on its date, in input order, one thread or two.
 */
class RevisionWindowTest {
    private static final long SEED = 20261130L;
    private static final CoSellEvaluator EVALUATOR = CoSellEvaluator.create();

    static Stream<Long> seeds() {
        return IntStream.range(0, 8).mapToObj(i -> SEED + i);
    }

    /** Realistic submissions, each dated inside a revision drawn at random. */
    static List<Submission> mixed(long seed, int count) {
        List<Revision> revisions = EVALUATOR.revisions();
        return SubmissionGenerator.realistic(seed).withRevisionInputs().dated(i -> {
            SplittableRandom random = new SplittableRandom(seed * 31 + i);
            int r = random.nextInt(revisions.size());
            LocalDate from = revisions.get(r).effectiveFrom();
            LocalDate until = r + 1 < revisions.size() ? revisions.get(r + 1).effectiveFrom() : from.plusDays(60);
            return from.plusDays(random.nextInt((int) (until.toEpochDay() - from.toEpochDay())));
        }).stream(count).toList();
    }

    /** Mixed submissions, some made heavy, some null. */
    static List<Submission> input(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Submission> input = new ArrayList<>();
        for (Submission s : mixed(seed, count)) {
            input.add(switch (random.nextInt(8)) {
                case 0 -> BatchBoundsTest.heavy(s, random.nextInt(100, 12_000), 0);
                case 1 -> BatchBoundsTest.heavy(s, random.nextInt(1, 30), random.nextInt(1_000, 100_000));
                case 2 -> random.nextInt(4) == 0 ? null : s;
                default -> s;
            });
        }
        return input;
    }

    private static Object revision(Submission s) {
        return s == null ? null : EVALUATOR.revisionOn(s.asOf()).orElse(null);
    }

    private static List<List<Submission>> windows(List<Submission> input,
                                                  java.util.function.Function<Submission, Object> revision) {
        CoSellEvaluator.Window window = new CoSellEvaluator.Window(new CoSellEvaluator.Batcher(input.iterator()),
                revision);
        List<List<Submission>> windows = new ArrayList<>();
        while (true) {
            List<Submission> read = new ArrayList<>();
            assertEquals(null, window.read(read));
            if (read.isEmpty()) {
                return windows;
            }
            windows.add(read);
            assertEquals(batches(read).size(), window.batches(), "the batches a window says it holds");
        }
    }

    private static long chars(List<Submission> submissions) {
        return submissions.stream().mapToLong(s -> CoSellEvaluator.weight(s)[1]).sum();
    }

    private static List<List<Submission>> batches(List<Submission> input) {
        CoSellEvaluator.Batcher batcher = new CoSellEvaluator.Batcher(input.iterator());
        List<List<Submission>> batches = new ArrayList<>();
        while (true) {
            List<Submission> batch = new ArrayList<>();
            assertEquals(null, batcher.read(batch));
            if (batch.isEmpty()) {
                return batches;
            }
            batches.add(batch);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void givenSubmissionsOfOneRevision_whenWindowed_thenEachWindowIsOneBatch(long seed) {
        List<Submission> input = input(seed, 1_500);

        assertEquals(batches(input), windows(input, s -> s == null ? null : "one revision"));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void givenMixedRevisions_whenWindowed_thenEachWindowHoldsNoMoreBatchesThanRevisionsUpToTheLimit(long seed) {
        List<Submission> input = input(seed, 3_000);

        List<List<Submission>> windows = windows(input, RevisionWindowTest::revision);

        List<Submission> all = new ArrayList<>();
        for (int w = 0; w < windows.size(); w++) {
            List<Submission> window = windows.get(w);
            int batches = batches(window).size();
            Set<Object> revisions = new HashSet<>(window.stream().map(RevisionWindowTest::revision)
                    .filter(Objects::nonNull).toList());
            assertTrue(batches <= CoSellEvaluator.WINDOW_BATCHES, "window " + w + " holds " + batches + " batches");
            // one batch fewer would have held more revisions than batches
            List<Submission> fewer = window.subList(0, window.size() - batches(window).get(batches - 1).size());
            long fewerRevisions = fewer.stream().map(RevisionWindowTest::revision).filter(Objects::nonNull).distinct()
                    .count();
            assertTrue(batches == 1 || fewerRevisions > batches - 1 && chars(fewer) < CoSellEvaluator.BATCH_CHARS / 2,
                    "window " + w + " read a batch too many");
            assertTrue(w == windows.size() - 1 || revisions.size() <= batches
                    || batches == CoSellEvaluator.WINDOW_BATCHES || chars(window) >= CoSellEvaluator.BATCH_CHARS / 2,
                    "window " + w + " was cut early");
            all.addAll(window);
        }
        assertEquals(input, all, "every submission, in order, once");
        assertTrue(windows.stream().anyMatch(w -> batches(w).size() > 1), "mixed dates widen windows");
        assertTrue(windows.stream().anyMatch(w -> batches(w).size() < CoSellEvaluator.WINDOW_BATCHES
                && chars(w) >= CoSellEvaluator.BATCH_CHARS / 2), "text narrows windows");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void givenMixedRevisionsOfAnyWeight_whenEvaluatedAll_thenEachResultIsItsOwnEvaluationInOrder(long seed) {
        List<Submission> input = input(seed, 700);
        int parallelism = 1 + (int) (seed % 2);
        CoSellEvaluator evaluator = EVALUATOR.withParallelism(parallelism);

        List<SubmissionResult> results;
        try (Stream<SubmissionResult> all = evaluator.evaluateAll(input.stream())) {
            results = all.toList();
        }

        assertEquals(input.size(), results.size());
        for (int i = 0; i < input.size(); i++) {
            SubmissionResult result = results.get(i);
            assertEquals(i, result.position());
            Submission s = input.get(i);
            assertTrue(result.submission() == s, "submission " + i + " in its place");
            if (s == null) {
                assertTrue(result.assessment().isEmpty(), "submission " + i);
            } else {
                var alone = EVALUATOR.evaluate(s);
                var assessment = result.assessment().orElseThrow();
                assertEquals(alone.revision(), assessment.revision(), "submission " + i);
                assertEquals(alone.status(), assessment.status(), "submission " + i);
                assertEquals(alone.findings(), assessment.findings(), "submission " + i);
                assertEquals(alone.notices(), assessment.notices(), "submission " + i);
            }
        }
    }
}
