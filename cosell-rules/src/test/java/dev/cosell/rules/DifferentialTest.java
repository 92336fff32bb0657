package dev.cosell.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.Assessment;
import dev.cosell.model.Finding;
import dev.cosell.model.IncentiveRoute;
import dev.cosell.model.NextStep;
import dev.cosell.model.Outcome;
import dev.cosell.model.Requirement;
import dev.cosell.model.Standing;
import dev.cosell.model.Status;
import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionResult;
import dev.cosell.rules.reference.ReferenceEvaluator;
import dev.cosell.rules.reference.RevisionReference;
import dev.cosell.rules.reference.SubmissionGenerator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules and an independent plain-Java reading of the requirement table agree on generated submissions that
 * sit on every row's boundaries: status, route, standing (M1 to M7), every finding's outcome, benefits, service fee,
 * channels and the rows of the next steps.
 */
class DifferentialTest {
    /** The seed; run others with {@code -Dcosell.differential.seed=...}. */
    static final long SEED = Long.getLong("cosell.differential.seed", 20200519L);
    /** How many boundary submissions; run more with {@code -Dcosell.differential.count=...}. */
    static final int COUNT = Integer.getInteger("cosell.differential.count", 10_000);

    static final CoSellEvaluator EVALUATOR = Fixtures.EVALUATOR;
    static final ReferenceEvaluator REFERENCE = new ReferenceEvaluator();

    @Test
    void givenBoundarySubmissions_whenEvaluatedByTheRulesAndTheReference_thenTheyAgreeOnEverything() {
        check(SubmissionGenerator.boundaries(SEED), COUNT, true);
    }

    @Test
    void givenRealisticSubmissions_whenEvaluatedByTheRulesAndTheReference_thenTheyAgreeOnEverything() {
        check(SubmissionGenerator.realistic(SEED), COUNT / 10, false);
    }

    private static void check(SubmissionGenerator generator, int count, boolean everyOutcome) {
        List<String> mismatches = new ArrayList<>();
        Map<Status, Integer> statuses = new EnumMap<>(Status.class);
        Map<IncentiveRoute, Integer> routes = new EnumMap<>(IncentiveRoute.class);
        Map<Standing, Integer> standings = new EnumMap<>(Standing.class);
        Map<Requirement, Map<Outcome, Integer>> outcomes = new EnumMap<>(Requirement.class);
        int[] assessed = {0};
        try (Stream<SubmissionResult> results = EVALUATOR.evaluateAll(generator.stream(count))) {
            results.forEach(result -> {
                Submission submission = result.submission();
                assertTrue(result.isAssessed(), () -> "generated submission " + result.position() + " of seed "
                        + generator.seed() + " is invalid: " + result.violations());
                Assessment rules = result.assessment().orElseThrow();
                Assessment reference = REFERENCE.evaluate(submission);
                List<String> differences = differences(rules, reference);
                if (!differences.isEmpty()) {
                    mismatches.add("submission " + result.position() + " of seed " + generator.seed() + " ("
                            + submission.offer().type() + ", as of " + submission.asOf() + "): "
                            + String.join("; ", differences)
                            + (mismatches.size() < 10 ? "\n    " + submission : ""));
                }
                assessed[0]++;
                statuses.merge(rules.status(), 1, Integer::sum);
                routes.merge(rules.route(), 1, Integer::sum);
                standings.merge(rules.standing(), 1, Integer::sum);
                for (Finding f : rules.findings()) {
                    outcomes.computeIfAbsent(f.requirement(), k -> new EnumMap<>(Outcome.class))
                            .merge(f.outcome(), 1, Integer::sum);
                }
            });
        }
        assertEquals(count, assessed[0]);
        assertTrue(mismatches.isEmpty(), () -> mismatches.size() + " of " + count + " submissions differ (rebuild one"
                + " with SubmissionGenerator.<flavour>(seed).at(index)):\n"
                + String.join("\n", mismatches.subList(0, Math.min(200, mismatches.size()))));
        // the generator must reach every status, route and outcome that the program allows, or it proves little
        for (Status s : Status.values()) {
            assertTrue(statuses.getOrDefault(s, 0) > 0, () -> "no submission reached " + s + ": " + statuses);
        }
        for (IncentiveRoute r : IncentiveRoute.values()) {
            assertTrue(routes.getOrDefault(r, 0) > 0, () -> "no submission took route " + r + ": " + routes);
        }
        for (Standing s : Standing.values()) {
            assertTrue(standings.getOrDefault(s, 0) > 0, () -> "no submission got standing " + s + ": " + standings);
        }
        if (everyOutcome) {
            for (Requirement row : RevisionReference.of(Fixtures.BASE).rows()) {
                for (Outcome o : possibleOutcomes(row)) {
                    assertTrue(outcomes.get(row).getOrDefault(o, 0) > 0,
                            () -> "no submission got " + o + " for " + row.id() + ": " + outcomes.get(row));
                }
            }
        }
    }

    /**
     * The outcomes a row of revision 2020-05-19 can have: optional rows (R2.1, and R3.3 in this revision) are never
     * unmet, step 3.6 and 4 rows can be not applicable.
     */
    private static List<Outcome> possibleOutcomes(Requirement row) {
        if (row.isOptional() || row == Requirement.R3_3) {
            return List.of(Outcome.MET, Outcome.OPTIONAL_MISSING);
        }
        if (row == Requirement.R3_6 || row.step() == 4) {
            return List.of(Outcome.MET, Outcome.UNMET, Outcome.NOT_APPLICABLE);
        }
        return List.of(Outcome.MET, Outcome.UNMET);
    }

    /** Every field on which the two assessments differ, by name, with both values. */
    static List<String> differences(Assessment rules, Assessment reference) {
        List<String> d = new ArrayList<>();
        compare(d, "status", rules.status(), reference.status());
        compare(d, "route", rules.route(), reference.route());
        compare(d, "standing", rules.standing(), reference.standing());
        for (Requirement row : Requirement.values()) {
            compare(d, row.id(), outcome(rules, row), outcome(reference, row));
        }
        compare(d, "benefits", rules.benefits(), reference.benefits());
        compare(d, "serviceFeePercent", fee(rules.serviceFeePercent()), fee(reference.serviceFeePercent()));
        compare(d, "channels", rules.channels(), reference.channels());
        compare(d, "nextSteps", rows(rules.nextSteps()), rows(reference.nextSteps()));
        compare(d, "ruleSetRevision", rules.ruleSetRevision(), reference.ruleSetRevision());
        return d;
    }

    private static Outcome outcome(Assessment assessment, Requirement row) {
        return assessment.findings().stream().filter(f -> f.requirement() == row).map(Finding::outcome).findFirst()
                .orElse(null);
    }

    private static Optional<BigDecimal> fee(Optional<BigDecimal> fee) {
        return fee.map(BigDecimal::stripTrailingZeros);
    }

    private static List<String> rows(List<NextStep> steps) {
        return steps.stream().map(s -> s.requirement().id()).toList();
    }

    private static void compare(List<String> differences, String field, Object rules, Object reference) {
        if (!Objects.equals(rules, reference)) {
            differences.add(field + ": rules " + rules + ", reference " + reference);
        }
    }
}
