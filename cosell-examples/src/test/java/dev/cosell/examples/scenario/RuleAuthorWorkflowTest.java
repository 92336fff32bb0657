package dev.cosell.examples.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.Outcome;
import dev.cosell.model.Requirement;
import dev.cosell.rules.CoSellEvaluator;
import dev.cosell.rules.ReloadResult;
import dev.cosell.rules.ReloadingEvaluator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule author's path, end to end: copy the DRL folder, change the 100,000 USD threshold, see a named scenario
 * fail with a readable difference, see a broken DRL rejected with file and line while the previous rules keep
 * serving, and read the coverage and mutation report.
 */
class RuleAuthorWorkflowTest {
    static final Path SHIPPED_RULES = Path.of("..", "cosell-rules", "src", "main", "rules", "2020-05-19");
    static final String THRESHOLD = "return new BigDecimal(\"100000.00\");";

    /** A topic file with two scenarios on the R4.1 threshold, over an otherwise complete Azure IP SaaS offer. */
    static final String SCENARIO_FILE = """
            {
              "topic": "R4.1 revenue threshold",
              "defaults": {
                "asOf": "2020-07-01",
                "partner": { "id": "contoso", "name": "Contoso", "businessProfileComplete": true,
                             "revenue": [ { "solution": "Contoso Analytics", "month": "2020-03",
                                            "acrUsd": "100000.00", "billedUsd": "0.00" } ] },
                "offer": { "id": "contoso-analytics", "name": "Contoso Analytics", "type": "SAAS",
                           "listingState": "LIVE", "azureIpSharePercent": "80", "coSellCountries": ["US"],
                           "contacts": [ { "name": "Jane Doe", "email": "jane@contoso.com", "role": "Sales lead",
                                           "countries": ["*"] } ],
                           "collateral": { "onePager": "one-pager.pdf",
                                           "landingPageUrl": "https://contoso.com/analytics",
                                           "socialMediaUrl": "https://www.linkedin.com/company/contoso" } }
              },
              "scenarios": [
                { "name": "R4.1 ACR of exactly 100,000.00 USD reaches the threshold",
                  "expect": { "status": "CO_SELL_INCENTIVIZED", "route": "AZURE_IP", "outcomes": { "R4.1": "MET" } } },
                { "name": "R4.1 ACR of 99,999.99 USD misses the threshold",
                  "partner": { "revenue": [ { "solution": "Contoso Analytics", "month": "2020-03",
                                              "acrUsd": "99999.99", "billedUsd": "0.00" } ] },
                  "expect": { "status": "CO_SELL_READY", "outcomes": { "R4.1": "UNMET" } } }
              ]
            }
            """;

    @TempDir
    Path work;

