package dev.cosell.bench;

import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionResult;
import dev.cosell.rules.CoSellEvaluator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code evaluateAll} on submissions dated inside one revision, over every revision in no order, and over every
 * revision sorted by date, in paired rounds in one JVM: the ratios of each round, whose medians spread far less than
 * JMH forks of {@link RevisionsBenchmark} do on a noisy machine. The same realistic submissions in each set
 * ({@link RevisionDates}); rounds alternate the order of the three runs; the first three rounds warm up.
 *
 * <p>{@code java -Xms4g -Xmx4g -cp benchmarks.jar dev.cosell.bench.RevisionPairs [COUNT [ROUNDS]]} (defaults 30,000
 * submissions, 10 rounds): prints the medians of the one-revision and every-revision runs and of the paired ratios.
 */
public final class RevisionPairs {
    private RevisionPairs() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 30_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        CoSellEvaluator cosell = CoSellEvaluator.create();
        List<Submission> one = new RevisionDates(cosell).firstRevision(100_000, count).toList();
        List<Submission> every = new RevisionDates(cosell).everyRevision(100_000, count).toList();
        List<Submission> sorted = every.stream().sorted(Comparator.comparing(Submission::asOf)).toList();
        List<Double> ratios = new ArrayList<>();
        List<Double> sortedRatios = new ArrayList<>();
        List<Long> ones = new ArrayList<>();
        List<Long> everys = new ArrayList<>();
        for (int r = 0; r < rounds + 3; r++) {
            long a;
            long b;
            long c;
            if (r % 2 == 0) {
                a = run(cosell, one);
                b = run(cosell, every);
                c = run(cosell, sorted);
            } else {
                c = run(cosell, sorted);
                b = run(cosell, every);
                a = run(cosell, one);
            }
            if (r >= 3) {
                ratios.add(b / (double) a);
                sortedRatios.add(c / (double) a);
                ones.add(a);
                everys.add(b);
            }
        }
        Collections.sort(ratios);
        Collections.sort(sortedRatios);
        Collections.sort(ones);
        Collections.sort(everys);
        System.out.printf("one revision median %d ms, every revision median %d ms, paired ratio median %.3f"
                        + " (p25 %.3f, p75 %.3f), sorted by date / one revision %.3f%n",
                ones.get(ones.size() / 2), everys.get(everys.size() / 2), ratios.get(ratios.size() / 2),
                ratios.get(ratios.size() / 4), ratios.get(3 * ratios.size() / 4), sortedRatios.get(sortedRatios.size() / 2));
    }

    private static long run(CoSellEvaluator cosell, List<Submission> submissions) {
        long start = System.nanoTime();
        long assessed = 0;
        try (Stream<SubmissionResult> results = cosell.evaluateAll(submissions.stream())) {
            assessed = results.filter(SubmissionResult::isAssessed).count();
        }
        if (assessed == 0) {
            throw new IllegalStateException("no submission was assessed");
        }
        return (System.nanoTime() - start) / 1_000_000;
    }
}
