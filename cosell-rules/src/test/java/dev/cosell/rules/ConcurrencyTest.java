package dev.cosell.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.Assessment;
import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionResult;
import dev.cosell.rules.reference.SubmissionGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One evaluator shared by many threads: the same answers as one thread, and reloads that mix nothing. */
class ConcurrencyTest {
    static final int THREADS = 8;
    static final long SEED = 20200519L;

    final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @TempDir
    Path folder;

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
    }

    static List<Assessment> sequentially(CoSellEvaluator evaluator, List<Submission> submissions) {
        return evaluator.evaluateAll(submissions.stream()).map(r -> r.assessment().orElseThrow(
                () -> new AssertionError("generated submission " + r.position() + " is invalid: " + r.violations())))
                .toList();
    }

    @Test
    void eightThreadsGiveTheSameAssessmentsAsOne() throws Exception {
        List<Submission> submissions = SubmissionGenerator.submissions(SEED, 10_000).toList();
        CoSellEvaluator evaluator = CoSellEvaluator.create().forRevision("2020-05-19");
        List<Assessment> expected = sequentially(evaluator, submissions);

        Assessment[] actual = new Assessment[submissions.size()];
        List<Future<?>> tasks = new ArrayList<>();
        int slice = 125;
        for (int start = 0; start < submissions.size(); start += slice) {
            int from = start;
            int to = Math.min(start + slice, submissions.size());
            // Alternate single evaluations and small batches, so both paths run concurrently.
            tasks.add(pool.submit(() -> {
                if ((from / slice) % 2 == 0) {
                    for (int i = from; i < to; i++) {
                        actual[i] = evaluator.evaluate(submissions.get(i));
                    }
                } else {
                    List<SubmissionResult> results = evaluator.evaluateAll(submissions.subList(from, to).stream())
                            .toList();
                    for (int i = from; i < to; i++) {
                        actual[i] = results.get(i - from).assessment().orElseThrow();
                    }
                }
            }));
        }
        for (Future<?> task : tasks) {
            task.get(5, TimeUnit.MINUTES);
        }
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual[i], "submission " + i + " of seed " + SEED);
        }
    }

    @Test
    void aReloadDuringConcurrentEvaluationLosesNothingAndMixesNoRuleSets() throws Exception {
        List<Submission> submissions = SubmissionGenerator.submissions(SEED + 1, 1_000).toList();
        Path a = ruleSet("a", "2020-05-a", "100000.00");
        Path b = ruleSet("b", "2020-05-b", "50000.00");
        Map<String, List<Assessment>> expected = Map.of(
                "2020-05-a", sequentially(CoSellEvaluator.fromDirectory(a), submissions),
                "2020-05-b", sequentially(CoSellEvaluator.fromDirectory(b), submissions));
        assertNotEquals(expected.get("2020-05-a").stream().map(Assessment::status).toList(),
                expected.get("2020-05-b").stream().map(Assessment::status).toList(),
                "the two rule sets must differ for this test to mean anything");

        Path live = Files.createDirectory(folder.resolve("live"));
        copy(a, live);
        Map<String, Integer> seen = new ConcurrentHashMap<>();
        AtomicBoolean reloading = new AtomicBoolean(true);
        try (ReloadingEvaluator evaluator = ReloadingEvaluator.over(live)) {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                workers.add(pool.submit(() -> {
                    int evaluated = 0;
                    do {
                        for (int i = thread; i < submissions.size(); i += THREADS * 4) {
                            List<Assessment> batch = i % 2 == 0 ? List.of(evaluator.evaluate(submissions.get(i)))
                                    : evaluator.evaluateAll(submissions.subList(i, Math.min(i + 3, submissions.size()))
                                            .stream()).map(r -> r.assessment().orElseThrow()).toList();
                            int expectedCount = i % 2 == 0 ? 1 : Math.min(i + 3, submissions.size()) - i;
                            assertEquals(expectedCount, batch.size(), "evaluations lost at submission " + i);
                            String revision = batch.get(0).ruleSetRevision();
                            List<Assessment> ofItsRuleSet = expected.get(revision);
                            assertTrue(ofItsRuleSet != null, "unknown revision " + revision);
                            for (int k = 0; k < batch.size(); k++) {
                                assertEquals(ofItsRuleSet.get(i + k), batch.get(k),
                                        "submission " + (i + k) + " mixed rule sets");
                            }
                            seen.merge(revision, batch.size(), Integer::sum);
                            evaluated += batch.size();
                        }
                    } while (reloading.get());
                    return evaluated;
                }));
            }
            List<ReloadResult> reloads = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                copy(round % 2 == 0 ? b : a, live);
                reloads.add(evaluator.reload());
                if (round == 1) {
                    Files.writeString(live.resolve("broken.drl"), "package dev.cosell.rules\nrule \"X\" when\nthen end end\n");
                    reloads.add(evaluator.reload());
                    Files.delete(live.resolve("broken.drl"));
                }
            }
            reloading.set(false);
            int evaluated = 0;
            for (Future<Integer> worker : workers) {
                evaluated += worker.get(5, TimeUnit.MINUTES);
            }

            assertEquals(5, reloads.size());
            assertEquals(4, reloads.stream().filter(ReloadResult::applied).count(), reloads.toString());
            assertFalse(reloads.get(2).applied(), "the broken folder must be rejected");
            assertEquals(evaluated, seen.values().stream().mapToInt(Integer::intValue).sum());
            assertTrue(seen.containsKey("2020-05-a") && seen.containsKey("2020-05-b"),
                    "evaluations must have run on both rule sets while reloading: " + seen);
            assertEquals("2020-05-a", evaluator.current().ruleSetRevision());
        }
    }

    /** A copy of the shipped rules with its own revision and revenue threshold. */
    Path ruleSet(String name, String revision, String threshold) throws IOException {
        Path dir = Files.createDirectory(folder.resolve(name));
        RuleFolderTest.copyShipped(dir);
        Path program = dir.resolve("R4.1-revenue.drl");
        String text = Files.readString(program);
        assertTrue(text.contains(ReloadingEvaluatorTest.THRESHOLD));
        Files.writeString(program, text.replace(ReloadingEvaluatorTest.THRESHOLD,
                "return new BigDecimal(\"" + threshold + "\");"));
        Files.writeString(dir.resolve("ruleset.properties"), "revision=" + revision + "\n");
        return dir;
    }

    static void copy(Path from, Path to) throws IOException {
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
