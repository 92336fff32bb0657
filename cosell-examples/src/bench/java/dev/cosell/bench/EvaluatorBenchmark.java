package dev.cosell.bench;

import dev.cosell.model.Assessment;
import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionResult;
import dev.cosell.model.SubmissionValidator;
import dev.cosell.model.Violation;
import dev.cosell.rules.CoSellEvaluator;
import dev.cosell.rules.reference.ReferenceEvaluator;
import dev.cosell.rules.reference.SubmissionGenerator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The evaluator against the plain-Java reference evaluator, on the same realistic submissions: one
 * {@code evaluate}, and {@code evaluateAll} over 1,000 and 100,000 submissions. Average time per operation;
 * {@code -prof gc} adds the bytes allocated per operation ({@code gc.alloc.rate.norm}).
 */
@BenchmarkMode(Mode.AverageTime)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class EvaluatorBenchmark {

    /** The evaluators, built once per run. */
    @State(Scope.Benchmark)
    public static class Evaluators {
        CoSellEvaluator cosell;
        /** The same rules evaluating two batches at once ({@code withParallelism(2)}): one per core here. */
        CoSellEvaluator cosellTwoBatches;
        ReferenceEvaluator reference;

        /** Compiles the rules and builds the reference. */
        @Setup(Level.Trial)
        public void build() {
            cosell = CoSellEvaluator.create();
            cosellTwoBatches = cosell.withParallelism(2);
            reference = new ReferenceEvaluator();
        }
    }

    /** Single submissions, taken in turn from a pool so that every status shows up. */
    @State(Scope.Thread)
    public static class Single {
        List<Submission> pool;
        int next;

        /** Generates the submissions. */
        @Setup(Level.Trial)
        public void generate() {
            pool = SubmissionGenerator.realisticSubmissions(42, 1_000).toList();
        }

        Submission next() {
            Submission s = pool.get(next);
            next = next + 1 == pool.size() ? 0 : next + 1;
            return s;
        }
    }

    /** 1,000 realistic submissions. */
    @State(Scope.Benchmark)
    public static class Thousand {
        List<Submission> submissions;

        /** Generates the submissions. */
        @Setup(Level.Trial)
        public void generate() {
            submissions = SubmissionGenerator.realisticSubmissions(1_000, 1_000).toList();
        }
    }

    /** 100,000 realistic submissions (about 1.3 GB: each has its own partner with 72 months of revenue). */
    @State(Scope.Benchmark)
    public static class HundredThousand {
        List<Submission> submissions;

        /** Generates the submissions. */
        @Setup(Level.Trial)
        public void generate() {
            submissions = SubmissionGenerator.realisticSubmissions(100_000, 100_000).toList();
            // settle the 1.3 GB of submissions in the old generation now, so that no measured iteration
            // pays for promoting them
            System.gc();
        }
    }

    /** One {@code evaluate(Submission)}, validation included. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 4, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Assessment evaluate(Evaluators e, Single s) {
        return e.cosell.evaluate(s.next());
    }

    /** The reference's evaluation of one submission, without validation. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 4, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Assessment evaluateReference(Evaluators e, Single s) {
        return e.reference.evaluate(s.next());
    }

    /**
     * The reference doing what {@code evaluate} does: validate the submission (an invalid one would be
     * rejected), then evaluate it.
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 4, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Assessment evaluateReferenceValidated(Evaluators e, Single s) {
        Submission submission = s.next();
        List<Violation> violations = SubmissionValidator.validate(submission);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("generated an invalid submission: " + violations);
        }
        return e.reference.evaluate(submission);
    }

    /** {@code evaluateAll} over 1,000 realistic submissions. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 4, time = 2)
    @Measurement(iterations = 5, time = 2)
    public void evaluateAll1k(Evaluators e, Thousand t, Blackhole bh) {
        evaluateAll(e.cosell, t.submissions, bh);
    }

    /** {@code evaluateAll} over the same 1,000 with two batches in flight ({@code withParallelism(2)}). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 4, time = 2)
    @Measurement(iterations = 5, time = 2)
    public void evaluateAll1kTwoBatches(Evaluators e, Thousand t, Blackhole bh) {
        evaluateAll(e.cosellTwoBatches, t.submissions, bh);
    }

    /** The reference over the same 1,000: validate, evaluate, wrap as evaluateAll does. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 4, time = 2)
    @Measurement(iterations = 5, time = 2)
    public void evaluateAll1kReference(Evaluators e, Thousand t, Blackhole bh) {
        evaluateAllReference(e.reference, t.submissions, bh);
    }

    /** {@code evaluateAll} over 100,000 realistic submissions, one call per iteration. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public void evaluateAll100k(Evaluators e, HundredThousand t, Blackhole bh) {
        evaluateAll(e.cosell, t.submissions, bh);
    }

    /** {@code evaluateAll} over the same 100,000 with two batches in flight ({@code withParallelism(2)}). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public void evaluateAll100kTwoBatches(Evaluators e, HundredThousand t, Blackhole bh) {
        evaluateAll(e.cosellTwoBatches, t.submissions, bh);
    }

    /** The reference over the same 100,000. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public void evaluateAll100kReference(Evaluators e, HundredThousand t, Blackhole bh) {
        evaluateAllReference(e.reference, t.submissions, bh);
    }

    private static void evaluateAll(CoSellEvaluator evaluator, List<Submission> submissions, Blackhole bh) {
        try (Stream<SubmissionResult> results = evaluator.evaluateAll(submissions.stream())) {
            results.forEach(bh::consume);
        }
    }

    /** What evaluateAll does per submission, by the reference: validate, evaluate, wrap the result. */
    private static void evaluateAllReference(ReferenceEvaluator reference, List<Submission> submissions,
                                             Blackhole bh) {
        long position = 0;
        for (Submission s : submissions) {
            List<Violation> violations = SubmissionValidator.validate(s);
            bh.consume(violations.isEmpty()
                    ? SubmissionResult.assessed(position, s, reference.evaluate(s))
                    : SubmissionResult.rejected(position, s, violations));
            position++;
        }
    }
}
