package dev.cosell.examples.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cosell.rules.CoSellEvaluator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario's {@code notices} expectation: the only way a scenario sees a rule whose sole effect is a notice (B6's
 * "top-tier benefits not evaluated", revision 2023-08-24), so that rule coverage and mutation can hold it too.
 */
class ScenarioNoticesTest {
    static final CoSellEvaluator REVISION_2023 = CoSellEvaluator.create().forRevision("2023-08-24");

    @TempDir
    Path work;

    /** A scenario file with the shipped 2023-08-24 defaults (an Azure IP co-sell eligible offer) and the scenarios. */
    private Path file(String scenarios) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode shipped = (ObjectNode) mapper.readTree(
                ScenarioFilesTest.SCENARIOS.resolve("2023-08-24").resolve("benefits-and-channels.json").toFile());
        Path file = work.resolve("notices.json");
        Files.writeString(file, "{ \"topic\": \"notices\", \"defaults\": " + shipped.get("defaults")
                + ", \"scenarios\": " + scenarios + " }");
        return file;
    }

    @Test
    void givenTheNoticesAnAssessmentCarries_thenTheScenarioPasses_andAnyOtherListFailsNamingBoth() throws Exception {
        List<ScenarioResult> results = ScenarioRunner.run(REVISION_2023, ScenarioFiles.read(file("""
                [ { "name": "no figures", "expect": { "notices": ["B6.notEvaluated"] } },
                  { "name": "claims none", "expect": { "notices": [] } },
                  { "name": "a pathway met", "partner": { "topTier": { "netNewCustomersAbove10k": 12 } },
                    "expect": { "benefits": ["B3", "B4", "B5", "B6"], "notices": [] } } ]
                """)));
        assertTrue(results.get(0).passed(), results.get(0).toString());
        assertFalse(results.get(1).passed());
        assertEquals(List.of("notices: expected [], was [B6.notEvaluated]"), results.get(1).differences());
        assertTrue(results.get(2).passed(), results.get(2).toString());
    }

    @Test
    void givenTheRuleThatInsertsTheNoticeDisabled_thenTheScenarioExpectingItFails() throws Exception {
        List<Scenario> scenarios = ScenarioFiles.read(file("""
                [ { "name": "no figures", "expect": { "notices": ["B6.notEvaluated"] } } ]
                """));
        CoSellEvaluator without = REVISION_2023.withoutRules(List.of("B6 top-tier pathway figures not given"));
        ScenarioResult result = ScenarioRunner.run(without, scenarios).get(0);
        assertEquals(List.of("notices: expected [B6.notEvaluated], was []"), result.differences());
    }

    @Test
    void givenNoticesThatAreNotAListOfCodes_thenTheFileIsRejectedNamingEachMistake() throws Exception {
        Path broken = file("""
                [ { "name": "a number", "expect": { "notices": 3 } },
                  { "name": "a blank code", "expect": { "notices": ["B6.notEvaluated", " ", 7] } } ]
                """);
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.read(broken));
        String all = e.getMessage();
        assertTrue(all.contains("expect.notices must be a list of notice codes"), all);
        assertTrue(all.contains("expect.notices: \" \" is not a notice code"), all);
        assertTrue(all.contains("expect.notices: 7 is not a notice code"), all);
    }
}
