package dev.cosell.examples.cli;

import dev.cosell.rules.CoSellEvaluator;
import dev.cosell.rules.RuleCompilationException;
import dev.cosell.rules.RuleInfo;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cosell validate DIR}: compiles a folder of DRL rules and runs the rule-set checks. */
@Command(name = "validate",
        description = {"Compiles the DRL files in DIR and checks the rule set: every rule names a known "
                + "requirement row in @requirement, no two rules share a name, every row has a rule.",
                "Every problem is listed as file:line: message (rule \"name\")."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the rule set compiles and passes the checks",
                "1:the rule set has problems (each is listed)",
                "2:usage error: DIR is not a folder"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A folder of DRL files (every *.drl below it).")
    private Path directory;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(directory)) {
            err.println("cosell: " + directory + " is not a folder");
            return ExitCodes.USAGE;
        }
        try {
            CoSellEvaluator evaluator = CoSellEvaluator.fromDirectory(directory);
            long files = evaluator.rules().stream().map(RuleInfo::file).distinct().count();
            out.printf("%s: %d rules in %d files, revision %s: the rule set compiles and passes every check%n",
                    directory, evaluator.rules().size(), files, evaluator.ruleSetRevision());
            return ExitCodes.OK;
        } catch (RuleCompilationException e) {
            e.problems().forEach(p -> out.println(p));
            out.printf("%s: %d %s%n", directory, e.problems().size(),
                    e.problems().size() == 1 ? "problem" : "problems");
            return ExitCodes.INVALID_RECORDS;
        }
    }
}
