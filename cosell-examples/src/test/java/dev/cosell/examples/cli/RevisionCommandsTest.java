package dev.cosell.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cosell.json.SubmissionReader;
import dev.cosell.json.SubmissionRecord;
import dev.cosell.model.Assessment;
import dev.cosell.model.Finding;
import dev.cosell.model.Notice;
import dev.cosell.model.Revision;
import dev.cosell.model.Submission;
import dev.cosell.rules.CoSellEvaluator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cosell revisions}, {@code compare}, {@code timeline} and {@code --revision}: every figure they show is
 * checked against the library's own answer ({@code CoSellEvaluator.forRevision(id).evaluate}) for the same
 * submission, in text, JSON and HTML, in English and Korean.
 */
class RevisionCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CoSellEvaluator SHIPPED = EvaluateCommand.shippedEvaluator();
    private static final List<Revision> REVISIONS = SHIPPED.revisions();
    private static final List<String> IDS = REVISIONS.stream().map(Revision::id).toList();
    /** Every shipped sample, the invalid one included. */
    private static final List<String> SAMPLES = List.of(Cli.sample("co-sell-ready.json"),
            Cli.sample("incentivized-azure-ip.json"), Cli.sample("incentivized-business-applications.json"),
            Cli.sample("not-ready-unpublished.json"), Cli.sample("services.json"),
            Cli.sample("invalid/mixed-with-errors.json"));

    @TempDir
    Path dir;

    /** Each line of a command's JSON-lines output, parsed. */
    static List<JsonNode> lines(String out) {
        return out.lines().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (IOException e) {
                throw new AssertionError("not a JSON line: " + line, e);
            }
        }).toList();
    }

    private static String[] args(List<String> command, List<String> files) {
        List<String> all = new ArrayList<>(command);
        all.addAll(files);
        return all.toArray(String[]::new);
    }

    /** The submissions of the samples by "file#record", as the tool names them in its JSON lines. */
    private static Map<String, Submission> submissions(List<String> files) throws IOException {
        Map<String, Submission> byRecord = new HashMap<>();
        for (String file : files) {
            try (Stream<SubmissionRecord> records = new SubmissionReader().read(Path.of(file))) {
                records.forEach(r -> r.submission().ifPresent(s -> byRecord.put(r.source() + "#" + r.index(), s)));
            }
        }
        return byRecord;
    }

    private static String key(JsonNode line) {
        return line.get("file").asText() + "#" + line.get("record").asLong();
    }

    // --- cosell revisions -------------------------------------------------------------------------------------

    @Test
    void givenTheCalendar_whenListedAsText_thenEveryRevisionIsARowWithItsDatesConfidenceSourceAndSummary() {
        Cli run = Cli.run("revisions");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).matches("revision +in force from +to +confidence +main source +what it changed"),
                lines.get(0));
        assertTrue(lines.get(1).startsWith("--------  "), lines.get(1));
        for (int i = 0; i < REVISIONS.size(); i++) {
            Revision r = REVISIONS.get(i);
            String row = lines.get(2 + i);
            assertTrue(row.startsWith(r.id() + "  " + r.effectiveFrom() + "     "
                    + r.effectiveUntil().map(LocalDate::toString).orElse("today")), row);
            assertTrue(row.contains("  " + r.confidence() + "  "), row);
            assertTrue(row.contains(RevisionsCommand.mainSource(r)), row);
            assertTrue(row.endsWith(r.summary()), row);
        }
        assertTrue(lines.get(2 + REVISIONS.size()).contains("--revision ID pins one"), run.out());
    }

    @Test
    void givenTheCalendar_whenListedAsJson_thenTheRevisionsFollowEachOtherWithoutGapOrOverlap() {
        Cli run = Cli.run("revisions", "--format", "json");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        List<JsonNode> lines = lines(run.out());
        assertEquals(IDS, lines.stream().map(l -> l.get("id").asText()).toList());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            Revision r = REVISIONS.get(i);
            assertEquals(r.rows().stream().map(x -> x.id()).toList(),
                    JSON.convertValue(line.get("rows"), List.class));
            assertEquals(r.sources(), JSON.convertValue(line.get("sources"), List.class));
            if (i + 1 < lines.size()) {
                LocalDate until = LocalDate.parse(line.get("effectiveUntil").asText());
                assertEquals(LocalDate.parse(lines.get(i + 1).get("effectiveFrom").asText()), until.plusDays(1));
            } else {
                assertTrue(line.get("effectiveUntil").isNull(), "the newest revision has no end");
            }
        }
    }

    @Test
    void givenKorean_whenTheCalendarIsListed_thenItsHeadingsAreKoreanAndItsColumnsLineUp() {
        Cli run = Cli.run("revisions", "--lang", "ko");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("개정") && lines.get(0).contains("적용 시작")
                && lines.get(0).contains("신뢰도"), lines.get(0));
        // the second column starts at the same terminal column on every line (Hangul is two columns wide)
        int column = Table.width(lines.get(0).substring(0, lines.get(0).indexOf("적용 시작")));
        for (String line : lines.subList(2, 2 + REVISIONS.size())) {
            assertEquals(column, line.indexOf("20", 10), line);
        }
    }

    // --- --revision -------------------------------------------------------------------------------------------

    @Test
    void givenEveryRevisionPinned_whenTheSamplesAreEvaluated_thenEachAssessmentIsMadeUnderItWithItsRowsAndNotices()
            throws IOException {
        Map<String, Submission> submissions = submissions(SAMPLES);
        for (Revision revision : REVISIONS) {
            Cli run = Cli.run(args(List.of("evaluate", "-f", "json", "--revision", revision.id()), SAMPLES));

            assertEquals(ExitCodes.INVALID_RECORDS, run.exitCode(), run.err());
            for (JsonNode line : lines(run.out())) {
                if (line.get("status").asText().equals("REJECTED")) {
                    continue;
                }
                Assessment expected = SHIPPED.forRevision(revision.id()).evaluate(submissions.get(key(line)));
                assertEquals(revision.id(), line.get("revision").get("id").asText());
                assertEquals(revision.id(), line.get("ruleSetRevision").asText());
                assertEquals(revision.confidence(), line.get("revision").get("confidence").asText());
                assertEquals(expected.status().name(), line.get("status").asText(), key(line));
                assertEquals(expected.statusTitle(java.util.Locale.ENGLISH), line.get("statusTitle").asText());
                List<String> rows = new ArrayList<>();
                line.get("findings").forEach(f -> rows.add(f.get("requirement").asText()));
                assertEquals(revision.rows().stream().map(r -> r.id()).toList(), rows, "the revision's rows only");
                List<String> notices = new ArrayList<>();
                line.get("notices").forEach(n -> notices.add(n.get("code").asText()));
                assertEquals(expected.notices().stream().map(Notice::code).toList(), notices);
                assertEquals(!revision.inForceOn(LocalDate.parse(line.get("asOf").asText())),
                        notices.contains(Notice.PINNED_OUTSIDE), "a pinned revision outside its dates says so");
            }
        }
    }

    @Test
    void givenAnUnknownRevision_whenAnyCommandIsRun_thenExitIs2NamingEveryKnownRevision() {
        for (List<String> command : List.of(List.of("evaluate", "--revision", "2020-13-01", Cli.sample("services.json")),
                List.of("test", "--revision", "2020-13-01", "--no-mutation", "../scenarios/2020-05-19"),
                List.of("compare", "--from", "2020-13-01", "--to", "2020-09-02", Cli.sample("services.json")),
                List.of("compare", "--from", "2020-05-19", "--to", "2020-13-01", Cli.sample("services.json")))) {
            Cli run = Cli.run(command.toArray(String[]::new));

            assertEquals(ExitCodes.USAGE, run.exitCode(), command + ": " + run.err());
            assertTrue(run.err().contains("no program revision '2020-13-01'; the revisions are "
                    + String.join(", ", IDS)), run.err());
            assertEquals("", run.out());
        }
    }

    @Test
    void givenSeveralMistakes_whenCompareIsRun_thenEveryProblemIsNamedAtOnce() {
        Cli unknown = Cli.run("compare", "--from", "1999-01-01", "--to", "2999-01-01", dir.resolve("missing.json")
                .toString());
        Cli same = Cli.run("compare", "--from", "2020-09-02", "--to", "2020-09-02", Cli.sample("services.json"));

        assertEquals(ExitCodes.USAGE, unknown.exitCode());
        assertTrue(unknown.err().contains("'1999-01-01'") && unknown.err().contains("'2999-01-01'")
                && unknown.err().contains("cannot read " + dir.resolve("missing.json")), unknown.err());
        assertEquals(ExitCodes.USAGE, same.exitCode());
        assertTrue(same.err().contains("--from and --to name the same revision 2020-09-02"), same.err());
    }

    /** Dates all over the calendar, before it included: each gets the revision in force, or is rejected. */
    @Test
    void givenSubmissionsDatedAcrossTheCalendar_whenEvaluated_thenEachGetsTheRevisionInForceAndEarlierOnesAreRejected()
            throws IOException {
        String sample = Files.readString(Path.of(Cli.sample("co-sell-ready.json"))).replaceAll("\\s*\\n\\s*", " ");
        Random random = new Random(20201130L);
        List<LocalDate> dates = new ArrayList<>(List.of(LocalDate.of(2020, 5, 18), LocalDate.of(2020, 5, 19)));
        REVISIONS.forEach(r -> {
            dates.add(r.effectiveFrom());
            dates.add(r.effectiveFrom().minusDays(1));
        });
        for (int i = 0; i < 150; i++) {
            dates.add(LocalDate.of(1990, 1, 1).plusDays(random.nextInt(35 * 365)));
        }
        Path file = dir.resolve("dates.jsonl");
        Files.write(file, dates.stream().map(d -> sample.replace("\"asOf\": \"2020-07-01\"", "\"asOf\": \"" + d
                + "\"")).toList());

        Cli byDate = Cli.run("evaluate", "-f", "json", file.toString());
        Cli pinned = Cli.run("evaluate", "-f", "json", "--revision", "2020-05-19", file.toString());

        List<JsonNode> lines = lines(byDate.out());
        assertEquals(dates.size(), lines.size());
        boolean early = false;
        for (int i = 0; i < dates.size(); i++) {
            LocalDate date = dates.get(i);
            JsonNode line = lines.get(i);
            if (date.isBefore(LocalDate.of(2020, 5, 19))) {
                early = true;
                assertEquals("REJECTED", line.get("status").asText(), date.toString());
                assertEquals("asOf", line.get("errors").get(0).get("path").asText());
                assertTrue(line.get("errors").get(0).get("message").asText().contains("before 2020-05-19"));
            } else {
                assertEquals(SHIPPED.revisionOn(date).orElseThrow().id(), line.get("revision").get("id").asText(),
                        date.toString());
            }
        }
        assertTrue(early);
        assertEquals(ExitCodes.INVALID_RECORDS, byDate.exitCode());
        assertEquals(ExitCodes.OK, pinned.exitCode(), pinned.err());
        assertTrue(lines(pinned.out()).stream().allMatch(l -> l.get("revision").get("id").asText()
                .equals("2020-05-19")));
    }

    // --- cosell compare ---------------------------------------------------------------------------------------

    @Test
    void givenPairsOfRevisions_whenCompared_thenEveryChangedRowAndStatusIsTheLibrarysOwnDifference()
            throws IOException {
        Map<String, Submission> submissions = submissions(SAMPLES);
        Random random = new Random(7L);
        List<List<String>> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < IDS.size(); i++) {
            pairs.add(List.of(IDS.get(i), IDS.get(i + 1)));
        }
        for (int i = 0; i < 4; i++) {
            pairs.add(List.of(IDS.get(random.nextInt(IDS.size())), IDS.get(IDS.size() - 1 - random.nextInt(3))));
        }
        pairs.add(List.of(IDS.get(IDS.size() - 1), IDS.get(0)));
        for (List<String> pair : pairs) {
            if (pair.get(0).equals(pair.get(1))) {
                continue;
            }
            Cli run = Cli.run(args(List.of("compare", "-f", "json", "--from", pair.get(0), "--to", pair.get(1)),
                    SAMPLES));

            assertEquals(ExitCodes.INVALID_RECORDS, run.exitCode(), run.err());
            List<JsonNode> lines = lines(run.out());
            assertEquals(9, lines.size(), "one line per record: " + run.out());
            for (JsonNode line : lines) {
                if (line.get("status") != null && line.get("status").asText().equals("REJECTED")) {
                    continue;
                }
                Submission submission = submissions.get(key(line));
                Assessment a = SHIPPED.forRevision(pair.get(0)).evaluate(submission);
                Assessment b = SHIPPED.forRevision(pair.get(1)).evaluate(submission);
                assertEquals(a.status().name(), line.get("from").get("status").asText());
                assertEquals(b.route().name(), line.get("to").get("route").asText());
                assertEquals(a.status() != b.status() || a.route() != b.route(),
                        line.get("statusChanged").asBoolean());
                Map<String, Finding> before = a.findings().stream().collect(Collectors.toMap(
                        f -> f.requirement().id(), f -> f));
                Map<String, Finding> after = b.findings().stream().collect(Collectors.toMap(
                        f -> f.requirement().id(), f -> f));
                List<String> expected = new ArrayList<>();
                for (var row : dev.cosell.model.Requirement.values()) {
                    Finding x = before.get(row.id());
                    Finding y = after.get(row.id());
                    if (x == null && y != null) {
                        expected.add(row.id() + " APPEARED null " + y.outcome() + " " + y.message());
                    } else if (x != null && y == null) {
                        expected.add(row.id() + " DISAPPEARED " + x.outcome() + " " + x.message() + " null");
                    } else if (x != null && x.outcome() != y.outcome()) {
                        expected.add(row.id() + " CHANGED " + x.outcome() + " " + x.message() + " " + y.outcome()
                                + " " + y.message());
                    }
                }
                List<String> actual = new ArrayList<>();
                line.get("rows").forEach(r -> actual.add(r.get("requirement").asText() + " "
                        + r.get("change").asText() + " " + finding(r.get("from")) + " " + finding(r.get("to"))));
                assertEquals(expected, actual, pair + " " + key(line));
            }
        }
    }

    private static String finding(JsonNode node) {
        return node.isNull() ? "null" : node.get("outcome").asText() + " " + node.get("message").asText();
    }

    @Test
    void givenTwoRevisions_whenComparedAsText_thenEachOfferShowsBothStatusesAndEveryChangedRowWithBothMessages() {
        Cli run = Cli.run("compare", "--from", "2020-05-19", "--to", "2020-09-02", Cli.sample("co-sell-ready.json"));
        Cli korean = Cli.run("compare", "--from", "2020-05-19", "--to", "2020-09-02", "--lang", "ko",
                Cli.sample("co-sell-ready.json"));

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        Submission submission = only(Cli.sample("co-sell-ready.json"));
        Assessment a = SHIPPED.forRevision("2020-05-19").evaluate(submission);
        Assessment b = SHIPPED.forRevision("2020-09-02").evaluate(submission);
        String out = run.out();
        assertTrue(out.startsWith("contoso-analytics (partner contoso), as of 2020-07-01"), out);
        assertTrue(out.contains("  2020-05-19: " + a.statusTitle(java.util.Locale.ENGLISH)), out);
        assertTrue(out.contains("  2020-09-02: " + b.statusTitle(java.util.Locale.ENGLISH)), out);
        // R2.1 is gone from 2020-09-02, R3.7 and R3.8 are new there
        assertTrue(out.contains("    R2.1  not in 2020-09-02 (was " + a.outcome(dev.cosell.model.Requirement.R2_1)
                .title(java.util.Locale.ENGLISH) + " in 2020-05-19)"), out);
        assertTrue(out.contains("          2020-05-19: " + a.finding(dev.cosell.model.Requirement.R2_1).message()),
                out);
        assertTrue(out.contains("    R3.7  appeared in 2020-09-02: "), out);
        assertTrue(out.contains("          2020-09-02: " + b.finding(dev.cosell.model.Requirement.R3_7).message()),
                out);
        assertTrue(out.endsWith("1 record: 1 compared (" + (CompareCommand.statusChanged(a, b) ? 1 : 0)
                + " with another status or route under 2020-09-02), 0 rejected" + System.lineSeparator()), out);
        assertEquals(ExitCodes.OK, korean.exitCode(), korean.err());
        assertTrue(korean.out().contains("    R3.7  2020-09-02에 새로 있음: "), korean.out());
        assertTrue(korean.out().contains(a.finding(dev.cosell.model.Requirement.R2_1)
                .message(java.util.Locale.KOREAN)), korean.out());
    }

    private static Submission only(String file) {
        try (Stream<SubmissionRecord> records = new SubmissionReader().read(Path.of(file))) {
            return records.findFirst().orElseThrow().submission().orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // --- cosell timeline --------------------------------------------------------------------------------------

    @Test
    void givenTheSamples_whenTheTimelineIsWrittenAsJson_thenEachOfferHasItsStatusUnderEveryRevisionAtItsOwnDate()
            throws IOException {
        Map<String, Submission> submissions = submissions(SAMPLES);
        Cli run = Cli.run(args(List.of("timeline", "--format", "json"), SAMPLES));

        assertEquals(ExitCodes.INVALID_RECORDS, run.exitCode(), run.err());
        List<JsonNode> lines = lines(run.out());
        assertEquals(9, lines.size());
        int assessed = 0;
        for (JsonNode line : lines) {
            if (line.get("timeline") == null) {
                assertEquals("REJECTED", line.get("status").asText());
                continue;
            }
            assessed++;
            Submission submission = submissions.get(key(line));
            assertEquals(SHIPPED.revisionOn(submission.asOf()).map(Revision::id).orElse(null),
                    line.get("revisionInForce").isNull() ? null : line.get("revisionInForce").asText());
            assertEquals(IDS.size(), line.get("timeline").size());
            for (int i = 0; i < IDS.size(); i++) {
                JsonNode entry = line.get("timeline").get(i);
                Assessment expected = SHIPPED.forRevision(IDS.get(i)).evaluate(submission);
                assertEquals(IDS.get(i), entry.get("revision").asText());
                assertEquals(expected.status().name(), entry.get("status").asText(), key(line) + " " + IDS.get(i));
                assertEquals(expected.route().name(), entry.get("route").asText());
                assertEquals(expected.statusTitle(java.util.Locale.ENGLISH), entry.get("statusTitle").asText());
                List<String> blocking = new ArrayList<>();
                entry.get("blockingRows").forEach(r -> blocking.add(r.asText()));
                assertEquals(expected.findings().stream().filter(Finding::isBlocking).map(f -> f.requirement().id())
                        .toList(), blocking);
            }
        }
        assertEquals(7, assessed);
    }

    @Test
    void givenTheSamples_whenTheTimelineIsWrittenAsText_thenEachOfferIsATableWithOneRowPerRevisionAndItsDateMarked() {
        Cli run = Cli.run("timeline", Cli.sample("services.json"), Cli.sample("co-sell-ready.json"));
        Cli korean = Cli.run("timeline", "--lang", "ko", Cli.sample("co-sell-ready.json"));

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.stream().filter(l -> l.contains("under every revision, each pinned, at this date"))
                .count(), run.out());
        for (String id : IDS) {
            assertEquals(3, lines.stream().filter(l -> l.startsWith("  " + id + "  ")).count(), id);
        }
        List<String> marked = lines.stream().filter(l -> l.endsWith("\u25C0 in force on 2020-07-01")).toList();
        assertEquals(3, marked.size(), run.out());
        assertTrue(marked.stream().allMatch(l -> l.startsWith("  2020-05-19  ")), run.out());
        assertTrue(run.out().endsWith("3 records: 3 evaluated under " + IDS.size() + " revisions, 0 rejected"
                + System.lineSeparator()), run.out());
        assertEquals(ExitCodes.OK, korean.exitCode(), korean.err());
        assertTrue(korean.out().contains("모든 개정을 각각 고정하여 이 날짜로 평가"), korean.out());
        assertTrue(korean.out().contains("\u25C0 2020-07-01에 적용되는 개정"), korean.out());
    }

    @Test
    void givenTheSamples_whenTheTimelineIsWrittenAsHtml_thenOneTablePerOfferHasEveryRevisionAndItIsWrittenSafely()
            throws IOException {
        String hostile = Files.readString(Path.of(Cli.sample("co-sell-ready.json")))
                .replace("\"name\": \"Contoso Analytics\"", "\"name\": \"<script>alert(1)</script>\\u202e\"");
        Path input = Files.writeString(dir.resolve("hostile.json"), hostile);
        Path page = dir.resolve("timeline.html");

        Cli run = Cli.run("timeline", "--format", "html", "-o", page.toString(), input.toString(),
                Cli.sample("services.json"), Cli.sample("invalid/mixed-with-errors.json"));
        Cli korean = Cli.run("timeline", "--format", "html", "--lang", "ko", Cli.sample("services.json"));

        assertEquals(ExitCodes.INVALID_RECORDS, run.exitCode(), run.err());
        assertEquals("cosell: wrote the html timeline of 6 records (4 evaluated, 2 rejected) to " + page
                + System.lineSeparator(), run.err());
        String html = Files.readString(page);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">") && html.endsWith("</html>\n"));
        assertEquals(4, count(html, "<table class=\"timeline\">"));
        assertEquals(4 * IDS.size(), count(html, "<tr data-revision=\""));
        assertEquals(4, count(html, "<tr data-revision=\"2020-05-19\" class=\"in-force\">"));
        assertEquals(2, count(html, "<article class=\"rejection\">"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;\uFFFD"), "escaped");
        assertFalse(html.contains("<script") || html.contains("\u202e"));
        assertEquals(ExitCodes.OK, korean.exitCode(), korean.err());
        assertTrue(korean.out().startsWith("<!DOCTYPE html>\n<html lang=\"ko\">")
                && korean.out().contains("모든 프로그램 개정에서의 공동 판매 상태"), korean.out());
    }

    @Test
    void givenAnOfferDatedInTheGap_whenTheTimelineIsWrittenAsHtml_thenTheNotesSayWhatTheInForceColumnDoesNot()
            throws IOException {
        // 2022-01-01 is in the gap after revision 2021-10-21; 2023-10-24 is after the newest text read
        for (String day : List.of("2022-01-01", "2023-10-24")) {
            String dated = Files.readString(Path.of(Cli.sample("co-sell-ready.json")))
                    .replace("\"asOf\": \"2020-07-01\"", "\"asOf\": \"" + day + "\"");
            Path input = Files.writeString(dir.resolve("dated-" + day + ".json"), dated);

            Cli run = Cli.run("timeline", "--format", "html", input.toString());

            assertEquals(ExitCodes.OK, run.exitCode(), run.err());
            String html = run.out();
            Revision inForce = SHIPPED.revisionOn(LocalDate.parse(day)).orElseThrow();
            String notice = day.startsWith("2022") ? Notice.GAP : Notice.AFTER_NEWEST;
            String row = html.substring(html.indexOf("<tr data-revision=\"" + inForce.id() + "\" class=\"in-force\">"));
            row = row.substring(0, row.indexOf("</tr>"));
            assertTrue(row.contains("data-notice=\"" + notice + "\""), day + ": the row in force has the notice: " + row);
            assertEquals(1, count(html, "data-notice=\"" + notice + "\""), day + ": on the row in force only");
            assertEquals(0, count(html, "data-notice=\"" + Notice.PINNED_OUTSIDE + "\""),
                    day + ": the in-force column says which revision is in force; no row repeats it");
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    @Test
    void givenHostileIdsInTheData_whenComparedOrTimelined_thenTheTerminalSeesNoControlCharacter() throws IOException {
        String hostile = Files.readString(Path.of(Cli.sample("co-sell-ready.json")))
                .replace("\"id\": \"contoso-analytics\"", "\"id\": \"evil\\u001b[2J\\u202e\\r\\n\"");
        Path input = Files.writeString(dir.resolve("hostile.json"), hostile);
        for (List<String> command : List.of(List.of("timeline"), List.of("compare", "--from", "2020-05-19", "--to",
                "2023-08-24"))) {
            Cli run = Cli.run(args(command, List.of(input.toString())));

            assertEquals(ExitCodes.OK, run.exitCode(), run.err());
            assertTrue(run.out().contains("evil\\u001B[2J\\u202E\\u000D\\u000A"), run.out());
            assertTrue(run.out().chars().noneMatch(c -> c == 0x1b || c == 0x202e || c == '\r'), run.out());
        }
    }
}
