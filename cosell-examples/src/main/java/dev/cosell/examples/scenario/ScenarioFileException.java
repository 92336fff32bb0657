package dev.cosell.examples.scenario;

import java.util.List;

/** A scenario file cannot be read; {@link #problems()} names every problem, each with file and line. */
public class ScenarioFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    /**
     * An exception listing the given problems.
     *
     * @param problems every problem, as {@code file:line[:column]: message}
     */
    public ScenarioFileException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** {@return every problem, as {@code file:line[:column]: message}} */
    public List<String> problems() {
        return problems;
    }
}
