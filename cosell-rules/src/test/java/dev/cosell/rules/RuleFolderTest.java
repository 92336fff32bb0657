package dev.cosell.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.Offer;
import dev.cosell.model.OfferType;
import dev.cosell.model.Partner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules built from a rule author's folder: same results as the shipped rules, errors with file and line. */
class RuleFolderTest {
    /** The shipped DRL folder, as a rule author would copy it. */
    static final Path SHIPPED = Path.of("src/main/rules/2020-05-19");

    @TempDir
    Path folder;

    static void copyShipped(Path target) throws IOException {
        try (Stream<Path> files = Files.list(SHIPPED)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
    }

    @Test
    void aCopyOfTheShippedFolderGivesTheSameAssessmentsAsTheClasspathRules() throws IOException {
        copyShipped(folder);
        CoSellEvaluator fromFolder = CoSellEvaluator.fromDirectory(folder);
        Partner partner = Partner.builder("p", "P").businessProfileComplete(true)
                .revenue("S", YearMonth.of(2020, 1), "100000.00", "0").build();
        Offer offer = Offer.builder("o", "O", OfferType.SAAS).live().coSellCountries("US")
                .contact("A", "a@example.com", "Sales", "US").onePager("1.pdf").landingPage("https://example.com")
                .socialMedia("https://example.com/s").azureIpSharePercent("51").build();
        LocalDate asOf = LocalDate.of(2020, 7, 1);

        assertEquals(Fixtures.withoutRevision(Fixtures.EVALUATOR.evaluate(partner, offer, asOf)),
                Fixtures.withoutRevision(fromFolder.evaluate(partner, offer, asOf)));
        assertEquals("2020-05-19", fromFolder.ruleSetRevision());
        assertEquals(Fixtures.EVALUATOR.rules().size(), fromFolder.rules().size());
    }

    @Test
    void aBrokenRuleIsReportedWithFileLineAndRuleName() throws IOException {
        copyShipped(folder);
        Path step3 = folder.resolve("R3.2-one-pager.drl");
        String text = Files.readString(step3);
        Files.writeString(step3, text.replace("offer.collateral.hasOnePager(), $file",
                "offer.collateral.hasOnePagr(), $file"));
        int brokenLine = lineOf(text, "offer.collateral.hasOnePager(), $file");

        RuleCompilationException e = assertThrows(RuleCompilationException.class,
                () -> CoSellEvaluator.fromDirectory(folder));

        RuleProblem problem = e.problems().stream().filter(p -> p.file().equals("R3.2-one-pager.drl"))
                .findFirst().orElseThrow(() -> new AssertionError(e.getMessage()));
        assertEquals("R3.2 one-pager uploaded", problem.rule());
        assertTrue(Math.abs(problem.line() - brokenLine) <= 1, problem + " not near line " + brokenLine);
        assertTrue(e.getMessage().contains("R3.2-one-pager.drl:" + problem.line() + ": "), e.getMessage());
    }

    @Test
    void aFolderWithoutRulesOrThatDoesNotExistIsNamed() {
        RuleCompilationException empty = assertThrows(RuleCompilationException.class,
                () -> CoSellEvaluator.fromDirectory(folder));
        assertTrue(empty.getMessage().contains("holds no .drl file"), empty.getMessage());

        Path missing = folder.resolve("missing");
        RuleCompilationException absent = assertThrows(RuleCompilationException.class,
                () -> CoSellEvaluator.fromDirectory(missing));
        assertTrue(absent.getMessage().contains(missing.toString()), absent.getMessage());
        assertThrows(RuleCompilationException.class, () -> CoSellEvaluator.fromDirectory(null));
    }

    @Test
    void theRevisionComesFromTheFolderManifestOrIsUnversioned() throws IOException {
        copyShipped(folder);
        Files.writeString(folder.resolve("ruleset.properties"), "revision=2021-01-draft\n");
        assertEquals("2021-01-draft", CoSellEvaluator.fromDirectory(folder).ruleSetRevision());
        Files.delete(folder.resolve("ruleset.properties"));
        // without ruleset.properties, a revision folder's declaration names it
        assertEquals("2020-05-19", CoSellEvaluator.fromDirectory(folder).ruleSetRevision());
        Files.delete(folder.resolve("revision.properties"));
        assertEquals("unversioned", CoSellEvaluator.fromDirectory(folder).ruleSetRevision());
    }

    static int lineOf(String text, String needle) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not found");
    }
}
