package dev.cosell.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.Assessment;
import dev.cosell.model.Benefit;
import dev.cosell.model.Finding;
import dev.cosell.model.IncentiveRoute;
import dev.cosell.model.Outcome;
import dev.cosell.model.Requirement;
import dev.cosell.model.Revision;
import dev.cosell.model.Status;
import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionResult;
import dev.cosell.rules.reference.RevisionReference;
import dev.cosell.rules.reference.SubmissionGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every program revision, the rules and an independent plain-Java reading of its table
 * ({@link RevisionReference}, written from {@code revisions/<id>.md} only) agree on generated submissions: every
 * row's outcome, the status, route, standing (M1 to M7), benefits and channels. Once with the revision pinned
 * ({@code forRevision(id)}) on dates mostly inside its span, once unpinned ({@code create()}) on dates spread over
 * every revision, each against the reference of the revision in force.
 */
class RevisionDifferentialTest {
    /** The seed; run others with {@code -Dcosell.differential.seed=...}. */
    static final long SEED = Long.getLong("cosell.differential.seed", 20230824L);
    /** Submissions per revision; run more with {@code -Dcosell.revisions.count=...}. */
    static final int COUNT = Integer.getInteger("cosell.revisions.count", 3_000);

    static final CoSellEvaluator EVALUATOR = CoSellEvaluator.create();

    static Stream<String> revisions() {
        return RevisionReference.REVISIONS.stream();
    }

    @Test
    void theEvaluatorKnowsExactlyTheRevisionsTheReferenceReads() {
        assertEquals(RevisionReference.REVISIONS, EVALUATOR.revisions().stream().map(Revision::id).toList());
        for (Revision revision : EVALUATOR.revisions()) {
            RevisionReference reference = RevisionReference.of(revision.id());
            assertEquals(reference.rows(), revision.rows(), () -> "rows of revision " + revision.id());
            assertEquals(reference.effectiveFrom(), revision.effectiveFrom(), revision.id());
            assertEquals(reference.effectiveUntil(), revision.effectiveUntil(), revision.id());
        }
    }

