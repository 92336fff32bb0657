package dev.cosell.examples.cli;

import dev.cosell.examples.report.HtmlReport;
import dev.cosell.model.SubmissionResult;
import dev.cosell.rules.CoSellEvaluator;
import dev.cosell.rules.CoSellException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cosell evaluate FILE...}: where each offer stands, why, and what to do next. */
@Command(name = "evaluate", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Evaluates the submissions in the given JSON files and reports, per offer, its status, "
                + "route, unmet requirements with their figures and the next steps.",
                "A file holds one submission document, an array of them, or JSON lines (one per line); "
                        + "'-' reads standard input."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every record was evaluated",
                "1:some records were invalid (each is reported; the others were evaluated)",
                "2:usage error, unreadable input, unwritable output, or rules that fail (on some records: each "
                        + "is reported, and the others were evaluated)"})
final class EvaluateCommand implements Callable<Integer> {

    /** The report formats. */
    enum Format { text, json, html }

    /** The languages of the reports. */
    enum Language {
        en(Locale.ENGLISH), ko(Locale.KOREAN);

        private final Locale locale;

        Language(Locale locale) {
            this.locale = locale;
        }

        Locale locale() {
            return locale;
        }
    }

    /** How often progress is reported, in records. */
    static final long PROGRESS_EVERY = 10_000;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Submission files (JSON, JSON lines).")
    private List<Path> files;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json (JSON lines: one object per record) or html.")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of "
            + "standard output.")
    private Path output;

    @Option(names = "--rules", paramLabel = "DIR", description = "Evaluate with the DRL rules in DIR instead of "
            + "the rules shipped with cosell.")
    private Path rules;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the report's messages: en (default) or ko.")
    private Language language;

    @Option(names = "--progress", description = "Report progress on standard error every "
            + PROGRESS_EVERY + " records (the default when run in a terminal).")
    private boolean progress;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Inputs inputs = new Inputs(files, System.in, warning -> {
            err.println("cosell: warning: " + warning);
            err.flush();
        });
        List<String> problems = inputs.problems();
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("cosell: " + p));
            err.flush();
            return ExitCodes.USAGE;
        }
        CoSellEvaluator evaluator;
        try {
            evaluator = (rules == null ? shippedEvaluator() : CoSellEvaluator.fromDirectory(rules))
                    .withLocale(language.locale());
        } catch (CoSellException e) {
            return fail(err, e.getMessage());
        }
        Writer out;
        try {
            out = output == null ? spec.commandLine().getOut()
                    : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return fail(err, "cannot write " + output + ": " + describe(e));
        }
        try {
            return run(inputs, evaluator, out, err);
        } catch (UncheckedIOException e) {
            return fail(err, e.getMessage());
        } catch (CoSellException e) {
            return fail(err, e.getMessage());
        } catch (IOException e) {
            return fail(err, "cannot write " + (output == null ? "the report" : output) + ": " + describe(e));
        } finally {
            if (output != null) {
                try {
                    out.close();
                } catch (IOException e) {
                    err.println("cosell: cannot write " + output + ": " + describe(e));
                }
            }
        }
    }

    private int run(Inputs inputs, CoSellEvaluator evaluator, Writer out, PrintWriter err) throws IOException {
        Locale locale = language.locale();
        Tally tally = new Tally();
        boolean showProgress = progress || System.console() != null;
        List<SubmissionResult> html = format == Format.html ? new ArrayList<>() : null;
        Report report = switch (format) {
            case text -> new TextReport(out, locale);
            case json -> new JsonLinesReport(out, locale);
            case html -> null;
        };
        try (Stream<EvaluatedRecord> records = inputs.evaluate(evaluator)) {
            Iterator<EvaluatedRecord> it = records.iterator();
            while (it.hasNext()) {
                EvaluatedRecord record = it.next();
                tally.add(record);
                if (report != null) {
                    report.record(record);
                } else {
                    html.add(record.toResult());
                }
                if (showProgress && tally.records() % PROGRESS_EVERY == 0) {
                    err.printf("cosell: %,d records evaluated%n", tally.records());
                    err.flush();
                }
            }
        }
        if (report != null) {
            report.finish(tally);
        } else {
            HtmlReport.write(html, locale, out);
        }
        out.flush();
        if (tally.failed() > 0) {
            err.println("cosell: the rules failed on " + tally.failed() + (tally.failed() == 1 ? " record" : " records")
                    + "; the report names the rule and the offer of each; the other records were evaluated");
            err.flush();
        }
        return tally.exitCode();
    }

    private static CoSellEvaluator shipped;

    /**
     * The evaluator over the shipped rules, compiled once per JVM: it is immutable and thread-safe, and compiling
     * takes seconds, which matters when the command runs many times in one process.
     */
    static synchronized CoSellEvaluator shippedEvaluator() {
        if (shipped == null) {
            shipped = CoSellEvaluator.create();
        }
        return shipped;
    }

    private static int fail(PrintWriter err, String message) {
        err.println("cosell: " + message);
        err.flush();
        return ExitCodes.USAGE;
    }

    private static String describe(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such folder"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : String.valueOf(e.getMessage());
    }
}
