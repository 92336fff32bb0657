package dev.cosell.examples.cli;

import dev.cosell.model.Assessment;
import dev.cosell.model.Revision;
import dev.cosell.model.Submission;
import dev.cosell.rules.CoSellEvaluator;
import dev.cosell.rules.CoSellException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What {@code cosell compare} and {@code cosell timeline} share: read the submissions of the input files as a
 * stream, evaluate each under several program revisions, each pinned, at the submission's own evaluation date,
 * and write a report atomically ({@link ReportOutput}), with the exit codes of {@code cosell evaluate}.
 *
 * <p>Each submission is evaluated as given: only the rules change from one revision to the next, never the date,
 * so that the revenue window, the active competencies and enrollments are the same under every revision and a
 * difference comes from the program alone. An assessment made under a revision that is not in force on the date
 * carries the notice that says so.
 */
final class RevisionRun {

    /** A report of records evaluated under several revisions. */
    interface Sink {
        /** Reports one record. */
        void record(RevisionRecord record) throws IOException;

        /** Ends the report. */
        void finish(Counts counts) throws IOException;
    }

    /** Counts of a run. */
    static final class Counts {
        private long records;
        private long rejected;
        private long failed;

        void add(RevisionRecord record) {
            records++;
            if (!record.isAssessed()) {
                rejected++;
            }
            if (!record.failures().isEmpty()) {
                failed++;
            }
        }

        long records() {
            return records;
        }

        long rejected() {
            return rejected;
        }

        long failed() {
            return failed;
        }

        long assessed() {
            return records - rejected;
        }

        String summary() {
            return records + (records == 1 ? " record" : " records") + " (" + assessed() + " evaluated, " + rejected
                    + " rejected)";
        }

        int exitCode() {
            return failed > 0 ? ExitCodes.USAGE : rejected > 0 ? ExitCodes.INVALID_RECORDS : ExitCodes.OK;
        }
    }

    /** A report format's sink over the output's writer. */
    interface SinkFactory {
        /** The sink. */
        Sink open(java.io.Writer out) throws IOException;
    }

    private RevisionRun() {
    }

    /**
     * Runs a command over the files: checks the inputs and the output, evaluates every record under the given
     * revisions (the first through {@code evaluateAll}, which also rejects invalid records, the others one by one)
     * and writes the report. Returns the exit code.
     *
     * @param command     the command's name, for messages
     * @param format      the format's name, for messages
     * @param files       the input files
     * @param output      the output file, or {@code null} for standard output
     * @param extra       problems the command found in its own options, reported with the others
     * @param revisionIds the revisions asked for, as ids (checked here: an unknown id is a usage error that names
     *                    the known ones)
     * @param locale      the language of the messages
     * @param out         standard output
     * @param err         standard error
     * @param sinks       the report for the revisions, once they are known
     */
    static int run(String command, String format, List<Path> files, Path output, List<String> extra,
                   List<String> revisionIds, Locale locale, PrintWriter out, PrintWriter err,
                   java.util.function.Function<List<Revision>, SinkFactory> sinks) {
        Inputs inputs = new Inputs(files, System.in, warning -> {
            err.println("cosell: warning: " + warning);
            err.flush();
        });
        List<String> problems = new ArrayList<>(extra);
        problems.addAll(inputs.problems());
        if (output != null) {
            ReportOutput.conflict(output, files).ifPresent(problems::add);
        }
        CoSellEvaluator shipped;
        try {
            shipped = EvaluateCommand.shippedEvaluator().withLocale(locale);
        } catch (CoSellException e) {
            problems.add(e.getMessage());
            shipped = null;
        }
        List<Revision> revisions = new ArrayList<>();
        if (shipped != null) {
            for (String id : revisionIds) {
                try {
                    revisions.add(shipped.forRevision(id).pinnedRevision().orElseThrow());
                } catch (IllegalArgumentException e) {
                    problems.add(EvaluateCommand.knownRevisions(shipped, id));
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("cosell: " + p));
            err.flush();
            return ExitCodes.USAGE;
        }
        ReportOutput report;
        try {
            report = output == null ? ReportOutput.standardOutput(out) : ReportOutput.file(output, false);
        } catch (IOException e) {
            return EvaluateCommand.fail(err, "cannot write " + output + ": " + EvaluateCommand.describe(e));
        }
        try (report) {
            Counts counts = evaluate(inputs, shipped, revisions, sinks.apply(revisions).open(report.writer()),
                    report);
            report.commit();
            if (output != null) {
                err.println("cosell: wrote the " + format + " " + command + " of " + counts.summary() + " to "
                        + output);
                err.flush();
            }
            if (counts.failed() > 0) {
                err.println("cosell: the rules failed on " + counts.failed()
                        + (counts.failed() == 1 ? " record" : " records")
                        + "; the report names the revision, the rule and the offer of each; the other records were "
                        + "evaluated");
                err.flush();
            }
            return counts.exitCode();
        } catch (UncheckedIOException | CoSellException e) {
            return EvaluateCommand.fail(err, e.getMessage() + (output == null ? "" : "; " + output
                    + " was left as it was"));
        } catch (IOException e) {
            return EvaluateCommand.fail(err, "cannot write the report to " + report.name() + ": "
                    + EvaluateCommand.describe(e));
        }
    }

    private static Counts evaluate(Inputs inputs, CoSellEvaluator shipped, List<Revision> revisions, Sink sink,
                                   ReportOutput output) throws IOException {
        Counts counts = new Counts();
        Revision first = revisions.get(0);
        Map<Revision, CoSellEvaluator> evaluators = new LinkedHashMap<>();
        for (Revision revision : revisions) {
            evaluators.put(revision, shipped.forRevision(revision.id()));
        }
        try (Stream<EvaluatedRecord> records = inputs.evaluate(evaluators.get(first))) {
            Iterator<EvaluatedRecord> it = records.iterator();
            while (it.hasNext()) {
                EvaluatedRecord evaluated = it.next();
                Map<Revision, Assessment> assessments = new LinkedHashMap<>();
                Map<Revision, String> failures = new LinkedHashMap<>();
                if (evaluated.isAssessed() || evaluated.isFailed()) {
                    Submission submission = evaluated.result().submission();
                    for (Revision revision : revisions) {
                        if (revision.equals(first)) {
                            if (evaluated.isAssessed()) {
                                assessments.put(revision, evaluated.assessment().orElseThrow());
                            } else {
                                failures.put(revision, evaluated.result().failure().orElseThrow().getMessage());
                            }
                            continue;
                        }
                        try {
                            assessments.put(revision, evaluators.get(revision).evaluate(submission));
                        } catch (CoSellException e) {
                            failures.put(revision, e.getMessage());
                        }
                    }
                }
                RevisionRecord record = new RevisionRecord(evaluated, assessments, failures);
                counts.add(record);
                sink.record(record);
                if (counts.records() % EvaluateCommand.CHECK_EVERY == 0) {
                    output.check();
                }
            }
        }
        sink.finish(counts);
        return counts;
    }
}
