package dev.cosell.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cosell.examples.report.ReportTexts;
import dev.cosell.examples.report.SafeText;
import dev.cosell.json.AssessmentJson;
import dev.cosell.model.Assessment;
import dev.cosell.model.Finding;
import dev.cosell.model.Notice;
import dev.cosell.model.Requirement;
import dev.cosell.model.Revision;
import dev.cosell.model.StatusAttribute;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cosell compare --from R1 --to R2 FILE...}: what changes for each offer from one revision to another. */
@Command(name = "compare", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Evaluates each submission under two program revisions, each pinned, at the submission's own "
                + "asOf date, and reports per offer its status and route under each, and every requirement row that "
                + "appeared, disappeared or changed outcome, with both findings' messages and figures.",
                "Only the rules change between the two: the date, and so the revenue window and what is active, is "
                        + "the submission's. See 'cosell revisions' for the ids."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every record was compared",
                "1:some records were invalid (each is reported; the others were compared)",
                "2:usage error (an unknown revision: the known ones are listed), unreadable input, unwritable "
                        + "output, or rules that fail (on some records: each is reported, the others compared)",
                "70:a defect of cosell itself (please report it)"})
final class CompareCommand implements Callable<Integer> {

    /** The {@code status} of an offer under a revision whose rules failed on it, next to the status names. */
    static final String FAILED = "FAILED";

