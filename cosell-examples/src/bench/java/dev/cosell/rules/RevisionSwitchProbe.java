package dev.cosell.rules;

import dev.cosell.model.Revision;
import dev.cosell.model.Submission;
import dev.cosell.rules.reference.SubmissionGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Where the cost of mixed-date batches comes from: rule sessions of a given size on the rule sets of K revisions,
 * taking turns session by session (as a batch whose dates mix revisions does) or in blocks (all the sessions of one
 * revision, then of the next, as input sorted by date does), and on K copies of the first revision's rule set (K
 * knowledge bases and pooled sessions over the same generated classes) taking turns. Each line gives the median
 * time of 20,000 evaluations (realistic submissions with the later revisions' inputs, each dated in its revision),
 * and for turns its ratio to the same rule sets in blocks. Not a JMH benchmark: a probe to run next to one (it sits in this package
 * to reach the evaluator's sessions).
 *
 * <pre>java -Xms4g -Xmx4g -cp cosell-examples/target/benchmarks.jar dev.cosell.rules.RevisionSwitchProbe</pre>
 */
public final class RevisionSwitchProbe {
    private static final int EVALUATIONS = 20_000;
    private static final int PER_REVISION = 1_000;
    private static final int ROUNDS = 7;
    private static final int WARM_UP = 2;

    private RevisionSwitchProbe() {
    }

    /**
     * Runs the probe and prints one line per arrangement.
     *
     * @param args none
     */
    public static void main(String[] args) {
        Map<String, String> models = CoSellEvaluator.precompiledModelNames();
        Map<String, Properties> declarations = new LinkedHashMap<>();
        Program calendar = Program.classpath((revision, declaration) -> {
            declarations.put(revision.id(), declaration);
            return load(revision, declaration, models);
        });
        List<Revision> revisions = calendar.revisions();
        List<RuleSet> sets = new ArrayList<>();
        List<List<Submission>> submissions = new ArrayList<>();
        for (int r = 0; r < revisions.size(); r++) {
            Revision revision = revisions.get(r);
            sets.add(calendar.ruleSet(revision));
            LocalDate day = revision.effectiveFrom().plusDays(1);
            submissions.add(SubmissionGenerator.realistic(100_000 + r).withRevisionInputs().dated(i -> day)
                    .stream(PER_REVISION).toList());
        }
        List<RuleSet> copies = new ArrayList<>();
        copies.add(sets.get(0));
        for (int k = 1; k < revisions.size(); k++) {
            copies.add(load(revisions.get(0), declarations.get(revisions.get(0).id()), models));
        }
        System.out.printf("%d revisions, precompiled; %,d evaluations an arrangement, median of %d rounds after %d"
                + " warm-up rounds of every arrangement%n", revisions.size(), EVALUATIONS, ROUNDS, WARM_UP);
        // Each arrangement: a name, the rule sets, their submissions, the session size, and whether the rule sets
        // take turns session by session (or run in blocks, all the sessions of one, then those of the next).
        Map<String, java.util.function.LongSupplier> arrangements = new LinkedHashMap<>();
        for (int size : new int[] {115, 40, 12}) {
            for (int k : new int[] {1, 2, 4, revisions.size()}) {
                List<RuleSet> some = sets.subList(0, k);
                List<List<Submission>> theirs = submissions.subList(0, k);
                arrangements.put(k + " revisions in blocks, sessions of " + size, () -> run(some, theirs, size, false));
                if (k > 1) {
                    arrangements.put(k + " revisions in turn, sessions of " + size, () -> run(some, theirs, size, true));
                }
            }
            List<List<Submission>> same = Collections.nCopies(copies.size(), submissions.get(0));
            arrangements.put(copies.size() + " copies of 1 revision in turn, sessions of " + size,
                    () -> run(copies, same, size, true));
        }
        for (int round = 0; round < WARM_UP; round++) {
            arrangements.values().forEach(java.util.function.LongSupplier::getAsLong);
        }
        Map<String, List<Long>> times = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            arrangements.forEach((name, run) -> times.computeIfAbsent(name, n -> new ArrayList<>()).add(run.getAsLong()));
        }
        times.forEach((name, t) -> {
            String blocks = name.replace(" in turn", " in blocks").replaceFirst("^\\d+ copies of 1 revision", "1 revisions");
            String ratio = name.equals(blocks) ? "" : String.format(" (%.2f x %s)", median(t) / (double) median(times.get(blocks)), blocks);
            System.out.printf("%-50s %5d ms%s%n", name, median(t), ratio);
        });
    }

    private static RuleSet load(Revision revision, Properties declaration, Map<String, String> models) {
        return RuleSet.precompiled(CoSellEvaluator.classpathName(revision), revision,
                CoSellEvaluator.precompiledRules(revision),
                CoSellEvaluator.precompiledModel(models.get(RevisionFolders.COMPILED_PACKAGE)));
    }

    /**
     * {@link #EVALUATIONS} evaluations in sessions of {@code size}, shared equally among the rule sets, which take
     * turns session by session, or run in blocks; the time in ms.
     */
    private static long run(List<RuleSet> sets, List<List<Submission>> submissions, int size, boolean turns) {
        long start = System.nanoTime();
        int sessions = EVALUATIONS / size;
        int[] next = new int[sets.size()];
        for (int session = 0; session < sessions; session++) {
            int k = turns ? session % sets.size() : session * sets.size() / sessions;
            List<Submission> of = submissions.get(k);
            if (next[k] + size > of.size()) {
                next[k] = 0;
            }
            new BatchEvaluation(sets.get(k), Set.of(), Guard.DEFAULT, (r, d) -> List.of())
                    .run(of.subList(next[k], next[k] + size));
            next[k] += size;
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
