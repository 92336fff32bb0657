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
 * flight is bounded whatever the sizes of the submissions: at most {@link CoSellEvaluator#BATCH_SIZE}
 * submissions holding together at most {@link CoSellEvaluator#BATCH_ELEMENTS} list elements and
 * {@link CoSellEvaluator#BATCH_CHARS} characters, or one heavier submission alone. Generated inputs mix light
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
    void givenSubmissionsOfAnyWeight_whenBatched_thenEachBatchIsWithinTheBoundsOrOneSubmissionAndNoneIsCutEarly(
            long seed) {
        List<Submission> input = input(seed, 600);
        CoSellEvaluator.Batcher batcher = new CoSellEvaluator.Batcher(input.iterator());
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
        for (int b = 0; b < batches.size(); b++) {
            List<Submission> batch = batches.get(b);
            assertTrue(!batch.isEmpty() && batch.size() <= CoSellEvaluator.BATCH_SIZE, "batch " + b);
            long[] weight = weigh(batch);
            assertTrue(batch.size() == 1 || weight[0] <= CoSellEvaluator.BATCH_ELEMENTS
                    && weight[1] <= CoSellEvaluator.BATCH_CHARS, "batch " + b + " of " + batch.size() + " weighs "
                    + weight[0] + " elements, " + weight[1] + " chars");
            if (b + 1 < batches.size() && batch.size() < CoSellEvaluator.BATCH_SIZE) {
                // cut only because the next submission would not fit
                List<Submission> more = new ArrayList<>(batch);
                more.add(batches.get(b + 1).get(0));
                long[] over = weigh(more);
                assertTrue(over[0] > CoSellEvaluator.BATCH_ELEMENTS || over[1] > CoSellEvaluator.BATCH_CHARS,
                        "batch " + b + " was cut early");
            }
            all.addAll(batch);
        }
        assertEquals(input, all, "every submission, in order, once");
        assertTrue(batches.size() > input.size() / CoSellEvaluator.BATCH_SIZE + 1, "heavy inputs cut batches");
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
