package dev.cosell.rules;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One DRL file's text, under the name errors should show, and the rules it declares: line number (1-based) to rule
 * name, in line order (read once: the rule-set checks and the declaration order consult them several times).
 */
record RuleSource(String name, String text, Map<Integer, String> declarations) {

    RuleSource(String name, String text) {
        this(name, text, declarationsIn(text));
    }

    /** {@code package <name>;} at the start of a line. */
    private static final java.util.regex.Pattern PACKAGE = java.util.regex.Pattern.compile(
            "(?m)^\\s*package\\s+([\\w.]+)");

    /** The same file in another package: its package statement names {@code pkg}. */
    RuleSource inPackage(String pkg) {
        java.util.regex.Matcher m = PACKAGE.matcher(RevisionFolders.code(text));
        if (!m.find()) {
            return this;
        }
        return new RuleSource(name, text.substring(0, m.start(1)) + pkg + text.substring(m.end(1)), declarations);
    }

    byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<Integer, String> declarationsIn(String text) {
        Map<Integer, String> rules = new TreeMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String trimmed = lines[i].trim();
            if (trimmed.startsWith("rule ") || trimmed.startsWith("rule\t")) {
                rules.put(i + 1, nameOf(trimmed.substring(5).trim()));
            }
        }
        return Collections.unmodifiableMap(rules);
    }

    /** The name of the rule whose text holds the given line, or "" if the line is outside every rule. */
    String ruleAt(int line) {
        String found = "";
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < Math.min(line, lines.length); i++) {
            String trimmed = lines[i].trim();
            if (trimmed.startsWith("rule ") || trimmed.startsWith("rule\t")) {
                found = nameOf(trimmed.substring(5).trim());
            } else if (trimmed.equals("end") && i + 1 < line) {
                found = "";
            }
        }
        return found;
    }

    private static String nameOf(String rest) {
        if ((rest.startsWith("\"") || rest.startsWith("'")) && rest.indexOf(rest.charAt(0), 1) > 0) {
            return rest.substring(1, rest.indexOf(rest.charAt(0), 1));
        }
        return rest.split("\\s+")[0];
    }
}
