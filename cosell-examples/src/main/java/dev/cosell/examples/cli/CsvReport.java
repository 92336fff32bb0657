package dev.cosell.examples.cli;

import dev.cosell.examples.report.SafeText;
import dev.cosell.json.ReadError;
import dev.cosell.json.SubmissionRecord;
import dev.cosell.model.Assessment;
import dev.cosell.model.NextStep;
import dev.cosell.model.Outcome;
import dev.cosell.model.Revision;
import dev.cosell.model.Submission;
import dev.cosell.model.Violation;
import dev.cosell.json.AssessmentJson;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The report for spreadsheets: CSV (RFC 4180: comma-separated, fields with a comma, quote or line break quoted,
 * CRLF line ends), a header row, then one row per input record in input order, written as each record comes.
 *
 * <p>Columns: {@code file}, {@code record} (from 1), {@code partner} and {@code offer} (ids), {@code asOf},
 * {@code status} ({@code NOT_READY}, {@code CO_SELL_READY}, {@code CO_SELL_INCENTIVIZED} or {@code REJECTED}),
 * {@code route} ({@code AZURE_IP}, {@code BUSINESS_APPLICATIONS} or {@code NONE}), {@code unmetRows} (the
 * requirement ids of the unmet rows, separated by spaces), {@code nextStep} (the first next step: its row, what
 * to do, and where in Partner Center), {@code ruleSetRevision}, and {@code problems} (for a rejected record,
 * each problem as {@code path: message}, separated by {@code " | "}), then the program revision applied:
 * {@code revisionFrom} and {@code revisionUntil} (the days it is in force; empty for the newest),
 * {@code confidence}, {@code statusTitle} (the status in the revision's words), {@code attributes}
 * ({@code IN_MARKET} and the like, separated by spaces), {@code notices} (their texts, separated by
 * {@code " | "}) and {@code inputMissingRows} (the rows whose input was not given). Codes are the JSON report's, in every
 * language; the texts follow the language.
 *
 * <p>A cell is never taken for a formula: a value starting with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return is prefixed with an apostrophe, which spreadsheets show as text. Control and
 * bidirectional formatting characters are shown as <code>&#92;uXXXX</code> ({@link SafeText}).
 */
final class CsvReport implements Report {
    /** The header row, also the column order. */
    static final List<String> COLUMNS = List.of("file", "record", "partner", "offer", "asOf", "status", "route",
            "unmetRows", "nextStep", "ruleSetRevision", "problems", "revisionFrom", "revisionUntil", "confidence",
            "statusTitle", "attributes", "notices", "inputMissingRows");

    private final CSVPrinter printer;
    private final Locale locale;

    CsvReport(Writer out, Locale locale) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new))
                .get());
        this.locale = locale;
    }

    @Override
    public void record(EvaluatedRecord evaluated) throws IOException {
        SubmissionRecord record = evaluated.record();
        List<String> row = new ArrayList<>(COLUMNS.size());
        row.add(cell(record.source()));
        row.add(Long.toString(record.index()));
        if (evaluated.isAssessed()) {
            Assessment a = evaluated.assessment().orElseThrow();
            row.add(cell(a.partnerId()));
            row.add(cell(a.offerId()));
            row.add(a.asOf() == null ? "" : a.asOf().toString());
            row.add(a.status().name());
            row.add(a.route().name());
            row.add(a.findings().stream().filter(f -> f.outcome() == Outcome.UNMET)
                    .map(f -> f.requirement().id()).collect(Collectors.joining(" ")));
            row.add(a.nextSteps().isEmpty() ? "" : cell(nextStep(a, a.nextSteps().get(0))));
            row.add(cell(a.ruleSetRevision()));
            row.add("");
            Revision revision = a.revision();
            row.add(revision == null ? "" : revision.effectiveFrom().toString());
            row.add(revision == null ? "" : revision.effectiveUntil().map(LocalDate::toString).orElse(""));
            row.add(revision == null ? "" : cell(revision.confidence()));
            row.add(cell(a.statusTitle(locale)));
            row.add(a.attributes().stream().map(Enum::name).collect(Collectors.joining(" ")));
            row.add(cell(a.notices().stream().map(n -> n.text(locale)).collect(Collectors.joining(" | "))));
            row.add(a.findings().stream().filter(f -> f.outcome() == Outcome.INPUT_MISSING)
                    .map(f -> f.requirement().id()).collect(Collectors.joining(" ")));
        } else {
            Submission submission = evaluated.result().submission();
            row.add(cell(submission == null || submission.partner() == null ? null : submission.partner().id()));
            row.add(cell(submission == null || submission.offer() == null ? null : submission.offer().id()));
            row.add(submission == null || submission.asOf() == null ? "" : submission.asOf().toString());
            row.add(AssessmentJson.REJECTED);
            row.add("");
            row.add("");
            row.add("");
            row.add("");
            List<String> problems = new ArrayList<>();
            if (!record.isRead()) {
                for (ReadError error : record.errors()) {
                    problems.add(error.line() + ":" + error.column() + " "
                            + (error.path().isEmpty() ? "" : error.path() + ": ") + error.message());
                }
            } else {
                for (Violation violation : evaluated.result().violations()) {
                    problems.add(violation.path() + ": " + violation.message());
                }
            }
            row.add(cell(String.join(" | ", problems)));
            for (int i = row.size(); i < COLUMNS.size(); i++) {
                row.add("");
            }
        }
        printer.printRecord(row);
    }

    private String nextStep(Assessment a, NextStep step) {
        return step.requirement().id() + " " + step.message(locale) + " (" + a.where(step.requirement(), locale)
                + ")";
    }

    @Override
    public void finish(Tally tally) throws IOException {
        printer.flush();
    }

    /**
     * A text cell: empty for {@code null}; control and bidirectional characters made visible; a leading
     * character that would make a spreadsheet read a formula neutralised with an apostrophe.
     */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = SafeText.visible(value);
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + safe;
        }
        return safe;
    }
}
