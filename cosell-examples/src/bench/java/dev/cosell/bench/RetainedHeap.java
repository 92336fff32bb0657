package dev.cosell.bench;

import dev.cosell.model.Submission;
import dev.cosell.rules.CoSellEvaluator;
import dev.cosell.rules.reference.SubmissionGenerator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.SplittableRandom;

/**
 * The heap an evaluator keeps once its rules are built: used heap after full collections with the evaluator
 * held, against the heap before it was built and once it is dropped (the difference is what the engine
 * keeps once per JVM), and what each further evaluator adds. Every evaluator has evaluated a hundred
 * submissions first, so lazily built parts of the rule network and the pooled session count too. Revisions load on
 * first use: the figures are taken with one revision loaded (the hundred submissions dated inside the first
 * revision's span), then with every revision loaded (a hundred more, ten dated inside each revision's span).
 *
 * <pre>java -cp cosell-examples/target/benchmarks.jar dev.cosell.bench.RetainedHeap</pre>
 */
public final class RetainedHeap {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private RetainedHeap() {
    }

    /** Prints the retained heap in MB. */
    public static void main(String[] args) {
        RevisionDates dates = new RevisionDates(CoSellEvaluator.create());
        Submission[] first = dates.firstRevision(7, 100).toArray(Submission[]::new);
        Submission[] every = SubmissionGenerator.realistic(7).withRevisionInputs()
                .dated(i -> dates.in((int) (i % dates.revisions()), new SplittableRandom(i)))
                .stream(10 * dates.revisions()).toArray(Submission[]::new);
        long before = usedAfterGc();
        long metaspaceBefore = metaspace();
        CoSellEvaluator evaluator = build(first);
        long heldOne = usedAfterGc();
        evaluate(evaluator, every);
        long held = usedAfterGc();
        long metaspaceHeld = metaspace();
        Reference.reachabilityFence(evaluator);
        evaluator = null;
        long dropped = usedAfterGc();
        CoSellEvaluator one = evaluate(build(first), every);
        long withOne = usedAfterGc();
        CoSellEvaluator two = evaluate(build(first), every);
        long withTwo = usedAfterGc();
        Reference.reachabilityFence(one);
        Reference.reachabilityFence(two);
        System.out.printf("used heap after GC: before %.1f MB, evaluator held with one revision loaded %.1f MB, "
                + "with all %d %.1f MB, evaluator dropped %.1f MB%n", mb(before), mb(heldOne), dates.revisions(),
                mb(held), mb(dropped));
        System.out.printf("retained by the first evaluator, one revision loaded: %.1f MB with what the engine keeps "
                + "once per JVM%n", mb(heldOne - before));
        System.out.printf("retained by the first evaluator, all %d revisions loaded: %.1f MB with what the engine "
                + "keeps once per JVM, %.1f MB without%n", dates.revisions(), mb(held - before), mb(held - dropped));
        System.out.printf("class metadata (metaspace, outside the heap): %.1f MB before, %.1f MB with every revision "
                + "loaded%n", mb(metaspaceBefore), mb(metaspaceHeld));
        System.out.printf("each further evaluator, all revisions loaded: %.1f MB (one more held: %.1f MB, two more "
                + "held: %.1f MB)%n", mb(withTwo - withOne), mb(withOne), mb(withTwo));
    }

    private static CoSellEvaluator build(Submission[] submissions) {
        return evaluate(CoSellEvaluator.create(), submissions);
    }

    private static CoSellEvaluator evaluate(CoSellEvaluator evaluator, Submission[] submissions) {
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

    /** The metaspace in use: the classes loaded (the rules' generated classes among them), outside the heap. */
    private static long metaspace() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getName().equals("Metaspace"))
                .mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
