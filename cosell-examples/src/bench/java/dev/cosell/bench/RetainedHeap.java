package dev.cosell.bench;

import dev.cosell.model.Submission;
import dev.cosell.rules.CoSellEvaluator;
import dev.cosell.rules.reference.SubmissionGenerator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;

/**
 * The heap an evaluator keeps once its rules are built: used heap after full collections with the evaluator
 * held, against the same once it is dropped, and against the heap before it was built (which adds what the
 * engine keeps in static state). The evaluator has evaluated a few submissions first, so lazily built parts
 * of the rule network count too.
 *
 * <pre>java -cp cosell-examples/target/benchmarks.jar dev.cosell.bench.RetainedHeap</pre>
 */
public final class RetainedHeap {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private RetainedHeap() {
    }

    /** Prints the retained heap in MB. */
    public static void main(String[] args) {
        Submission[] submissions = SubmissionGenerator.realisticSubmissions(7, 100).toArray(Submission[]::new);
        long before = usedAfterGc();
        CoSellEvaluator evaluator = CoSellEvaluator.create();
        for (Submission s : submissions) {
            evaluator.evaluate(s);
        }
        long held = usedAfterGc();
        Reference.reachabilityFence(evaluator);
        evaluator = null;
        long dropped = usedAfterGc();
        System.out.printf("used heap after GC: before %.1f MB, evaluator held %.1f MB, evaluator dropped %.1f MB%n",
                mb(before), mb(held), mb(dropped));
        System.out.printf("retained by the evaluator: %.1f MB (with the engine's static state: %.1f MB)%n",
                mb(held - dropped), mb(held - before));
    }

    private static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, MEMORY.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
