package dev.cosell.examples.cli;

import dev.cosell.examples.scenario.Scenario;
import dev.cosell.examples.scenario.ScenarioFileException;
import dev.cosell.examples.scenario.ScenarioFiles;
import dev.cosell.examples.scenario.ScenarioReport;
import dev.cosell.examples.scenario.ScenarioRunner;
import dev.cosell.rules.CoSellEvaluator;
import dev.cosell.rules.RuleCompilationException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cosell test SCENARIOS --rules DIR}: runs scenario files, with rule coverage and rule mutation. */
@Command(name = "test",
        description = {"Runs the scenarios in SCENARIOS (a scenario file, or a folder of them) against the rules, "
                + "reports each failing scenario with expected and actual values, the rules no scenario fired "
                + "(coverage) and the rules that could be disabled without any scenario failing (mutation)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every scenario passed, every rule fired, and every rule is tested",
                "1:a scenario failed, or a rule is not covered or not tested",
                "2:usage error, unreadable scenario files, or rules that fail to compile"})
final class TestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SCENARIOS", description = "A scenario file (JSON) or a folder of them.")
    private Path scenarios;

    @Option(names = "--rules", paramLabel = "DIR", description = "Test the DRL rules in DIR instead of the rules "
            + "shipped with cosell.")
    private Path rules;

    @Option(names = "--revision", paramLabel = "ID", description = "Run the scenarios with the program revision ID "
            + "pinned (see 'cosell revisions'): its rules for every scenario, whatever its date, and its rules for "
            + "coverage and mutation. Without it, each scenario gets the revision in force on its asOf date, and "
            + "coverage and mutation look at the newest revision.")
    private String revision;

    @Option(names = "--no-mutation", description = "Skip rule mutation (coverage is still reported).")
    private boolean noMutation;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Scenario> read;
        try {
            read = ScenarioFiles.read(scenarios);
        } catch (ScenarioFileException e) {
            e.problems().forEach(p -> err.println("cosell: " + p));
            return ExitCodes.USAGE;
        }
        CoSellEvaluator evaluator;
        try {
            evaluator = EvaluateCommand.pinned(rules == null ? EvaluateCommand.shippedEvaluator()
                    : CoSellEvaluator.fromDirectory(rules), revision);
        } catch (RuleCompilationException | IllegalArgumentException e) {
            err.println("cosell: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        ScenarioReport report = ScenarioRunner.test(evaluator, read, !noMutation);
        out.print(report.render());
        return report.passed() ? ExitCodes.OK : ExitCodes.INVALID_RECORDS;
    }
}
