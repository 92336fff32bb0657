package dev.cosell.bench;

import dev.cosell.model.Submission;
import dev.cosell.rules.BatchShape;
import dev.cosell.rules.CoSellEvaluator;
import java.util.Comparator;

/**
 * Prints how {@code evaluateAll} reads the submissions of {@link RevisionsBenchmark}: windows, batches per window,
 * submissions per batch, rule sessions (one per revision in a window, and batch) and submissions per session.
 *
 * <pre>java -cp cosell-examples/target/benchmarks.jar dev.cosell.bench.BatchShapes [count]</pre>
 */
public final class BatchShapes {
    private BatchShapes() {
    }

    /** Prints the shapes of the three sets (default 100,000 submissions each). */
    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        CoSellEvaluator evaluator = CoSellEvaluator.create();
        RevisionDates dates = new RevisionDates(evaluator);
        System.out.println("one revision:             " + BatchShape.of(evaluator, dates.firstRevision(100_000, count)));
        System.out.println("every revision:           " + BatchShape.of(evaluator, dates.everyRevision(100_000, count)));
        System.out.println("every revision, by date:  " + BatchShape.of(evaluator, dates.everyRevision(100_000, count)
                .sorted(Comparator.comparing(Submission::asOf))));
    }
}
