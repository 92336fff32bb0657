package dev.cosell.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cosell validate DIR} and {@code cosell test SCENARIOS --rules DIR}: output and exit codes. */
class RuleAuthorCommandsTest {
    /** The complete rule folder of revision 2020-05-19, which fromDirectory loads as it is. */
    static final Path SHIPPED_RULES = Path.of("..", "cosell-rules", "src", "main", "rules", "2020-05-19");
    static final Path SHIPPED_SCENARIOS = Path.of("..", "scenarios", "2020-05-19");

    @TempDir
    Path work;

    record Run(int code, String out, String err) {
    }

    static Run cosell(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CosellCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    Path copyOfRules() throws IOException {
        Path rules = Files.createDirectory(work.resolve("rules"));
        try (Stream<Path> files = Files.list(SHIPPED_RULES)) {
            for (Path file : files.toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        return rules;
    }

    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " no longer holds " + from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void validateAcceptsTheShippedRules() {
        Run run = cosell("validate", SHIPPED_RULES.toString());
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().contains("56 rules in 22 files, revision 2020-05-19"), run.out());
    }

    @Test
    void validateListsEveryProblemWithFileAndLine() throws IOException {
        Path rules = copyOfRules();
        replace(rules.resolve("R3.2-one-pager.drl"), "offer.collateral.hasOnePager(), $file",
                "offer.collateral.hasOnePagr(), $file");
        replace(rules.resolve("R2.1-csp.drl"), "@requirement(\"R2.1\")", "@requirement(\"R2.9\")");

        Run run = cosell("validate", rules.toString());

        assertEquals(1, run.code(), run.toString());
        assertTrue(run.out().contains("R3.2-one-pager.drl:12: "), run.out());
        assertTrue(run.out().contains("(rule \"R3.2 one-pager uploaded\")"), run.out());
        assertFalse(run.out().contains("\tat "), "no stack trace: " + run.out());
    }

    @Test
    void validateNamesAFolderThatIsNotThere() {
        Run run = cosell("validate", work.resolve("missing").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("is not a folder"), run.err());
    }

    @Test
    void testPassesTheShippedScenariosOnTheShippedRules() {
        Run run = cosell("test", SHIPPED_SCENARIOS.toString(), "--rules", SHIPPED_RULES.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("0 failed"), run.out());
        assertTrue(run.out().contains("rule coverage: every rule fired"), run.out());
    }

    @Test
    void testNamesTheScenarioThatAChangedThresholdBreaks() throws IOException {
        Path rules = copyOfRules();
        replace(rules.resolve("R4.1-revenue.drl"), "return new BigDecimal(\"100000.00\");",
                "return new BigDecimal(\"150000.00\");");

        Run run = cosell("test", SHIPPED_SCENARIOS.toString(), "--rules", rules.toString(), "--no-mutation");

        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("FAIL "), run.out());
        assertTrue(run.out().contains("R4.1: expected MET, was UNMET"), run.out());
        assertTrue(run.out().contains("150,000.00 USD needed"), run.out());
    }

    @Test
    void testWithBrokenRulesOrScenarioFilesIsAUsageError() throws IOException {
        Path rules = copyOfRules();
        replace(rules.resolve("R3.2-one-pager.drl"), "offer.collateral.hasOnePager(), $file",
                "offer.collateral.hasOnePagr(), $file");
        Run brokenRules = cosell("test", SHIPPED_SCENARIOS.toString(), "--rules", rules.toString());
        assertEquals(2, brokenRules.code());
        assertTrue(brokenRules.err().contains("R3.2-one-pager.drl:12"), brokenRules.err());

        Path scenarios = work.resolve("bad.json");
        Files.writeString(scenarios, "{ \"topic\": \"x\", \"scenarios\": [ { \"name\": \"a\" } ");
        Run brokenScenarios = cosell("test", scenarios.toString());
        assertEquals(2, brokenScenarios.code());
        assertTrue(brokenScenarios.err().contains(scenarios + ":"), brokenScenarios.err());
    }
}
