package dev.cosell.rules;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One DRL file's text, under the name errors should show, and the rules it declares: line number (1-based) to rule
 * name, in line order (read once: the rule-set checks and the declaration order consult them several times).
 */
record RuleSource(String name, String text, Map<Integer, String> declarations) {

    RuleSource(String name, String text) {
        this(name, text, RevisionFolders.declarationsIn(text));
    }

    /** The same file in another package: its package statement names {@code pkg}. */
    RuleSource inPackage(String pkg) {
        return new RuleSource(name, RevisionFolders.withPackage(text, pkg), declarations);
    }

    byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The name of the rule whose text holds the given line, or "" if the line is outside every rule. */
    String ruleAt(int line) {
        String found = "";
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < Math.min(line, lines.length); i++) {
            String trimmed = lines[i].trim();
            if (trimmed.startsWith("rule ") || trimmed.startsWith("rule\t")) {
                found = RevisionFolders.ruleNameOf(trimmed.substring(5).trim());
            } else if (trimmed.equals("end") && i + 1 < line) {
                found = "";
            }
        }
        return found;
    }
}
