package dev.cosell.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set does not compile or fails its checks; {@link #problems()} lists every problem at once. */
public class RuleCompilationException extends CoSellException {
    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    /**
     * An exception listing the given problems of the named rule set ({@code null}: none).
     *
     * @param ruleSet  the rule set, as the message names it (a folder, or the shipped rules)
     * @param problems every problem found; copied
     */
    public RuleCompilationException(String ruleSet, List<RuleProblem> problems) {
        this(ruleSet, problems == null ? List.<RuleProblem>of() : List.copyOf(problems), true);
    }

    private RuleCompilationException(String ruleSet, List<RuleProblem> problems, boolean copied) {
        super("rule set " + ruleSet + " has " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + ":" + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining()));
        this.problems = problems;
    }

    /** {@return every problem, in file and line order} */
    public List<RuleProblem> problems() {
        return problems;
    }
}
