package dev.cosell.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.Benefit;
import dev.cosell.model.Channel;
import dev.cosell.model.Requirement;
import dev.cosell.model.Standing;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped rules name only known rows and cover every row; {@code ruleset.properties} lists every DRL file;
 * a rule set that breaks these is rejected, naming what is wrong.
 */
class RuleMetadataTest {
    static final List<RuleInfo> RULES = Fixtures.EVALUATOR.rules();

    @TempDir
    Path folder;

    static Set<String> knownIds() {
        Set<String> ids = new TreeSet<>();
        Arrays.stream(Requirement.values()).map(Requirement::id).forEach(ids::add);
        Arrays.stream(Benefit.values()).map(Benefit::id).forEach(ids::add);
        Arrays.stream(Channel.values()).map(Channel::id).forEach(ids::add);
        Arrays.stream(Standing.values()).map(Standing::id).forEach(ids::add);
        return ids;
    }

    @Test
    void everyShippedRuleNamesOnlyKnownRows() {
        Set<String> known = knownIds();
        assertFalse(RULES.isEmpty());
        for (RuleInfo rule : RULES) {
            assertFalse(rule.requirements().isEmpty(), rule.name() + " names no row");
            for (String id : rule.requirements()) {
                assertTrue(known.contains(id), rule.name() + " names unknown row " + id);
            }
        }
    }

    @Test
    void everyRowBenefitChannelAndStandingHasARule() {
        Set<String> covered = RULES.stream().flatMap(r -> r.requirements().stream()).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>(knownIds());
        missing.removeAll(covered);
        assertEquals(Set.of(), missing, "rows without a rule");
        assertEquals(26, knownIds().size(), "12 rows, 4 benefits, 3 channels and 7 review standings");
    }

    @Test
    void everyRuleIsNamedAfterARowItEncodesOrAfterTheStatusItDecides() {
        for (RuleInfo rule : RULES) {
            boolean namedAfterARow = rule.requirements().stream().anyMatch(id -> rule.name().startsWith(id + " "));
            boolean statusRule = rule.name().startsWith("Status ") || rule.name().startsWith("Next step ");
            assertTrue(namedAfterARow || statusRule, rule.name() + " " + rule.requirements());
            assertTrue(rule.file().endsWith(".drl"), rule.name() + " in " + rule.file());
        }
        assertEquals(RULES.size(), RULES.stream().map(RuleInfo::name).distinct().count());
    }

    @Test
    void theManifestListsExactlyTheShippedDrlFilesOnceEach() throws IOException {
        Properties manifest = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/dev/cosell/rules/ruleset.properties")) {
            manifest.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> listed = Stream.of(manifest.getProperty("files").split(",")).map(String::strip).toList();
        Set<String> onDisk;
        try (Stream<Path> files = Files.list(RuleFolderTest.SHIPPED)) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(listed.size(), Set.copyOf(listed).size(), "a file is listed twice: " + listed);
        assertEquals(onDisk, new TreeSet<>(listed));
        assertEquals("2020-05", manifest.getProperty("revision"));
        assertEquals("2020-05", Fixtures.EVALUATOR.ruleSetRevision());
        // every file's rules are loaded
        assertEquals(onDisk.stream().filter(f -> !f.equals("program.drl")).collect(Collectors.toSet()),
                RULES.stream().map(RuleInfo::file).collect(Collectors.toSet()));
    }

    /** One compilation for the rule-set checks (compiling takes a moment): each broken rule is named, all at once. */
    @Test
    void givenAnUntaggedRuleAnUnknownRowAndARowWithoutARule_thenTheRuleSetIsRejectedNamingEveryProblemAtOnce()
            throws IOException {
        RuleFolderTest.copyShipped(folder);
        Path file = folder.resolve("benefits-and-channels.drl");
        String text = Files.readString(file);
        int start = text.indexOf("rule \"C2 ");
        int end = text.indexOf("\nend", start) + "\nend".length();
        assertTrue(start > 0 && end > start, "the C2 rule is in benefits-and-channels.drl");
        Files.writeString(file, text.substring(0, start) + text.substring(end));

        RuleCompilationException e = rejected("extra.drl", rule("R3.2 untagged copy", "")
                + rule("R3.7 invented row", "@requirement(\"R3.7\")"));

        assertProblem(e, "R3.2 untagged copy", "has no @requirement");
        assertProblem(e, "R3.7 invented row", "unknown row 'R3.7'");
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("no rule names row C2")), e.getMessage());
        assertEquals(3, e.problems().size(), e.getMessage());
    }

    @Test
    void givenTwoRulesWithOneNameInOnePackage_thenTheRuleSetIsRejectedNamingTheRuleWithFileAndLine()
            throws IOException {
        RuleCompilationException e = rejected("extra.drl", rule("R3.2 one-pager uploaded", "@requirement(\"R3.2\")"));
        // the engine itself rejects the second declaration it reads
        assertTrue(e.problems().stream().anyMatch(p -> p.rule().equals("R3.2 one-pager uploaded")
                && p.file().endsWith(".drl") && p.line() > 0 && p.message().toLowerCase().contains("duplicate")),
                e.getMessage());
    }

    @Test
    void givenTwoRulesWithOneNameInTwoPackages_thenTheRuleSetIsRejectedNamingBothPlaces() throws IOException {
        RuleFolderTest.copyShipped(folder);
        Files.writeString(folder.resolve("extra.drl"), "package dev.cosell.rules.extra;\n"
                + "import dev.cosell.rules.facts.Evaluation;\n"
                + rule("R3.2 one-pager uploaded", "@requirement(\"R3.2\")"));
        RuleCompilationException e = assertThrows(RuleCompilationException.class,
                () -> CoSellEvaluator.fromDirectory(folder));
        // the engine accepts it (names are unique per package); the rule-set check does not
        assertTrue(e.problems().stream().anyMatch(p -> p.rule().equals("R3.2 one-pager uploaded")
                && p.message().contains("two rules share this name") && p.message().contains(".drl:")),
                e.getMessage());
    }

    /** Copies the shipped rules (unless already there), adds {@code extra} as a file, and expects the folder to be rejected. */
    private RuleCompilationException rejected(String fileName, String extra) throws IOException {
        if (!Files.exists(folder.resolve("program.drl"))) {
            RuleFolderTest.copyShipped(folder);
        }
        Files.writeString(folder.resolve(fileName), "package dev.cosell.rules;\n"
                + "import dev.cosell.rules.facts.Evaluation;\n" + extra);
        return assertThrows(RuleCompilationException.class, () -> CoSellEvaluator.fromDirectory(folder));
    }

    private static String rule(String name, String metadata) {
        return "rule \"" + name + "\"\n    " + metadata + "\nwhen\n    Evaluation( id < 0 )\nthen\nend\n";
    }

    private static void assertProblem(RuleCompilationException e, String rule, String text) {
        List<String> problems = new ArrayList<>();
        e.problems().forEach(p -> problems.add(p.toString()));
        assertTrue(e.problems().stream().anyMatch(p -> p.rule().equals(rule) && p.toString().contains(text)),
                () -> "no problem names rule \"" + rule + "\" with \"" + text + "\": " + problems);
        assertTrue(e.getMessage().contains(rule), e.getMessage());
    }
}
