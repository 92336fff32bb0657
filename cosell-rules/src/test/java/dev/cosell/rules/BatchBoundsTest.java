package dev.cosell.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.Collateral;
import dev.cosell.model.Offer;
import dev.cosell.model.SubmissionResult;
import dev.cosell.model.Submission;
import dev.cosell.rules.reference.SubmissionGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code evaluateAll} cuts its input into batches bounded by weight as well as by count, so that the memory in
 * flight is bounded whatever the sizes of the submissions: the submissions of one revision in a batch are at most
 * {@link CoSellEvaluator#BATCH_SIZE}, holding together at most {@link CoSellEvaluator#BATCH_ELEMENTS} list elements,
 * the batch at most {@link CoSellEvaluator#BATCH_REVISIONS} times that and {@link CoSellEvaluator#BATCH_CHARS}
 * characters, or one heavier submission alone. Generated inputs mix light
 * and heavy submissions (long lists of countries and documents, long texts) and invalid ones; the results are
 * those of {@code evaluate}, one by one, in order (R1.1 to R4.3 as the rules assess them).
 */
class BatchBoundsTest {
    private static final long SEED = 20261130L;

    /** A realistic submission made heavy: {@code documents} more documents of {@code chars} characters each. */
    static Submission heavy(Submission s, int documents, int chars) {
        Offer o = s.offer();
        List<String> docs = new ArrayList<>(o.collateral().otherDocuments());
        for (int i = 0; i < documents; i++) {
            String name = "doc-" + i + ".pdf";
            docs.add(name.length() >= chars ? name : "d".repeat(chars - name.length()) + name);
        }
        Collateral c = o.collateral();
        Offer offer = new Offer(o.id(), o.name(), o.type(), o.listingState(), o.transactable(),
                o.availableToCspResellers(), o.azureIpSharePercent(), o.coSellCountries(), o.contacts(),
                new Collateral(c.onePager(), c.presentationDeck(), c.landingPageUrl(), c.socialMediaUrl(), docs),
                o.reviewState());
        return new Submission(s.partner(), offer, s.asOf());
    }

    /** Inputs of a seed: light, heavy in elements, heavy in text, and null (unreadable) submissions. */
    static List<Submission> input(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Submission> input = new ArrayList<>();
        SubmissionGenerator.realisticSubmissions(seed, count).forEach(s -> input.add(switch (random.nextInt(6)) {
            case 0 -> heavy(s, random.nextInt(100, 12_000), 0);
            case 1 -> heavy(s, random.nextInt(1, 30), random.nextInt(1_000, 100_000));
            case 2 -> random.nextInt(4) == 0 ? null : s;
            default -> s;
        }));
        return input;
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 12).mapToObj(i -> SEED + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void givenSubmissionsOfAnyWeightAndDate_whenBatched_thenEachRevisionAndBatchIsWithinTheBoundsAndNoneIsCutEarly(
            long seed) {
        List<Submission> input = input(seed, 1_200);
        CoSellEvaluator dated = CoSellEvaluator.create();
        java.util.function.Function<Submission, Object> revision = s -> s == null ? null
                : dated.revisionOn(s.asOf()).orElse(null);
        CoSellEvaluator.Batcher batcher = new CoSellEvaluator.Batcher(input.iterator(), revision);
        List<List<Submission>> batches = new ArrayList<>();
        while (true) {
            List<Submission> batch = new ArrayList<>();
            assertEquals(null, batcher.read(batch));
            if (batch.isEmpty()) {
                break;
            }
            batches.add(batch);
        }

        List<Submission> all = new ArrayList<>();
        int mixed = 0;
        int limit = CoSellEvaluator.BATCH_REVISIONS;
        for (int b = 0; b < batches.size(); b++) {
            List<Submission> batch = batches.get(b);
            java.util.Map<Object, List<Submission>> groups = new java.util.HashMap<>();
            batch.forEach(s -> groups.computeIfAbsent(revision.apply(s), r -> new ArrayList<>()).add(s));
            mixed += groups.size() > 1 ? 1 : 0;
            for (List<Submission> group : groups.values()) {
                long[] weight = weigh(group);
                assertTrue(group.size() <= CoSellEvaluator.BATCH_SIZE && (group.size() == 1
                        || weight[0] <= CoSellEvaluator.BATCH_ELEMENTS),
                        "batch " + b + ": a revision's " + group.size() + " submissions weigh " + weight[0]
                                + " elements, " + weight[1] + " chars");
            }
            long[] weight = weigh(batch);
            assertTrue(batch.size() <= limit * CoSellEvaluator.BATCH_SIZE && (batch.size() == 1
                    || weight[0] <= (long) limit * CoSellEvaluator.BATCH_ELEMENTS
                    && weight[1] <= CoSellEvaluator.BATCH_CHARS), "batch " + b + " of " + batch.size()
                    + " weighs " + weight[0] + " elements, " + weight[1] + " chars");
            if (b + 1 < batches.size()) {
                // cut only because the next submission would take its revision or the batch beyond a bound
                Submission first = batches.get(b + 1).get(0);
                List<Submission> group = new ArrayList<>(groups.getOrDefault(revision.apply(first), List.of()));
                group.add(first);
                List<Submission> more = new ArrayList<>(batch);
                more.add(first);
                long[] overGroup = weigh(group);
                long[] over = weigh(more);
                assertTrue(group.size() > CoSellEvaluator.BATCH_SIZE || overGroup[0] > CoSellEvaluator.BATCH_ELEMENTS
                        || more.size() > limit * CoSellEvaluator.BATCH_SIZE
                        || over[0] > (long) limit * CoSellEvaluator.BATCH_ELEMENTS
                        || over[1] > CoSellEvaluator.BATCH_CHARS, "batch " + b + " was cut early");
            }
            all.addAll(batch);
        }
        assertEquals(input, all, "every submission, in order, once");
        assertTrue(mixed > batches.size() / 2, "the dates mix revisions in most batches: " + mixed);
        assertTrue(batches.size() > input.size() / (limit * CoSellEvaluator.BATCH_SIZE) + 1, "heavy inputs cut batches");
    }

    @Test
    void givenInputOfOneRevision_whenBatched_thenBatchesAreCutAtTheBoundsOfOne() {
        List<Submission> input = input(SEED + 50, 1_200);
        CoSellEvaluator.Batcher batcher = new CoSellEvaluator.Batcher(input.iterator(), null);
        int batches = 0;
        while (true) {
            List<Submission> batch = new ArrayList<>();
            batcher.read(batch);
            if (batch.isEmpty()) {
                break;
            }
            long[] weight = weigh(batch);
            assertTrue(batch.size() == 1 || weight[0] <= CoSellEvaluator.BATCH_ELEMENTS
                    && weight[1] <= CoSellEvaluator.BATCH_CHARS && batch.size() <= CoSellEvaluator.BATCH_SIZE);
            batches++;
        }
        assertTrue(batches > 1);
    }

    private static long[] weigh(List<Submission> batch) {
        long[] total = {0, 0};
        for (Submission s : batch) {
            long[] w = CoSellEvaluator.weight(s);
            total[0] += w[0];
            total[1] += w[1];
        }
        return total;
    }

    @Test
    void givenHeavySubmissions_whenEvaluatedAll_thenEachResultIsItsOwnEvaluationInOrder() {
        List<Submission> input = input(SEED + 100, 300);
        CoSellEvaluator evaluator = CoSellEvaluator.create().forRevision("2020-05-19");

        List<SubmissionResult> results;
        try (Stream<SubmissionResult> all = evaluator.evaluateAll(input.stream())) {
            results = all.toList();
        }

        assertEquals(input.size(), results.size());
        for (int i = 0; i < input.size(); i++) {
            SubmissionResult result = results.get(i);
            assertEquals(i, result.position());
            Submission s = input.get(i);
            if (s == null) {
                assertTrue(result.assessment().isEmpty(), "submission " + i);
            } else {
                assertEquals(evaluator.evaluate(s).status(), result.assessment().orElseThrow().status(),
                        "submission " + i);
                assertEquals(evaluator.evaluate(s).findings(), result.assessment().orElseThrow().findings(),
                        "submission " + i);
            }
        }
    }
}
