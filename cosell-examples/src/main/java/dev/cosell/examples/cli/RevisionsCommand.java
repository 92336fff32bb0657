package dev.cosell.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cosell.examples.report.ReportTexts;
import dev.cosell.examples.report.SafeText;
import dev.cosell.json.AssessmentJson;
import dev.cosell.model.Revision;
import dev.cosell.rules.CoSellException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cosell revisions}: the calendar of the program revisions cosell encodes. */
@Command(name = "revisions", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Lists the program revisions cosell encodes, oldest first: id, the days each is in force, "
                + "the confidence of its sources, its main source and what it changed.",
                "Each submission is evaluated under the revision in force on its asOf date (none before "
                        + "2020-05-19); 'evaluate --revision ID' pins one."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:usage error, or an output that cannot be written"})
final class RevisionsCommand implements Callable<Integer> {

    /** The formats of the calendar. */
    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default: a table) or json (one object per revision, as JSON lines).")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the calendar to FILE instead of "
            + "standard output: it is replaced only once it is complete.")
    private Path output;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the table's headings: en (default) or ko. Summaries and sources are "
                    + "English.")
    private EvaluateCommand.Language language;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Revision> revisions;
        try {
            revisions = EvaluateCommand.shippedEvaluator().revisions();
        } catch (CoSellException e) {
            return EvaluateCommand.fail(err, e.getMessage());
        }
        ReportOutput report;
        try {
            report = output == null ? ReportOutput.standardOutput(spec.commandLine().getOut())
                    : ReportOutput.file(output, false);
        } catch (IOException e) {
            return EvaluateCommand.fail(err, "cannot write " + output + ": " + EvaluateCommand.describe(e));
        }
        try (report) {
            if (format == Format.json) {
                json(revisions, report.writer());
            } else {
                text(revisions, report.writer(), ReportTexts.load("dev.cosell.examples.cli.text",
                        language.locale()));
            }
            report.commit();
            if (output != null) {
                err.println("cosell: wrote the " + format + " calendar of " + revisions.size() + " revisions to "
                        + output);
                err.flush();
            }
            return ExitCodes.OK;
        } catch (IOException e) {
            return EvaluateCommand.fail(err, "cannot write the calendar to " + report.name() + ": "
                    + EvaluateCommand.describe(e));
        }
    }

    /** The calendar as a table: id, in force from and to, confidence, main source, summary. */
    static void text(List<Revision> revisions, Writer out, ReportTexts texts) throws IOException {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {texts.text("revisions.id"), texts.text("revisions.from"),
            texts.text("revisions.until"), texts.text("revisions.confidence"), texts.text("revisions.source"),
            texts.text("revisions.summary")});
        for (Revision r : revisions) {
            rows.add(new String[] {r.id(), r.effectiveFrom().toString(),
                r.effectiveUntil().map(LocalDate::toString).orElse(texts.text("revision.open")), r.confidence(),
                mainSource(r), r.summary()});
        }
        Table.write(rows, out);
        out.write(texts.text("revisions.footer"));
        out.write(System.lineSeparator());
        out.flush();
    }

    /**
     * The revision's main source in a few words: the repository and file of its first source, e.g.
     * "MicrosoftDocs/azure-docs, articles/marketplace/co-sell-requirements.md" (the whole text for a source that
     * is not a repository's file).
     */
    static String mainSource(Revision revision) {
        if (revision.sources().isEmpty()) {
            return "";
        }
        String source = revision.sources().get(0);
        String[] parts = source.split(", ");
        String first = parts[0].split(" \\(")[0];
        String shown;
        if (first.matches("[\\w.-]+/[\\w.-]+")) {
            // a repository: with its file when the source names one next to it
            shown = parts.length >= 2 && parts[1].matches("[\\w./-]+\\.md") ? first + ", " + parts[1] : first;
        } else {
            shown = source.split("[:;(]")[0].strip();
        }
        return SafeText.visible(shown);
    }

    /** The calendar as JSON lines: one object per revision. */
    static void json(List<Revision> revisions, Writer out) throws IOException {
        for (Revision r : revisions) {
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            json.put("id", r.id());
            json.put("effectiveFrom", r.effectiveFrom().toString());
            if (r.effectiveUntil().isPresent()) {
                json.put("effectiveUntil", r.effectiveUntil().get().toString());
            } else {
                json.putNull("effectiveUntil");
            }
            json.put("base", r.base().orElse(null));
            json.put("confidence", r.confidence());
            ArrayNode sources = json.putArray("sources");
            r.sources().forEach(sources::add);
            json.put("summary", r.summary());
            ArrayNode rows = json.putArray("rows");
            r.rows().forEach(row -> rows.add(row.id()));
            ArrayNode benefits = json.putArray("benefits");
            r.benefits().forEach(b -> benefits.add(b.id()));
            ArrayNode channels = json.putArray("channels");
            r.channels().forEach(c -> channels.add(c.id()));
            out.write(JsonLinesReport.escapeUnsafe(AssessmentJson.write(json)));
            out.write('\n');
        }
        out.flush();
    }
}
