package dev.cosell.examples.scenario;

import java.util.List;
import java.util.Map;

/**
 * What running a rule author's scenarios showed: each scenario's result, the rules no scenario fired, and
 * the rules whose removal no scenario noticed.
 *
 * @param revision  the revision of the rules tested
 * @param results   every scenario's result, in file and scenario order
 * @param unfired   names of rules that no scenario fired (rule coverage), in rule order
 * @param mutations for each rule that was disabled, the scenarios that then failed (empty list: the rule
 *                  survived, no scenario tests it); empty map when mutation was not run
 */
public record ScenarioReport(String revision, List<ScenarioResult> results, List<String> unfired,
                             Map<String, List<String>> mutations) {

    /**
     * A report; the lists and the map are copied.
     *
     * @param revision  the revision of the rules tested
     * @param results   every scenario's result
     * @param unfired   names of rules that no scenario fired
     * @param mutations for each rule that was disabled, the scenarios that then failed
     */
    public ScenarioReport {
        results = List.copyOf(results);
        unfired = List.copyOf(unfired);
        mutations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(mutations));
    }

    /** {@return the scenarios that failed} */
    public List<ScenarioResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    /** {@return the rules that could be disabled without any scenario failing} */
    public List<String> survivors() {
        return mutations.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    }

    /** {@return whether every scenario passed, every rule fired, and every disabled rule made a scenario fail} */
    public boolean passed() {
        return failures().isEmpty() && unfired.isEmpty() && survivors().isEmpty();
    }

    /** {@return a readable report: failures with their differences, coverage and mutation summaries} */
    public String render() {
        StringBuilder text = new StringBuilder();
        failures().forEach(f -> text.append(f).append('\n'));
        long passed = results.size() - failures().size();
        text.append(String.format("scenarios: %d passed, %d failed (rules of revision %s)%n", passed,
                failures().size(), revision));
        int rules = mutations.isEmpty() ? -1 : mutations.size();
        text.append("rule coverage: ").append(unfired.isEmpty() ? "every rule fired" : unfired.size()
                + " rules fired in no scenario:").append('\n');
        unfired.forEach(r -> text.append("    ").append(r).append('\n'));
        if (rules >= 0) {
            List<String> survivors = survivors();
            text.append(String.format("rule mutation: %d of %d rules, when disabled, made a scenario fail%n",
                    rules - survivors.size(), rules));
            survivors.forEach(r -> text.append("    untested: no scenario fails without rule \"").append(r)
                    .append("\"\n"));
        }
        return text.toString();
    }
}
