package dev.cosell.examples.scenario;

import dev.cosell.model.Assessment;
import dev.cosell.model.SubmissionResult;
import dev.cosell.rules.CoSellEvaluator;
import dev.cosell.rules.CoSellException;
import dev.cosell.rules.RuleInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs a rule author's scenarios against a rule set, measures which rules they fire, and checks, rule by rule,
 * that disabling the rule makes at least one scenario fail (rule mutation).
 */
public final class ScenarioRunner {
    private ScenarioRunner() {
    }

    /**
     * Runs every scenario; never throws for a failing scenario or a failure of the rules: it is a result.
     *
     * @param evaluator the evaluator over the rules under test
     * @param scenarios the scenarios to run
     * @return each scenario's result, in the given order
     */
    public static List<ScenarioResult> run(CoSellEvaluator evaluator, List<Scenario> scenarios) {
        List<ScenarioResult> results = new ArrayList<>(scenarios.size());
        try (Stream<SubmissionResult> assessed = evaluator.evaluateAll(scenarios.stream().map(Scenario::submission))) {
            var it = assessed.iterator();
            for (Scenario scenario : scenarios) {
                SubmissionResult result = it.next();
                results.add(result.assessment()
                        .map(a -> new ScenarioResult(scenario, Optional.of(a), scenario.expect().differences(a)))
                        .or(() -> result.failure().map(e -> new ScenarioResult(scenario, Optional.empty(),
                                List.of("the rules failed: " + e.getMessage()))))
                        .orElseGet(() -> new ScenarioResult(scenario, Optional.empty(), result.violations().stream()
                                .map(v -> "invalid submission: " + v).toList())));
            }
        } catch (CoSellException e) {
            // A batch failed as a whole (the rule set gave some offer no finding for a row): run one at a time
            // so that each scenario gets its own verdict.
            results.clear();
            for (Scenario scenario : scenarios) {
                results.add(runOne(evaluator, scenario));
            }
        }
        return results;
    }

    private static ScenarioResult runOne(CoSellEvaluator evaluator, Scenario scenario) {
        try {
            Assessment a = evaluator.evaluate(scenario.submission());
            return new ScenarioResult(scenario, Optional.of(a), scenario.expect().differences(a));
        } catch (CoSellException e) {
            return new ScenarioResult(scenario, Optional.empty(), List.of("the rules failed: " + e.getMessage()));
        }
    }

    /**
     * Runs the scenarios, reports the rules none of them fired and, if {@code mutate}, runs them again once per
     * rule with that rule disabled and records which scenarios noticed.
     *
     * @param evaluator the evaluator over the rules under test
     * @param scenarios the scenarios to run
     * @param mutate    whether to run them again once per disabled rule
     * @return the results, the rules no scenario fired and, if {@code mutate}, which scenarios noticed each rule
     *         disabled
     */
    public static ScenarioReport test(CoSellEvaluator evaluator, List<Scenario> scenarios, boolean mutate) {
        List<ScenarioResult> results = run(evaluator, scenarios);
        Set<String> fired = new LinkedHashSet<>();
        results.forEach(r -> fired.addAll(r.firedRules()));
        List<String> unfired = evaluator.rules().stream().map(RuleInfo::name).filter(n -> !fired.contains(n)).toList();
        Map<String, List<String>> mutations = new LinkedHashMap<>();
        if (mutate) {
            // Only scenarios that pass on the intact rules can tell that a rule went missing.
            List<Scenario> passing = results.stream().filter(ScenarioResult::passed).map(ScenarioResult::scenario)
                    .toList();
            for (RuleInfo rule : evaluator.rules()) {
                List<ScenarioResult> mutated = run(evaluator.withoutRules(List.of(rule.name())), passing);
                mutations.put(rule.name(), mutated.stream().filter(r -> !r.passed())
                        .map(r -> r.scenario().label()).toList());
            }
        }
        return new ScenarioReport(evaluator.ruleSetRevision(), results, unfired, mutations);
    }
}