    /** The formats of the comparison. */
    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", paramLabel = "ID", required = true, description = "The revision to compare from, "
            + "e.g. 2020-05-19.")
    private String from;

    @Option(names = "--to", paramLabel = "ID", required = true, description = "The revision to compare to, "
            + "e.g. 2021-02-24.")
    private String to;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Submission files (JSON, JSON lines); '-' reads "
            + "standard input.")
    private List<Path> files;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json (JSON lines: one object per record).")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the comparison to FILE instead "
            + "of standard output: it is replaced only once it is complete, and never if it is an input.")
    private Path output;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the messages: en (default) or ko.")
    private EvaluateCommand.Language language;

    @Override
    public Integer call() {
        Locale locale = language.locale();
        List<String> problems = new ArrayList<>();
        if (from.strip().equals(to.strip())) {
            problems.add("--from and --to name the same revision " + SafeText.visible(from)
                    + "; name two revisions to compare");
        }
        return RevisionRun.run("comparison", format.name(), files, output, problems, List.of(from, to), locale,
                spec.commandLine().getOut(), spec.commandLine().getErr(), revisions -> out -> format == Format.json
                        ? new JsonSink(out, locale, revisions.get(0), revisions.get(1))
                        : new TextSink(out, locale, revisions.get(0), revisions.get(1)));
    }

    /** How a row fares from one revision to the other. */
    enum Change { APPEARED, DISAPPEARED, CHANGED }

    /** A row that appeared, disappeared or changed outcome, with both findings (one empty for a new or gone row). */
    record RowChange(Requirement requirement, Change change, Optional<Finding> before, Optional<Finding> after) {
    }

    /** Every row that appeared, disappeared or changed outcome from {@code a} to {@code b}, in row order. */
    static List<RowChange> changes(Assessment a, Assessment b) {
        Map<Requirement, Finding> before = new EnumMap<>(Requirement.class);
        a.findings().forEach(f -> before.put(f.requirement(), f));
        Map<Requirement, Finding> after = new EnumMap<>(Requirement.class);
        b.findings().forEach(f -> after.put(f.requirement(), f));
        EnumSet<Requirement> rows = EnumSet.noneOf(Requirement.class);
        rows.addAll(before.keySet());
        rows.addAll(after.keySet());
        List<RowChange> changes = new ArrayList<>();
        for (Requirement row : rows) {
            Finding x = before.get(row);
            Finding y = after.get(row);
            if (x == null) {
                changes.add(new RowChange(row, Change.APPEARED, Optional.empty(), Optional.of(y)));
            } else if (y == null) {
                changes.add(new RowChange(row, Change.DISAPPEARED, Optional.of(x), Optional.empty()));
            } else if (x.outcome() != y.outcome()) {
                changes.add(new RowChange(row, Change.CHANGED, Optional.of(x), Optional.of(y)));
            }
        }
        return changes;
    }

    /** Whether the status or the route differs. */
    static boolean statusChanged(Assessment a, Assessment b) {
        return a.status() != b.status() || a.route() != b.route();
    }

    /** The comparison people read. */
    static final class TextSink implements RevisionRun.Sink {
        private static final String EOL = System.lineSeparator();
        private final Writer out;
        private final Locale locale;
        private final Revision from;
        private final Revision to;
        private final ReportTexts texts;
        private final TextReport rejected;
        private long changed;

        TextSink(Writer out, Locale locale, Revision from, Revision to) {
            this.out = out;
            this.locale = locale;
            this.from = from;
            this.to = to;
            this.texts = ReportTexts.load("dev.cosell.examples.cli.text", locale);
            this.rejected = new TextReport(out, locale);
        }

        @Override
        public void record(RevisionRecord record) throws IOException {
            if (!record.isAssessed()) {
                rejected.record(record.evaluated());
                return;
            }
            Assessment any = record.any().orElse(null);
            var submission = record.evaluated().result().submission();
            println(texts.format("compare.headline", submission.offer().id(), submission.partner().id(),
                    String.valueOf(submission.asOf())));
            println("  " + texts.format("from", texts.format("origin", record.evaluated().record().where(),
                    Long.toString(record.evaluated().record().index()))));
            for (Revision revision : List.of(from, to)) {
                Optional<Assessment> a = record.under(revision);
                if (a.isPresent()) {
                    println("  " + texts.format("compare.under", revision.id(), a.get().statusTitle(locale),
                            a.get().status().title(locale), a.get().route().title(locale)));
                } else {
                    println("  " + texts.format("compare.failed", revision.id(), record.failures().get(revision)));
                }
            }
            Optional<Assessment> a = record.under(from);
            Optional<Assessment> b = record.under(to);
            if (any != null && a.isPresent() && b.isPresent()) {
                if (statusChanged(a.get(), b.get())) {
                    changed++;
                    println("  " + texts.format("compare.statusChanged", a.get().statusTitle(locale),
                            b.get().statusTitle(locale)));
                } else {
                    println("  " + texts.text("compare.statusSame"));
                }
                List<RowChange> changes = changes(a.get(), b.get());
                if (changes.isEmpty()) {
                    println("  " + texts.text("compare.noRows"));
                } else {
                    println("  " + texts.text("compare.rows"));
                    for (RowChange c : changes) {
                        String id = c.requirement().id();
                        switch (c.change()) {
                            case APPEARED -> println("    " + texts.format("compare.appeared", id, to.id(),
                                    c.after().orElseThrow().outcome().title(locale)));
                            case DISAPPEARED -> println("    " + texts.format("compare.disappeared", id, to.id(),
                                    c.before().orElseThrow().outcome().title(locale), from.id()));
                            case CHANGED -> println("    " + texts.format("compare.changed", id,
                                    c.before().orElseThrow().outcome().title(locale),
                                    c.after().orElseThrow().outcome().title(locale)));
                        }
                        String pad = " ".repeat(6 + id.length());
                        if (c.before().isPresent()) {
                            println(pad + texts.format("compare.message", from.id(),
                                    c.before().get().message(locale)));
                        }
                        if (c.after().isPresent()) {
                            println(pad + texts.format("compare.message", to.id(), c.after().get().message(locale)));
                        }
                    }
                }
            }
            out.write(EOL);
        }

        private void println(String line) throws IOException {
            out.write(SafeText.visible(line));
            out.write(EOL);
        }

        @Override
        public void finish(RevisionRun.Counts counts) throws IOException {
            println(texts.format("compare.totals", counts.records(), counts.assessed(), changed, counts.rejected(),
                    to.id()));
            out.flush();
        }
    }

    /** The comparison as JSON lines: one object per record. */
    static final class JsonSink implements RevisionRun.Sink {
        private final Writer out;
        private final Locale locale;
        private final Revision from;
        private final Revision to;
        private final JsonLinesReport rejected;

        JsonSink(Writer out, Locale locale, Revision from, Revision to) {
            this.out = out;
            this.locale = locale;
            this.from = from;
            this.to = to;
            this.rejected = new JsonLinesReport(out, locale);
        }

        @Override
        public void record(RevisionRecord record) throws IOException {
            if (!record.isAssessed()) {
                rejected.record(record.evaluated());
                return;
            }
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            head(json, record);
            json.set("from", under(record, from, locale));
            json.set("to", under(record, to, locale));
            Optional<Assessment> a = record.under(from);
            Optional<Assessment> b = record.under(to);
            if (a.isPresent() && b.isPresent()) {
                json.put("statusChanged", statusChanged(a.get(), b.get()));
                ArrayNode rows = json.putArray("rows");
                for (RowChange c : changes(a.get(), b.get())) {
                    ObjectNode row = rows.addObject();
                    row.put("requirement", c.requirement().id());
                    row.put("change", c.change().name());
                    row.set("from", finding(c.before(), locale));
                    row.set("to", finding(c.after(), locale));
                }
            } else {
                json.putNull("statusChanged");
                json.putNull("rows");
            }
            out.write(JsonLinesReport.escapeUnsafe(AssessmentJson.write(json)));
            out.write('\n');
        }

        @Override
        public void finish(RevisionRun.Counts counts) throws IOException {
            out.flush();
        }
    }

    /** Where the record came from and whose offer it is: the first fields of every JSON line of a record. */
    static void head(ObjectNode json, RevisionRecord record) {
        var read = record.evaluated().record();
        json.put("file", read.source());
        json.put("record", read.index());
        json.put("line", read.line());
        json.put("column", read.column());
        var submission = record.evaluated().result().submission();
        json.put("partnerId", submission.partner().id());
        json.put("offerId", submission.offer().id());
        json.put("asOf", String.valueOf(submission.asOf()));
    }

    /** The offer under one revision: the revision, status, route, the status in its words, or the failure. */
    static ObjectNode under(RevisionRecord record, Revision revision, Locale locale) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("revision", revision.id());
        json.put("effectiveFrom", revision.effectiveFrom().toString());
        json.put("effectiveUntil", revision.effectiveUntil().map(Object::toString).orElse(null));
        json.put("confidence", revision.confidence());
        Optional<Assessment> a = record.under(revision);
        if (a.isEmpty()) {
            json.put("status", FAILED);
            json.put("failure", record.failures().get(revision));
            return json;
        }
        Assessment assessment = a.get();
        json.put("status", assessment.status().name());
        json.put("route", assessment.route().name());
        json.put("statusTitle", assessment.statusTitle(locale));
        ArrayNode attributes = json.putArray("attributes");
        for (StatusAttribute attribute : assessment.attributes()) {
            attributes.add(attribute.name());
        }
        ArrayNode blocking = json.putArray("blockingRows");
        assessment.findings().stream().filter(Finding::isBlocking).forEach(f -> blocking.add(f.requirement().id()));
        ArrayNode benefits = json.putArray("benefits");
        assessment.benefits().forEach(x -> benefits.add(x.id()));
        ArrayNode channels = json.putArray("channels");
        assessment.channels().forEach(x -> channels.add(x.id()));
        ArrayNode notices = json.putArray("notices");
        for (Notice notice : assessment.notices()) {
            notices.addObject().put("code", notice.code()).put("text", notice.text(locale));
        }
        return json;
    }

    private static ObjectNode finding(Optional<Finding> finding, Locale locale) {
        if (finding.isEmpty()) {
            return null;
        }
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("outcome", finding.get().outcome().name());
        json.put("message", finding.get().message(locale));
        return json;
    }
}
