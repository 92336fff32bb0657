package dev.cosell.examples.scenario;

import dev.cosell.model.Assessment;
import java.util.List;
import java.util.Optional;

/**
 * How one scenario fared.
 *
 * @param scenario    the scenario
 * @param assessment  the assessment, unless the submission was invalid or the rules failed
 * @param differences each way the result differs from the expectation (including an invalid submission or a
 *                    failure of the rules); empty when the scenario passed
 */
public record ScenarioResult(Scenario scenario, Optional<Assessment> assessment, List<String> differences) {

    /**
     * A result; the differences are copied.
     *
     * @param scenario    the scenario
     * @param assessment  the assessment, if there is one
     * @param differences each way the result differs from the expectation
     */
    public ScenarioResult {
        differences = List.copyOf(differences);
    }

    /** {@return whether the assessment met the expectation} */
    public boolean passed() {
        return differences.isEmpty();
    }

    /** {@return the rules that fired for this scenario (none if it was not assessed)} */
    public List<String> firedRules() {
        return assessment.map(Assessment::firedRules).orElse(List.of());
    }

    /** {@code FAIL file:line "name"} and one indented line per difference, or {@code PASS file:line "name"}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(passed() ? "PASS " : "FAIL ").append(scenario.label());
        differences.forEach(d -> text.append("\n    ").append(d));
        return text.toString();
    }
}
