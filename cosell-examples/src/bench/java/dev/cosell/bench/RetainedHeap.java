package dev.cosell.bench;

import dev.cosell.model.Submission;
import dev.cosell.rules.CoSellEvaluator;
import dev.cosell.rules.reference.SubmissionGenerator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;

/**
 * The heap an evaluator keeps once its rules are built: used heap after full collections with the evaluator
 * held, against the heap before it was built and once it is dropped (the difference is what the engine
 * keeps once per JVM), and what each further evaluator adds. Every evaluator has evaluated a hundred
 * submissions first, so lazily built parts of the rule network and the pooled session count too.
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
        CoSellEvaluator evaluator = build(submissions);
        long held = usedAfterGc();
        Reference.reachabilityFence(evaluator);
        evaluator = null;
        long dropped = usedAfterGc();
        CoSellEvaluator first = build(submissions);
        long one = usedAfterGc();
        CoSellEvaluator second = build(submissions);
        long two = usedAfterGc();
        Reference.reachabilityFence(first);
        Reference.reachabilityFence(second);
        System.out.printf("used heap after GC: before %.1f MB, evaluator held %.1f MB, evaluator dropped %.1f MB%n",
                mb(before), mb(held), mb(dropped));
        System.out.printf("retained by the first evaluator: %.1f MB with what the engine keeps once per JVM, "
                + "%.1f MB without%n", mb(held - before), mb(held - dropped));
        System.out.printf("each further evaluator: %.1f MB (one more held: %.1f MB, two more held: %.1f MB)%n",
                mb(two - one), mb(one), mb(two));
    }

    private static CoSellEvaluator build(Submission[] submissions) {
        CoSellEvaluator evaluator = CoSellEvaluator.create();
        for (Submission s : submissions) {
            evaluator.evaluate(s);
        }
        return evaluator;
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
