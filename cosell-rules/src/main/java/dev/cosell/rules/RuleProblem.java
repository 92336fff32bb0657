package dev.cosell.rules;

/**
 * One problem in a rule set: a compile error, or a broken rule-set check.
 *
 * @param file    the DRL file, as it was named when the rules were loaded
 * @param line    the line in that file, or 0 when the problem has no line (Drools reports no column)
 * @param rule    the rule's name, or empty when the problem is not inside one rule
 * @param message what is wrong
 */
public record RuleProblem(String file, int line, String rule, String message) {

    /**
     * A problem; a {@code null} file is {@code "(unknown file)"}, a {@code null} rule or message empty.
     *
     * @param file    the DRL file
     * @param line    the line in that file, or 0
     * @param rule    the rule's name
     * @param message what is wrong
     */
    public RuleProblem {
        file = file == null ? "(unknown file)" : file;
        rule = rule == null ? "" : rule;
        message = message == null ? "" : message;
    }

    /** {@code file:line: message (rule "name")}. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message + (rule.isEmpty() ? "" : " (rule \"" + rule + "\")");
    }
}
