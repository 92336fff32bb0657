package dev.cosell.examples.cli;

import dev.cosell.model.SubmissionResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The hook for {@code --format html}: the HTML report is rendered by
 * {@code dev.cosell.examples.report.HtmlReport.write(List<SubmissionResult> results, Locale locale, Writer out)}.
 * Rejected records reach it as rejected results whose violation paths start with {@code file:line:column} (see
 * {@link EvaluatedRecord#toResult()}).
 */
final class HtmlOutput {
    private HtmlOutput() {
    }

    /** Whether this build can write HTML. */
    static boolean available() {
        // HtmlReport is not part of this build yet: once it is, return true here and call it in write().
        return false;
    }

    /** Writes the HTML report of all results. */
    static void write(List<SubmissionResult> results, Locale locale, Writer out) throws IOException {
        // Once HtmlReport is part of the build:
        // dev.cosell.examples.report.HtmlReport.write(results, locale, out);
        throw new IllegalStateException("html output is not available in this build");
    }
}
