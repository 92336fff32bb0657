package dev.cosell.rules;

import java.util.List;

/**
 * What a reload of a rule folder did: the new rules were swapped in, or they were rejected and the previous
 * rules keep serving.
 *
 * @param applied  whether the new rules now serve
 * @param revision the revision that serves after the reload (the new one if applied, else the previous one)
 * @param rules    how many rules serve after the reload
 * @param problems why the new rules were rejected, every problem as {@code file:line: message}; empty if applied
 */
public record ReloadResult(boolean applied, String revision, int rules, List<RuleProblem> problems) {

    /**
     * A result; {@code null} problems are none, a {@code null} revision is {@code "unknown"}.
     *
     * @param applied  whether the new rules now serve
     * @param revision the revision that serves after the reload
     * @param rules    how many rules serve after the reload
     * @param problems why the new rules were rejected; copied
     */
    public ReloadResult {
        revision = revision == null ? "unknown" : revision;
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    @Override
    public String toString() {
        if (applied) {
            return "reloaded: " + rules + " rules of revision " + revision;
        }
        StringBuilder text = new StringBuilder("reload rejected, still serving revision " + revision + " ("
                + rules + " rules):");
        problems.forEach(p -> text.append("\n  ").append(p));
        return text.toString();
    }
}
