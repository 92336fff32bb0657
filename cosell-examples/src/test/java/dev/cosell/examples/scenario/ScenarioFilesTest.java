package dev.cosell.examples.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.cosell.model.Revision;
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
 * Runs every shipped scenario file against the shipped rules of its revision: {@code scenarios/<revision>/} at the
 * top of the project holds the scenarios of one program revision, run with the evaluator pinned to it
 * ({@code forRevision}). Per revision: one test per scenario, named by its file and name, then rule coverage and
 * rule mutation over that revision's rules. Every revision of the calendar has a scenario folder.
 */
class ScenarioFilesTest {
    /** The project's scenario folder, seen from this module's folder (where Maven runs the tests). */
    static final Path SCENARIOS = Path.of("..", "scenarios");

    static final CoSellEvaluator EVALUATOR = CoSellEvaluator.create();

    @TestFactory
    Stream<DynamicNode> shippedScenarios() {
        List<DynamicNode> revisions = new ArrayList<>();
        for (Revision revision : EVALUATOR.revisions()) {
            Path folder = SCENARIOS.resolve(revision.id());
            revisions.add(dynamicContainer(revision.id(), java.nio.file.Files.isDirectory(folder)
                    ? revisionScenarios(revision.id(), folder)
                    : Stream.of(dynamicTest("has a scenario folder", () -> assertTrue(false, folder + " is missing")))));
        }
        return revisions.stream();
    }

    private static Stream<DynamicNode> revisionScenarios(String id, Path folder) {
        List<Scenario> scenarios;
        try {
            scenarios = ScenarioFiles.read(folder);
        } catch (ScenarioFileException e) {
            return Stream.of(dynamicTest("scenario files read", () -> assertTrue(false, e.getMessage())));
        }
        ScenarioReport report = ScenarioRunner.test(EVALUATOR.forRevision(id), scenarios, true);

        Map<String, List<DynamicNode>> byFile = new LinkedHashMap<>();
        for (ScenarioResult result : report.results()) {
            byFile.computeIfAbsent(Path.of(result.scenario().file()).getFileName().toString(), f -> new ArrayList<>())
                    .add(dynamicTest(result.scenario().name(), () -> assertTrue(result.passed(), result::toString)));
        }
        List<DynamicNode> nodes = new ArrayList<>();
        byFile.forEach((file, tests) -> nodes.add(dynamicContainer(file, tests)));
        nodes.add(dynamicTest("the folder holds scenarios", () -> assertTrue(!scenarios.isEmpty(), folder + " is empty")));
        nodes.add(dynamicTest("rule coverage: every rule fires in some scenario",
                () -> assertTrue(report.unfired().isEmpty(), report::render)));
        nodes.add(dynamicTest("rule mutation: every rule, disabled, makes some scenario fail",
                () -> assertTrue(report.survivors().isEmpty(), report::render)));
        return nodes.stream();
    }
}