    @ParameterizedTest(name = "revision {0}")
    @MethodSource("revisions")
    void givenSubmissionsOfOneRevision_whenPinned_thenTheRulesAgreeWithTheReferenceOfThatRevision(String id) {
        RevisionReference reference = RevisionReference.of(id);
        // nine in ten inside the revision's span (where its stated dates matter), the rest anywhere
        LocalDate until = reference.effectiveUntil().orElse(LocalDate.of(2026, 12, 31));
        long seed = SEED + RevisionReference.REVISIONS.indexOf(id);
        SubmissionGenerator inside = SubmissionGenerator.within(seed, reference.effectiveFrom(), until);
        SubmissionGenerator anywhere = SubmissionGenerator.acrossRevisions(~seed);
        List<Submission> submissions = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            submissions.add(i % 10 == 9 ? anywhere.at(i) : inside.at(i));
        }
        check("revision " + id + " pinned, seed " + seed, EVALUATOR.forRevision(id), submissions,
                s -> reference, true);
    }

    @Test
    void givenSubmissionsDatedOverEveryRevision_whenUnpinned_thenTheRulesAgreeWithTheReferenceOfTheRevisionInForce() {
        SubmissionGenerator generator = SubmissionGenerator.acrossRevisions(SEED);
        List<Submission> submissions = generator.stream(COUNT * 2).toList();
        check("unpinned, seed " + SEED, EVALUATOR, submissions,
                s -> RevisionReference.of(RevisionReference.inForceOn(s.asOf()).orElseThrow()), false);
    }

    private interface ReferenceOf {
        RevisionReference of(Submission submission);
    }

    private static void check(String what, CoSellEvaluator evaluator, List<Submission> submissions,
                              ReferenceOf referenceOf, boolean coverage) {
        List<String> mismatches = new ArrayList<>();
        Map<String, Integer> byField = new TreeMap<>();
        Map<Status, Integer> statuses = new EnumMap<>(Status.class);
        Set<IncentiveRoute> routes = EnumSet.noneOf(IncentiveRoute.class);
        Map<Requirement, Set<Outcome>> outcomes = new EnumMap<>(Requirement.class);
        int[] assessed = {0};
        try (Stream<SubmissionResult> results = evaluator.evaluateAll(submissions.stream())) {
            results.forEach(result -> {
                Submission submission = result.submission();
                assertTrue(result.isAssessed(), () -> what + ": generated submission " + result.position()
                        + " is invalid or failed: " + result.violations() + " " + result.failure());
                Assessment rules = result.assessment().orElseThrow();
                RevisionReference reference = referenceOf.of(submission);
                Assessment expected = reference.evaluate(submission);
                List<String> differences = differences(rules, expected, reference);
                if (!differences.isEmpty()) {
                    differences.forEach(d -> byField.merge(d.substring(0, d.indexOf(':')), 1, Integer::sum));
                    mismatches.add("submission " + result.position() + " (" + submission.offer().type() + ", as of "
                            + submission.asOf() + ", reference " + reference.id() + "): "
                            + String.join("; ", differences)
                            + (mismatches.size() < 15 ? "\n    " + submission : ""));
                }
                assessed[0]++;
                statuses.merge(expected.status(), 1, Integer::sum);
                routes.add(expected.route());
                for (Finding f : expected.findings()) {
                    outcomes.computeIfAbsent(f.requirement(), k -> EnumSet.noneOf(Outcome.class)).add(f.outcome());
                }
            });
        }
        assertEquals(submissions.size(), assessed[0]);
        assertTrue(mismatches.isEmpty(), () -> what + ": " + mismatches.size() + " of " + submissions.size()
                + " submissions differ from the reference; differing fields " + byField
                + " (rebuild one with SubmissionGenerator.within/acrossRevisions(seed).at(index)):\n"
                + String.join("\n", mismatches.subList(0, Math.min(60, mismatches.size()))));
        // the generator must reach every status and route and each row's deciding outcomes, or it proves little
        for (Status s : Status.values()) {
            assertTrue(statuses.getOrDefault(s, 0) > 0, () -> what + ": no submission reached " + s + ": " + statuses);
        }
        assertTrue(routes.contains(IncentiveRoute.AZURE_IP), () -> what + ": no Azure IP route: " + routes);
        if (coverage) {
            for (Map.Entry<Requirement, Set<Outcome>> row : outcomes.entrySet()) {
                Set<Outcome> seen = row.getValue();
                assertTrue(seen.contains(Outcome.MET) && (seen.contains(Outcome.UNMET)
                                || seen.contains(Outcome.INPUT_MISSING) || seen.contains(Outcome.OPTIONAL_MISSING)),
                        () -> what + ": row " + row.getKey().id() + " never met or never failed: " + seen);
            }
        }
    }

    /** Every field on which the rules differ from the reference, by name, with both values. */
    static List<String> differences(Assessment rules, Assessment reference, RevisionReference revision) {
        List<String> d = new ArrayList<>();
        compare(d, "revision", rules.revision() == null ? null : rules.revision().id(), revision.id());
        compare(d, "status", rules.status(), reference.status());
        compare(d, "route", rules.route(), reference.route());
        compare(d, "standing", rules.standing(), reference.standing());
        for (Requirement row : Requirement.values()) {
            compare(d, row.id(), outcome(rules, row), outcome(reference, row));
        }
        compare(d, "benefits", sorted(rules.benefits()), sorted(reference.benefits()));
        compare(d, "channels", rules.channels().stream().sorted().toList(),
                reference.channels().stream().sorted().toList());
        return d;
    }

    private static List<Benefit> sorted(List<Benefit> benefits) {
        return benefits.stream().sorted().toList();
    }

    /** The row's outcome; null without a finding; every outcome when there are several (one rule per row fires). */
    private static Object outcome(Assessment assessment, Requirement row) {
        List<Outcome> found = assessment.findings().stream().filter(f -> f.requirement() == row)
                .map(Finding::outcome).toList();
        return found.isEmpty() ? null : found.size() == 1 ? found.get(0) : "several findings " + found;
    }

    private static void compare(List<String> differences, String field, Object rules, Object reference) {
        if (!Objects.equals(rules, reference)) {
            differences.add(field + ": rules " + rules + ", reference " + reference);
        }
    }
}
