package dev.cosell.rules.lean;

import dev.cosell.model.SubmissionResult;
import dev.cosell.rules.CoSellEvaluator;
import dev.cosell.rules.reference.SubmissionGenerator;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What an embedding application does, run by {@link LeanRuntimeTest} inside a class loader that holds only
 * the library's compile and runtime dependencies. It speaks to the test through JDK types alone.
 * {@code "evaluate:<seed>"} evaluates generated submissions with the shipped rules and returns each result;
 * {@code "folder:<path>"} loads a rule folder and returns its rule count, or the exception's class and message.
 */
public final class EmbedderProbe implements Function<String, List<String>> {
    /** How many boundary and how many realistic submissions one evaluation run takes. */
    public static final int COUNT = 300;

    @Override
    public List<String> apply(String command) {
        String argument = command.substring(command.indexOf(':') + 1);
        if (command.startsWith("evaluate:")) {
            long seed = Long.parseLong(argument);
            CoSellEvaluator evaluator = CoSellEvaluator.create().forRevision("2020-05-19");
            try (Stream<SubmissionResult> results = evaluator.evaluateAll(Stream.concat(
                    SubmissionGenerator.submissions(seed, COUNT),
                    SubmissionGenerator.realisticSubmissions(seed, COUNT)))) {
                return results.map(String::valueOf).toList();
            }
        }
        try {
            return List.of("rules: " + CoSellEvaluator.fromDirectory(Path.of(argument)).rules().size());
        } catch (RuntimeException e) {
            return List.of(e.getClass().getName(), String.valueOf(e.getMessage()));
        }
    }
}
