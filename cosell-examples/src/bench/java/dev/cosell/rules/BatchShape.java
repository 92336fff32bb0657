package dev.cosell.rules;

import dev.cosell.model.Submission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How {@code evaluateAll} cuts a stream into windows and each window into rule sessions (one per revision among
 * its submissions, cut again by the batch bounds when the window holds several batches): windows, batches,
 * sessions, submissions per session. Lives in the evaluator's package to read the input as {@code evaluateAll}
 * does.
 */
public final class BatchShape {
    private BatchShape() {
    }

    /** The shape of {@code submissions} as {@code evaluator} reads them, on one line. */
    public static String of(CoSellEvaluator evaluator, Stream<Submission> submissions) {
        CoSellEvaluator.Window input = new CoSellEvaluator.Window(new CoSellEvaluator.Batcher(submissions.iterator()),
                s -> evaluator.revisionOn(s.asOf()).orElse(null));
        long windows = 0;
        long batches = 0;
        long read = 0;
        long sessions = 0;
        while (true) {
            List<Submission> window = new ArrayList<>();
            RuntimeException failed = input.read(window);
            if (failed != null) {
                throw failed;
            }
            if (window.isEmpty()) {
                break;
            }
            Map<Object, List<Submission>> byRevision = new LinkedHashMap<>();
            for (Submission s : window) {
                byRevision.computeIfAbsent(evaluator.revisionOn(s.asOf()).orElse(null), r -> new ArrayList<>()).add(s);
            }
            windows++;
            batches += input.batches();
            read += window.size();
            for (List<Submission> group : byRevision.values()) {
                sessions += input.batches() == 1 ? 1 : count(group);
            }
        }
        return String.format("%d submissions, %d windows of %.1f batches, %.1f submissions per batch, %d rule "
                + "sessions, %.1f submissions per session", read, windows, (double) batches / windows,
                (double) read / batches, sessions, (double) read / sessions);
    }

    private static int count(List<Submission> group) {
        CoSellEvaluator.Batcher batcher = new CoSellEvaluator.Batcher(group.iterator());
        int n = 0;
        for (List<Submission> batch = new ArrayList<>(); batcher.read(batch) == null && !batch.isEmpty();
             batch = new ArrayList<>()) {
            n++;
        }
        return n;
    }
}
