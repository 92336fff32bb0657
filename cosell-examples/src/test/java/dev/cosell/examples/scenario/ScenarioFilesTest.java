package dev.cosell.examples.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.cosell.rules.CoSellEvaluator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every shipped scenario file ({@code scenarios/} at the top of the project) against the shipped rules:
 * one test per scenario, named by its file and name, then rule coverage and rule mutation over all of them.
 */
class ScenarioFilesTest {
    /** The project's scenario folder, seen from this module's folder (where Maven runs the tests). */
    static final Path SCENARIOS = Path.of("..", "scenarios");

    @TestFactory
    Stream<DynamicNode> shippedScenarios() throws ScenarioFileException {
        List<Scenario> scenarios = ScenarioFiles.read(SCENARIOS);
        ScenarioReport report = ScenarioRunner.test(CoSellEvaluator.create(), scenarios, true);

        Map<String, List<DynamicNode>> byFile = new LinkedHashMap<>();
        for (ScenarioResult result : report.results()) {
            byFile.computeIfAbsent(Path.of(result.scenario().file()).getFileName().toString(), f -> new ArrayList<>())
                    .add(dynamicTest(result.scenario().name(), () -> assertTrue(result.passed(), result::toString)));
        }
        List<DynamicNode> nodes = new ArrayList<>();
        byFile.forEach((file, tests) -> nodes.add(dynamicContainer(file, tests)));
        nodes.add(dynamicTest("rule coverage: every rule fires in some scenario",
                () -> assertTrue(report.unfired().isEmpty(), report::render)));
        nodes.add(dynamicTest("rule mutation: every rule, disabled, makes some scenario fail",
                () -> assertTrue(report.survivors().isEmpty(), report::render)));
        return nodes.stream();
    }
}
