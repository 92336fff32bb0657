package dev.cosell.bench;

import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionResult;
import dev.cosell.rules.CoSellEvaluator;
import java.util.Comparator;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@code evaluateAll} over the same 100,000 realistic submissions, with the inputs of the later revisions drawn,
 * dated inside one revision's span (2020-05-19 to 2020-09-01) and spread over every revision (each revision as
 * likely, in no order), and, to tell the cost of grouping by revision from the cost of holding ten rule sets, the
 * spread ones sorted by date. Single shot per iteration, 3 warm-up + 5 measured; each benchmark generates only its
 * own submissions (about 1.3 GB). Try them out on fewer with {@code -p count=2000}. The fork pre-touches its heap
 * ({@code -XX:+AlwaysPreTouch}): on a virtual machine whose memory is backed on first touch, an iteration that first
 * writes to fresh heap pages times those page faults more than the evaluation (BENCHMARKS.md, "Program revisions,
 * sixth pass").
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class RevisionsBenchmark {
    /** The seed of every set: the sets differ only by their dates. */
    private static final long SEED = 100_000;

    /** The evaluator of the shipped calendar, choosing each submission's revision by its date. */
    @State(Scope.Benchmark)
    public static class Evaluator {
        CoSellEvaluator cosell;
        /** How many submissions each set holds: 100,000 for the figures, fewer to try the benchmarks out. */
        @Param("100000")
        int count;

        /** Builds the evaluator (each revision loads on its first use, in the warm-up). */
        @Setup(Level.Trial)
        public void build() {
            cosell = CoSellEvaluator.create();
        }
    }

    /** 100,000 realistic submissions dated inside the first revision's span. */
    @State(Scope.Benchmark)
    public static class OneRevision {
        List<Submission> submissions;

        /** Generates the submissions. */
        @Setup(Level.Trial)
        public void generate(Evaluator e) {
            submissions = new RevisionDates(e.cosell).firstRevision(SEED, e.count).toList();
            System.gc();
        }
    }

    /** The same partners and offers dated over every revision, in no order. */
    @State(Scope.Benchmark)
    public static class EveryRevision {
        List<Submission> submissions;

        /** Generates the submissions. */
        @Setup(Level.Trial)
        public void generate(Evaluator e) {
            submissions = new RevisionDates(e.cosell).everyRevision(SEED, e.count).toList();
            System.gc();
        }
    }

    /** The same as {@link EveryRevision}, sorted by date: each batch then holds one or two revisions. */
    @State(Scope.Benchmark)
    public static class EveryRevisionByDate {
        List<Submission> submissions;

        /** Generates the submissions. */
        @Setup(Level.Trial)
        public void generate(Evaluator e) {
            submissions = new RevisionDates(e.cosell).everyRevision(SEED, e.count)
                    .sorted(Comparator.comparing(Submission::asOf)).toList();
            System.gc();
        }
    }

    /** {@code evaluateAll} over 100,000 submissions of one revision: the case before there were revisions. */
    @Benchmark
    public void evaluateAll100kOneRevision(Evaluator e, OneRevision s, Blackhole bh) {
        evaluateAll(e.cosell, s.submissions, bh);
    }

    /** {@code evaluateAll} over the same submissions dated over every revision, in no order. */
    @Benchmark
    public void evaluateAll100kEveryRevision(Evaluator e, EveryRevision s, Blackhole bh) {
        evaluateAll(e.cosell, s.submissions, bh);
    }

    /** The same, sorted by date. */
    @Benchmark
    public void evaluateAll100kEveryRevisionByDate(Evaluator e, EveryRevisionByDate s, Blackhole bh) {
        evaluateAll(e.cosell, s.submissions, bh);
    }

    private static void evaluateAll(CoSellEvaluator evaluator, List<Submission> submissions, Blackhole bh) {
        try (Stream<SubmissionResult> results = evaluator.evaluateAll(submissions.stream())) {
            results.forEach(bh::consume);
        }
    }
}
