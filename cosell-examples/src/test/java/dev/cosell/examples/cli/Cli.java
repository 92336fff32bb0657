package dev.cosell.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs {@code cosell} in-process with captured output. */
record Cli(int exitCode, String out, String err) {
    static final Path SAMPLES = Path.of("src/main/resources/samples");

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CosellCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Cli(code, out.toString(), err.toString());
    }

    static String sample(String name) {
        return SAMPLES.resolve(name).toString();
    }

    /** Whether the text shows a Java stack trace or exception name. */
    static boolean hasStackTrace(String text) {
        return text.contains("\tat ") || text.contains("Exception") || text.contains("java.lang.")
                || text.contains("Error:") && text.contains("java.");
    }
}
