package dev.cosell.examples.cli;

import dev.cosell.examples.report.HtmlReport;
import dev.cosell.examples.report.SafeText;
import dev.cosell.rules.CoSellEvaluator;
import dev.cosell.rules.CoSellException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
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
                        + "is reported, and the others were evaluated)",
                "70:a defect of cosell itself (please report it)"})
final class EvaluateCommand implements Callable<Integer> {

    /** The report formats. */
    enum Format { text, json, html, csv }

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
    /** How often a write error is looked for, in records, so that a run on a full device stops early. */
    static final long CHECK_EVERY = 1_000;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Submission files (JSON, JSON lines).")
    private List<Path> files;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json (JSON lines: one object per record), html (one page to share) "
                    + "or csv (one row per record, for spreadsheets).")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of "
            + "standard output: it is replaced only once the report is complete, and never if it is an input.")
    private Path output;

    @Option(names = "--bom", description = "With --format csv: start with a UTF-8 byte order mark, so that Excel "
            + "reads the file as UTF-8.")
    private boolean byteOrderMark;

    @Option(names = "--rules", paramLabel = "DIR", description = "Evaluate with the DRL rules in DIR instead of "
            + "the rules shipped with cosell.")
    private Path rules;

    @Option(names = "--revision", paramLabel = "ID", description = "Apply the program revision ID to every "
            + "submission, whatever its date (see 'cosell revisions'); by default each submission gets the revision "
            + "in force on its asOf date, and dates before 2020-05-19 are rejected.")
    private String revision;

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
        List<String> problems = new ArrayList<>(inputs.problems());
        if (output != null) {
            ReportOutput.conflict(output, files).ifPresent(problems::add);
        }
        if (byteOrderMark && format != Format.csv) {
            problems.add("--bom is for --format csv only");
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("cosell: " + p));
            err.flush();
            return ExitCodes.USAGE;
        }
        CoSellEvaluator evaluator;
        try {
            evaluator = pinned(rules == null ? shippedEvaluator() : CoSellEvaluator.fromDirectory(rules), revision)
                    .withLocale(language.locale());
        } catch (CoSellException | IllegalArgumentException e) {
            return fail(err, e.getMessage());
        }
        ReportOutput report;
        try {
            report = output == null ? ReportOutput.standardOutput(spec.commandLine().getOut())
                    : ReportOutput.file(output, byteOrderMark);
            if (output == null && byteOrderMark) {
                report.writer().write('\uFEFF');
            }
        } catch (IOException e) {
            return fail(err, "cannot write " + output + ": " + describe(e));
        }
        try (report) {
            Tally tally = run(inputs, evaluator, report, err);
            report.commit();
            if (output != null) {
                err.println("cosell: wrote the " + format + " report of " + tally.summary() + " to " + output);
                err.flush();
            }
            if (tally.failed() > 0) {
                err.println("cosell: the rules failed on " + tally.failed() + (tally.failed() == 1 ? " record" : " records")
                        + "; the report names the rule and the offer of each; the other records were evaluated");
                err.flush();
            }
            return tally.exitCode();
        } catch (UncheckedIOException e) {
            return fail(err, e.getMessage() + (output == null ? "" : "; " + output + " was left as it was"));
        } catch (CoSellException e) {
            return fail(err, e.getMessage() + (output == null ? "" : "; " + output + " was left as it was"));
        } catch (IOException e) {
            return fail(err, "cannot write the report to " + report.name() + ": " + describe(e));
        }
    }

    private Tally run(Inputs inputs, CoSellEvaluator evaluator, ReportOutput output, PrintWriter err)
            throws IOException {
        Locale locale = language.locale();
        Writer out = output.writer();
        Tally tally = new Tally();
        boolean showProgress = progress || System.console() != null;
        HtmlReport html = format == Format.html ? HtmlReport.open(locale, out) : null;
        try {
            Report report = switch (format) {
                case text -> new TextReport(out, locale);
                case json -> new JsonLinesReport(out, locale);
                case csv -> new CsvReport(out, locale);
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
                    if (tally.records() % CHECK_EVERY == 0) {
                        output.check();
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
                html.finish();
            }
        } finally {
            if (html != null) {
                html.close();
            }
        }
        return tally;
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

    /**
     * The evaluator with the revision {@code id} pinned, or the evaluator itself when {@code id} is {@code null}.
     *
     * @throws IllegalArgumentException naming the option and every known revision if there is no revision
     *                                  {@code id}
     */
    static CoSellEvaluator pinned(CoSellEvaluator evaluator, String id) {
        if (id == null) {
            return evaluator;
        }
        try {
            return evaluator.forRevision(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--revision " + SafeText.visible(id) + ": " + knownRevisions(evaluator,
                    id));
        }
    }

    /** "no program revision 'X'; the revisions are 2020-05-19, ..." with the id made safe to show. */
    static String knownRevisions(CoSellEvaluator evaluator, String id) {
        return "no program revision '" + SafeText.visible(id) + "'; the revisions are " + evaluator.revisions()
                .stream().map(dev.cosell.model.Revision::id).collect(java.util.stream.Collectors.joining(", "));
    }

    static int fail(PrintWriter err, String message) {
        err.println("cosell: " + message);
        err.flush();
        return ExitCodes.USAGE;
    }

    static String describe(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such folder"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : String.valueOf(e.getMessage());
    }
}