    @Test
    void theRuleAuthorsPath() throws Exception {
        // 1. Copy the DRL folder and write a scenario file.
        Path rules = Files.createDirectory(work.resolve("rules"));
        try (Stream<Path> files = Files.list(SHIPPED_RULES)) {
            for (Path file : files.toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        Path scenarioFile = work.resolve("r4.1-threshold.json");
        Files.writeString(scenarioFile, SCENARIO_FILE);
        List<Scenario> scenarios = ScenarioFiles.read(scenarioFile);
        assertEquals(2, scenarios.size());

        try (ReloadingEvaluator evaluator = ReloadingEvaluator.over(rules)) {
            assertTrue(ScenarioRunner.run(evaluator.current(), scenarios).stream().allMatch(ScenarioResult::passed));

            // 2. Change the threshold: the scenario at exactly 100,000.00 USD now fails, named, with the difference.
            Path program = rules.resolve("R4.1-revenue.drl");
            String text = Files.readString(program);
            assertTrue(text.contains(THRESHOLD), "R4.1-revenue.drl no longer holds the threshold as this test expects");
            Files.writeString(program, text.replace(THRESHOLD, "return new BigDecimal(\"150000.00\");"));
            assertTrue(evaluator.reload().applied());

            List<ScenarioResult> afterChange = ScenarioRunner.run(evaluator.current(), scenarios);
            List<ScenarioResult> failures = afterChange.stream().filter(r -> !r.passed()).toList();
            assertEquals(1, failures.size(), afterChange.toString());
            String report = failures.get(0).toString();
            assertTrue(report.startsWith("FAIL " + scenarioFile + ":"), report);
            assertTrue(report.contains("\"R4.1 ACR of exactly 100,000.00 USD reaches the threshold\""), report);
            assertTrue(report.contains("status: expected CO_SELL_INCENTIVIZED, was CO_SELL_READY"), report);
            assertTrue(report.contains("R4.1: expected MET, was UNMET"), report);
            assertTrue(report.contains("100,000.00 USD; 150,000.00 USD needed"), report);

            // 3. Break a rule: the reload is rejected with file and line; the previous rules keep serving.
            Path step3 = rules.resolve("R3.2-one-pager.drl");
            Files.writeString(step3, Files.readString(step3).replace("offer.collateral.hasOnePager(), $file",
                    "offer.collateral.hasOnePagr(), $file"));
            ReloadResult rejected = evaluator.reload();
            assertFalse(rejected.applied());
            assertTrue(rejected.problems().stream().anyMatch(p -> p.file().equals("R3.2-one-pager.drl")
                    && p.line() > 0 && p.rule().equals("R3.2 one-pager uploaded")), rejected.toString());
            assertEquals(Outcome.UNMET, evaluator.evaluate(scenarios.get(0).submission()).outcome(Requirement.R4_1),
                    "the changed, sound rules must keep serving");

            // 4. Coverage and mutation: two scenarios leave most rules unfired and untested, and say which.
            ScenarioReport coverage = ScenarioRunner.test(evaluator.current(), scenarios, true);
            assertFalse(coverage.passed());
            assertTrue(coverage.unfired().contains("R4.3 active ISV Connect premium enrollment"), coverage.render());
            assertFalse(coverage.unfired().contains("R4.1 ACR threshold not reached"), coverage.render());
            assertTrue(coverage.survivors().contains("B2 CSP sales incentive"), coverage.render());
            assertTrue(coverage.mutations().get("R4.1 ACR threshold not reached").stream()
                    .anyMatch(label -> label.contains("R4.1 ACR of")), coverage.render());
            String rendered = coverage.render();
            assertTrue(rendered.contains("rules fired in no scenario:"), rendered);
            assertTrue(rendered.contains("untested: no scenario fails without rule \"B2 CSP sales incentive\""),
                    rendered);
        }
    }

    @Test
    void aScenarioFileWithMistakesNamesEveryOneWithItsLine() throws IOException {
        Path file = work.resolve("broken.json");
        Files.writeString(file, """
                {
                  "topic": "mistakes",
                  "defaults": { "asOf": "2020-07-01" },
                  "scenarios": [
                    { "name": "one", "expect": { "status": "READY" } },
                    { "name": "one", "expect": { "outcomes": { "R9.9": "MET" } }, "colour": "red" }
                  ]
                }
                """);
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.read(file));
        String all = e.getMessage();
        assertTrue(all.contains(file + ":5 \"one\": expect.status: \"READY\" is not one of"), all);
        assertTrue(all.contains(file + ":6: two scenarios are named \"one\""), all);
        assertTrue(all.contains("unknown requirement \"R9.9\""), all);
        assertTrue(all.contains("unknown field \"colour\""), all);
        assertTrue(all.contains("partner"), "the missing partner must be named:\n" + all);
    }

    @Test
    void mergePatchFollowsRfc7386() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var target = mapper.readTree("{\"a\":\"b\",\"c\":{\"d\":\"e\",\"f\":\"g\"},\"l\":[1,2]}");
        var patch = mapper.readTree("{\"a\":\"z\",\"c\":{\"f\":null},\"l\":[3]}");
        assertEquals(mapper.readTree("{\"a\":\"z\",\"c\":{\"d\":\"e\"},\"l\":[3]}"),
                ScenarioFiles.mergePatch(target, patch));
    }

    @Test
    void theShippedRulesPassTheWorkflowScenarios() throws Exception {
        Path scenarioFile = work.resolve("r4.1.json");
        Files.writeString(scenarioFile, SCENARIO_FILE);
        assertTrue(ScenarioRunner.run(CoSellEvaluator.create(), ScenarioFiles.read(scenarioFile)).stream()
                .allMatch(ScenarioResult::passed));
    }
}
