package dev.cosell.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cosell.examples.report.ReportTexts;
import dev.cosell.examples.report.SafeText;
import dev.cosell.examples.report.TimelineHtml;
import dev.cosell.json.AssessmentJson;
import dev.cosell.model.Assessment;
import dev.cosell.model.Finding;
import dev.cosell.model.Revision;
import dev.cosell.model.Submission;
import dev.cosell.rules.CoSellException;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cosell timeline FILE...}: each offer's status under every program revision. */
@Command(name = "timeline", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Evaluates each submission under every program revision cosell encodes and reports, per "
                + "offer, a table of its status under each: the status in the revision's words, the rows that "
                + "block the next status, and the revision's notes.",
                "Each revision is pinned and applied at the submission's own asOf date, so only the rules change "
                        + "from one row to the next, never the data or the date (the revenue window, what is "
                        + "active). The revision in force on that date is marked; the others carry a note that "
                        + "they are applied outside their dates."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every record was evaluated",
                "1:some records were invalid (each is reported; the others were evaluated)",
                "2:usage error, unreadable input, unwritable output, or rules that fail (on some records: each is "
                        + "reported, the others evaluated)",
                "70:a defect of cosell itself (please report it)"})
final class TimelineCommand implements Callable<Integer> {

    /** The formats of the timeline. */
    enum Format { text, json, html }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Submission files (JSON, JSON lines); '-' reads "
            + "standard input.")
    private List<Path> files;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default: a table per offer), json (JSON lines: one object per record) or html "
                    + "(one page to share).")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the timeline to FILE instead of "
            + "standard output: it is replaced only once it is complete, and never if it is an input.")
    private Path output;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the messages: en (default) or ko.")
    private EvaluateCommand.Language language;

    @Override
    public Integer call() {
        Locale locale = language.locale();
        List<String> ids;
        try {
            ids = EvaluateCommand.shippedEvaluator().revisions().stream().map(Revision::id).toList();
        } catch (CoSellException e) {
            return EvaluateCommand.fail(spec.commandLine().getErr(), e.getMessage());
        }
        return RevisionRun.run("timeline", format.name(), files, output, List.of(), ids, locale,
                spec.commandLine().getOut(), spec.commandLine().getErr(), revisions -> out -> switch (format) {
                    case text -> new TextSink(out, locale, revisions);
                    case json -> new JsonSink(out, locale, revisions);
                    case html -> new HtmlSink(out, locale, revisions);
                });
    }

    /** The revision in force on the submission's date, if any. */
    static Optional<Revision> inForce(List<Revision> revisions, LocalDate asOf) {
        return asOf == null ? Optional.empty() : revisions.stream().filter(r -> r.inForceOn(asOf)).findFirst();
    }

    /** The timeline people read: a table per offer. */
    static final class TextSink implements RevisionRun.Sink {
        private static final String EOL = System.lineSeparator();
        private final Writer out;
        private final Locale locale;
        private final List<Revision> revisions;
        private final ReportTexts texts;
        private final TextReport rejected;

        TextSink(Writer out, Locale locale, List<Revision> revisions) {
            this.out = out;
            this.locale = locale;
            this.revisions = revisions;
            this.texts = ReportTexts.load("dev.cosell.examples.cli.text", locale);
            this.rejected = new TextReport(out, locale);
        }

        @Override
        public void record(RevisionRecord record) throws IOException {
            if (!record.isAssessed()) {
                rejected.record(record.evaluated());
                return;
            }
            Submission submission = record.evaluated().result().submission();
            println(texts.format("timeline.headline", submission.offer().id(), submission.partner().id(),
                    String.valueOf(submission.asOf())));
            println("  " + texts.format("from", texts.format("origin", record.evaluated().record().where(),
                    Long.toString(record.evaluated().record().index()))));
            Optional<Revision> current = inForce(revisions, submission.asOf());
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {texts.text("timeline.revision"), texts.text("timeline.inForce"),
                texts.text("timeline.status"), texts.text("timeline.blocking"), ""});
            Assessment previous = null;
            int changes = 0;
            for (Revision r : revisions) {
                String marker = current.filter(r::equals).isPresent()
                        ? texts.format("timeline.current", String.valueOf(submission.asOf())) : "";
                String span = r.effectiveFrom() + " \u2013 "
                        + r.effectiveUntil().map(LocalDate::toString).orElse(texts.text("revision.open"));
                Optional<Assessment> a = record.under(r);
                if (a.isEmpty()) {
                    rows.add(new String[] {r.id(), span, texts.format("timeline.failed", record.failures().get(r)),
                        "", marker});
                    continue;
                }
                if (previous != null && CompareCommand.statusChanged(previous, a.get())) {
                    changes++;
                }
                previous = a.get();
                String blocking = a.get().findings().stream().filter(Finding::isBlocking)
                        .map(f -> f.requirement().id()).collect(Collectors.joining(" "));
                String status = a.get().statusTitle(locale) + (a.get().attributes().isEmpty() ? ""
                        : " (" + a.get().attributes().stream().map(x -> x.title(locale))
                        .collect(Collectors.joining(", ")) + ")");
                rows.add(new String[] {r.id(), span, status, blocking.isEmpty() ? texts.text("timeline.none")
                    : blocking, marker});
            }
            Table.write(rows, "  ", out);
            println("  " + texts.format("timeline.changes", changes));
            out.write(EOL);
        }

        private void println(String line) throws IOException {
            out.write(SafeText.visible(line));
            out.write(EOL);
        }

        @Override
        public void finish(RevisionRun.Counts counts) throws IOException {
            println(texts.format("timeline.totals", counts.records(), counts.assessed(), revisions.size(),
                    counts.rejected()));
            out.flush();
        }
    }

    /** The timeline as JSON lines: one object per record, with one entry per revision. */
    static final class JsonSink implements RevisionRun.Sink {
        private final Writer out;
        private final Locale locale;
        private final List<Revision> revisions;
        private final JsonLinesReport rejected;

        JsonSink(Writer out, Locale locale, List<Revision> revisions) {
            this.out = out;
            this.locale = locale;
            this.revisions = revisions;
            this.rejected = new JsonLinesReport(out, locale);
        }

        @Override
        public void record(RevisionRecord record) throws IOException {
            if (!record.isAssessed()) {
                rejected.record(record.evaluated());
                return;
            }
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            CompareCommand.head(json, record);
            json.put("revisionInForce", inForce(revisions, record.evaluated().result().submission().asOf())
                    .map(Revision::id).orElse(null));
            ArrayNode timeline = json.putArray("timeline");
            for (Revision r : revisions) {
                timeline.add(CompareCommand.under(record, r, locale));
            }
            out.write(JsonLinesReport.escapeUnsafe(AssessmentJson.write(json)));
            out.write('\n');
        }

        @Override
        public void finish(RevisionRun.Counts counts) throws IOException {
            out.flush();
        }
    }

    /** The timeline as one HTML page. */
    static final class HtmlSink implements RevisionRun.Sink {
        private final TimelineHtml page;
        private final List<Revision> revisions;
        private boolean started;

        HtmlSink(Writer out, Locale locale, List<Revision> revisions) {
            this.page = new TimelineHtml(locale, out);
            this.revisions = revisions;
        }

        private void start() throws IOException {
            if (!started) {
                page.start(revisions);
                started = true;
            }
        }

        @Override
        public void record(RevisionRecord record) throws IOException {
            start();
            if (!record.isAssessed()) {
                page.rejected(record.evaluated().record().where() + " (" + record.evaluated().record().index() + ")",
                        record.evaluated().toResult().violations());
                return;
            }
            Submission submission = record.evaluated().result().submission();
            List<TimelineHtml.Entry> entries = new ArrayList<>();
            for (Revision r : revisions) {
                entries.add(new TimelineHtml.Entry(r, record.under(r), record.failures().get(r)));
            }
            String name = submission.offer().name() == null || submission.offer().name().isBlank()
                    ? submission.offer().id() : submission.offer().name();
            page.offer(name, submission.offer().id(), submission.partner().id(), submission.asOf(), entries);
        }

        @Override
        public void finish(RevisionRun.Counts counts) throws IOException {
            start();
            page.finish();
        }
    }
}
