package dev.cosell.rules;

import java.util.List;

/**
 * One rule of a rule set, as a rule author sees it.
 *
 * @param name         the rule's name, starting with its requirement id, e.g. "R3.2 one-pager uploaded"
 * @param file         the DRL file that holds it
 * @param line         the line of its {@code rule} keyword in that file
 * @param requirements the ids its {@code @requirement} metadata names, e.g. {@code [R3.2]}
 */
public record RuleInfo(String name, String file, int line, List<String> requirements) {

    /**
     * A rule; {@code null} requirements are none, and {@code null} texts are empty.
     *
     * @param name         the rule's name
     * @param file         the DRL file that holds it
     * @param line         the line of its {@code rule} keyword in that file
     * @param requirements the requirement ids its metadata names; copied
     */
    public RuleInfo {
        name = name == null ? "" : name;
        file = file == null ? "" : file;
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
    }
}
