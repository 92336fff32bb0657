package dev.cosell.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.Benefit;
import dev.cosell.model.Channel;
import dev.cosell.model.Requirement;
import dev.cosell.model.Revision;
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
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every revision's shipped rules name only the ids of that revision and cover each of them; every revision folder's
 * files are used; a rule set that breaks these is rejected, naming what is wrong.
 */
class RuleMetadataTest {
    static final List<RuleInfo> RULES = Fixtures.EVALUATOR.rules();
    static final CoSellEvaluator ALL = CoSellEvaluator.create();
    static final Path REVISIONS = Path.of("src/main/rules");

    @TempDir
    Path folder;

    /** The ids a revision's rules must cover, and the only ones they may name. */
    static Set<String> idsOf(Revision revision) {
        Set<String> ids = new TreeSet<>();
        revision.rows().stream().map(Requirement::id).forEach(ids::add);
        revision.benefits().stream().map(Benefit::id).forEach(ids::add);
        revision.channels().stream().map(Channel::id).forEach(ids::add);
        Arrays.stream(Standing.values()).map(Standing::id).forEach(ids::add);
        return ids;
    }

    static Stream<Revision> revisions() {
        return ALL.revisions().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("revisions")
    void everyRuleOfARevisionNamesOnlyItsIdsAndEveryIdHasARule(Revision revision) {
        List<RuleInfo> rules = ALL.forRevision(revision.id()).rules();
        Set<String> ids = idsOf(revision);
        assertFalse(rules.isEmpty());
        for (RuleInfo rule : rules) {
            assertFalse(rule.requirements().isEmpty(), rule.name() + " names no row");
            for (String id : rule.requirements()) {
                assertTrue(ids.contains(id), rule.name() + " names " + id + ", not a row of " + revision.id());
            }
        }
        Set<String> missing = new TreeSet<>(ids);
        rules.forEach(r -> missing.removeAll(r.requirements()));
        assertEquals(Set.of(), missing, "ids of " + revision.id() + " without a rule");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("revisions")
    void everyRuleIsNamedAfterWhatItDecidesAndComesFromARevisionFolder(Revision revision) {
        List<RuleInfo> rules = ALL.forRevision(revision.id()).rules();
        for (RuleInfo rule : rules) {
            boolean namedAfterARow = rule.requirements().stream().anyMatch(id -> rule.name().startsWith(id + " "));
            boolean other = rule.name().startsWith("Status ") || rule.name().startsWith("Next step ")
                    || rule.name().startsWith("Route ") || rule.name().startsWith("Attribute ");
            assertTrue(namedAfterARow || other, rule.name() + " " + rule.requirements());
            // the file is named by the revision folder it comes from, that revision or one it builds on
            String origin = rule.file().substring(0, rule.file().indexOf('/'));
            assertTrue(Files.isRegularFile(REVISIONS.resolve(rule.file())), rule.file());
            assertFalse(origin.compareTo(revision.id()) > 0, rule.file() + " in " + revision.id());
        }
        assertEquals(rules.size(), rules.stream().map(RuleInfo::name).distinct().count());
    }

    @Test
    void theCalendarIsInDateOrderWithoutGapsOrOverlaps() {
        List<Revision> revisions = ALL.revisions();
        assertEquals(10, revisions.size(), revisions.toString());
        assertEquals("2020-05-19", revisions.get(0).id());
        for (int i = 0; i + 1 < revisions.size(); i++) {
            Revision r = revisions.get(i);
            Revision next = revisions.get(i + 1);
            assertEquals(next.effectiveFrom().minusDays(1), r.effectiveUntil().orElseThrow(), r.id());
            assertEquals(Optional.of(r.id()), next.base(), next.id() + " builds on the revision before it");
            assertFalse(r.sources().isEmpty(), r.id());
            assertFalse(r.confidence().isBlank(), r.id());
        }
        assertTrue(revisions.get(revisions.size() - 1).effectiveUntil().isEmpty());
    }

    @Test
    void everyFileOfEveryRevisionFolderIsUsedAndTheBaseFolderIsComplete() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Revision revision : ALL.revisions()) {
            ALL.forRevision(revision.id()).rules().forEach(r -> used.add(r.file()));
        }
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.walk(REVISIONS)) {
            files.filter(p -> p.toString().endsWith(".drl")).forEach(p -> onDisk.add(
                    REVISIONS.relativize(p).toString().replace('\\', '/')));
        }
        // program.drl holds functions only
        onDisk.removeIf(f -> f.endsWith("/program.drl"));
        assertEquals(onDisk, used);
        assertEquals("2020-05-19", Fixtures.EVALUATOR.ruleSetRevision());
    }

    /** One compilation for the rule-set checks (compiling takes a moment): each broken rule is named, all at once. */
    @Test
    void givenAnUntaggedRuleAnUnknownRowAndARowWithoutARule_thenTheRuleSetIsRejectedNamingEveryProblemAtOnce()
            throws IOException {
        RuleFolderTest.copyShipped(folder);
        Files.delete(folder.resolve("C2-partners.drl"));

        RuleCompilationException e = rejected("extra.drl", rule("R3.2 untagged copy", "")
                + rule("R9.9 invented row", "@requirement(\"R9.9\")")
                + rule("R3.7 row of a later revision", "@requirement(\"R3.7\")"));

        assertProblem(e, "R3.2 untagged copy", "has no @requirement");
        assertProblem(e, "R9.9 invented row", "unknown row 'R9.9'");
        assertProblem(e, "R3.7 row of a later revision", "row 'R3.7', which revision 2020-05-19 does not have");
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("no rule names row C2")), e.getMessage());
        assertEquals(4, e.problems().size(), e.getMessage());
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
