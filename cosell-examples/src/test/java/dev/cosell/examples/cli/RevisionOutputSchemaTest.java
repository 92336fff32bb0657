package dev.cosell.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cosell.json.AssessmentJson;
import dev.cosell.json.SchemaValidator;
import dev.cosell.json.SubmissionJson;
import dev.cosell.json.SubmissionRecord;
import dev.cosell.model.Assessment;
import dev.cosell.model.Benefit;
import dev.cosell.model.Channel;
import dev.cosell.model.IncentiveRoute;
import dev.cosell.model.Outcome;
import dev.cosell.model.Requirement;
import dev.cosell.model.Revision;
import dev.cosell.model.Status;
import dev.cosell.model.StatusAttribute;
import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionResult;
import dev.cosell.rules.CoSellEvaluator;
import dev.cosell.rules.InvalidSubmissionException;
import dev.cosell.rules.reference.SubmissionGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The output schemas of {@code cosell compare --format json} ({@code comparison.schema.json}) and {@code cosell
 * timeline --format json} ({@code timeline.schema.json}), next to their writers in {@code dev/cosell/examples/cli/}:
 * every line both commands write for seeded submissions dated across every program revision — each status and
 * route, requirement rows R1.1 … R4.4 appearing, disappearing and changing outcome, benefits B1–B6, channels
 * C1–C3, records that cannot be read and submissions the validator rejects, in English and Korean — validates
 * against its schema, checked by the validator that checks {@code assessment.schema.json}; so do the lines of an
 * offer on which a revision's rules failed; the schemas' codes are the model's; and a line broken in a typical way
 * does not validate.
 */
class RevisionOutputSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CoSellEvaluator SHIPPED = EvaluateCommand.shippedEvaluator();
    private static final List<Revision> REVISIONS = SHIPPED.revisions();
    private static final List<String> IDS = REVISIONS.stream().map(Revision::id).toList();
    /** Generated submissions per input file; one in eight is broken or dated before the first revision. */
    static final int RECORDS = 120;
    /** The ways a record is broken ({@link #broken}), and one more: dated before the first revision. */
    static final int KINDS = 7;

    private static JsonNode comparisonSchema;
    private static JsonNode timelineSchema;
    private static SchemaValidator comparison;
    private static SchemaValidator timeline;

    @TempDir
    Path dir;

    @BeforeAll
    static void readTheSchemas() throws IOException {
        comparisonSchema = schema("comparison.schema.json");
        timelineSchema = schema("timeline.schema.json");
        comparison = new SchemaValidator(comparisonSchema);
        timeline = new SchemaValidator(timelineSchema);
    }

    private static JsonNode schema(String name) throws IOException {
        try (InputStream in = CompareCommand.class.getResourceAsStream(name)) {
            assertTrue(in != null, name + " is on the class path next to the writers");
            return JSON.readTree(in);
        }
    }

    /**
     * The pairs compared: each revision with the next (rows such as R2.1 disappear in 2020-09-02, R1.4 and R3.7
     * appear in 2021-02-24), the first with the newest and the newest with the first.
     */
    private static List<List<String>> pairs() {
        List<List<String>> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < IDS.size(); i++) {
            pairs.add(List.of(IDS.get(i), IDS.get(i + 1)));
        }
        pairs.add(List.of(IDS.get(0), IDS.get(IDS.size() - 1)));
        pairs.add(List.of(IDS.get(IDS.size() - 1), IDS.get(0)));
        return pairs;
    }

    /** What the lines of a seed showed: the schemas were checked on every kind of line and every code. */
    private static final class Seen {
        final Set<String> statuses = new HashSet<>();
        final Set<String> routes = new HashSet<>();
        final Set<String> changes = new HashSet<>();
        final Set<String> outcomes = new HashSet<>();
        final Set<String> attributes = new HashSet<>();
        final Set<Object> statusChanged = new HashSet<>();
        final Set<String> errorShapes = new HashSet<>();
        boolean noRevisionInForce;
        boolean korean;

        void entry(JsonNode entry) {
            statuses.add(entry.get("status").asText());
            if (entry.has("route")) {
                routes.add(entry.get("route").asText());
            }
            entry.path("attributes").forEach(a -> attributes.add(a.asText()));
        }

        void rejected(JsonNode line) {
            line.get("errors").forEach(e -> errorShapes.add(e.has("line") ? "read" : "violation"));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20_261_130L, 7L})
    void givenSubmissionsAcrossEveryRevision_whenComparedAndTimelined_thenEveryLineValidatesAgainstItsSchema(long seed)
            throws IOException {
        Path input = dir.resolve("submissions.jsonl");
        Files.write(input, input(seed), StandardCharsets.UTF_8);
        Seen seen = new Seen();

        for (String lang : List.of("en", "ko")) {
            for (List<String> pair : pairs()) {
                Cli run = Cli.run("compare", "--from", pair.get(0), "--to", pair.get(1), "--format", "json",
                        "--lang", lang, input.toString());

                assertEquals(ExitCodes.INVALID_RECORDS, run.exitCode(), run.err());
                List<JsonNode> lines = lines(run.out());
                assertEquals(RECORDS, lines.size(), "one line per record");
                for (JsonNode line : lines) {
                    assertValid(comparison, line);
                    if (isRejected(line)) {
                        seen.rejected(line);
                        continue;
                    }
                    assertEquals(pair.get(0), line.get("from").get("revision").asText());
                    assertEquals(pair.get(1), line.get("to").get("revision").asText());
                    seen.entry(line.get("from"));
                    seen.entry(line.get("to"));
                    seen.korean |= lang.equals("ko")
                            && line.at("/to/statusTitle").asText().matches(".*[\uAC00-\uD7A3].*");
                    seen.statusChanged.add(line.get("statusChanged").asBoolean());
                    for (JsonNode row : line.get("rows")) {
                        seen.changes.add(row.get("change").asText());
                        for (String side : List.of("from", "to")) {
                            if (!row.get(side).isNull()) {
                                seen.outcomes.add(row.get(side).get("outcome").asText());
                            }
                        }
                    }
                }
            }
            Cli run = Cli.run("timeline", "--format", "json", "--lang", lang, input.toString());

            assertEquals(ExitCodes.INVALID_RECORDS, run.exitCode(), run.err());
            List<JsonNode> lines = lines(run.out());
            assertEquals(RECORDS, lines.size(), "one line per record");
            for (JsonNode line : lines) {
                assertValid(timeline, line);
                if (isRejected(line)) {
                    seen.rejected(line);
                    continue;
                }
                List<String> revisions = new ArrayList<>();
                line.get("timeline").forEach(entry -> {
                    revisions.add(entry.get("revision").asText());
                    seen.entry(entry);
                });
                assertEquals(IDS, revisions, "one entry per revision, oldest first");
                seen.noRevisionInForce |= line.get("revisionInForce").isNull();
            }
        }

        // Every code the writers emit was written, and validated, for this seed.
        assertEquals(Set.copyOf(names(Status.values(), Enum::name)), seen.statuses);
        assertEquals(Set.copyOf(names(IncentiveRoute.values(), Enum::name)), seen.routes);
        assertEquals(Set.copyOf(names(CompareCommand.Change.values(), Enum::name)), seen.changes);
        assertEquals(Set.copyOf(names(Outcome.values(), Enum::name)), seen.outcomes);
        assertEquals(Set.copyOf(names(StatusAttribute.values(), Enum::name)), seen.attributes);
        assertEquals(Set.of(true, false), seen.statusChanged);
        assertEquals(Set.of("read", "violation"), seen.errorShapes, "both kinds of rejected record");
        assertTrue(seen.noRevisionInForce, "a date before the first revision has none in force");
        assertTrue(seen.korean, "--lang ko writes the revisions' words in Korean");
    }

    @Test
    void givenARevisionWhoseRulesFailOnAnOffer_whenWritten_thenTheFailedLinesValidateToo() throws IOException {
        Submission submission = valid(SubmissionGenerator.acrossRevisions(11L));
        Revision first = REVISIONS.get(0);
        Revision middle = REVISIONS.get(REVISIONS.size() / 2);
        Revision newest = REVISIONS.get(REVISIONS.size() - 1);
        SubmissionRecord read = new SubmissionRecord("generated.jsonl", 1, 1, 1, Optional.of(submission), List.of());
        String failure = "rule 'R4.1 revenue' of revision " + first.id() + " failed on offer "
                + submission.offer().id() + ": / by zero";

        for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN)) {
            // the first revision failed (the record is then a failed result of evaluateAll), and a later one
            EvaluatedRecord failedFirst = new EvaluatedRecord(read, SubmissionResult.failed(0, submission,
                    new IllegalStateException(failure)));
            RevisionRecord record = failing(failedFirst, submission, List.of(first, middle), failure);
            StringWriter compared = new StringWriter();
            CompareCommand.JsonSink compare = new CompareCommand.JsonSink(compared, locale, first, newest);
            compare.record(record);
            compare.record(failing(assessed(read, submission, first), submission, List.of(newest), failure));
            StringWriter timelined = new StringWriter();
            new TimelineCommand.JsonSink(timelined, locale, REVISIONS).record(record);

            List<JsonNode> comparisons = lines(compared.toString());
            assertEquals(2, comparisons.size());
            comparisons.forEach(line -> assertValid(comparison, line));
            assertEquals(CompareCommand.FAILED, comparisons.get(0).get("from").get("status").asText());
            assertEquals(failure, comparisons.get(0).get("from").get("failure").asText());
            assertEquals(CompareCommand.FAILED, comparisons.get(1).get("to").get("status").asText());
            assertTrue(comparisons.get(1).get("statusChanged").isNull() && comparisons.get(1).get("rows").isNull());
            JsonNode line = lines(timelined.toString()).get(0);
            assertValid(timeline, line);
            List<String> statuses = new ArrayList<>();
            line.get("timeline").forEach(e -> statuses.add(e.get("status").asText()));
            assertEquals(CompareCommand.FAILED, statuses.get(0));
            assertEquals(CompareCommand.FAILED, statuses.get(REVISIONS.indexOf(middle)));
            assertEquals(REVISIONS.size() - 2, statuses.stream().filter(s -> !s.equals(CompareCommand.FAILED))
                    .count());
        }
    }

    @Test
    void givenTheSchemas_whenTheirCodesAreRead_thenTheyAreTheModelsAndTheWritersMarkers() {
        for (JsonNode schema : List.of(comparisonSchema, timelineSchema)) {
            JsonNode defs = schema.get("$defs");
            assertEquals(names(Status.values(), Enum::name), texts(defs.at("/assessed/properties/status/enum")));
            assertEquals(List.of(CompareCommand.FAILED), texts(defs.at("/failed/properties/status/enum")));
            assertEquals(names(IncentiveRoute.values(), Enum::name), texts(defs.at("/assessed/properties/route/enum")));
            assertEquals(names(StatusAttribute.values(), Enum::name),
                    texts(defs.at("/assessed/properties/attributes/items/enum")));
            assertEquals(names(Benefit.values(), Benefit::id),
                    texts(defs.at("/assessed/properties/benefits/items/enum")));
            assertEquals(names(Channel.values(), Channel::id),
                    texts(defs.at("/assessed/properties/channels/items/enum")));
            assertEquals(names(Requirement.values(), Requirement::id), texts(defs.at("/requirement/enum")));
            assertEquals(List.of(AssessmentJson.REJECTED), texts(defs.at("/rejected/properties/status/enum")));
        }
        JsonNode defs = comparisonSchema.get("$defs");
        assertEquals(names(Outcome.values(), Enum::name), texts(defs.at("/finding/properties/outcome/enum")));
        List<String> changes = new ArrayList<>();
        defs.at("/row/oneOf").forEach(option -> changes.addAll(texts(comparisonSchema.at(
                option.get("$ref").asText().substring(1) + "/properties/change/enum"))));
        assertEquals(names(CompareCommand.Change.values(), Enum::name), changes);
        // an entry of the timeline is an entry of the comparison, and a rejected record the same in both
        for (String shared : List.of("entry", "assessed", "failed", "rejected", "readError", "violation")) {
            assertEquals(defs.get(shared), timelineSchema.get("$defs").get(shared), shared);
        }
    }

    /**
     * Every field says what it means; and the validator ignores what it does not know, so the schemas use only what
     * it checks, and every $ref resolves.
     */
    @Test
    void givenTheSchemas_whenWalked_thenEveryFieldIsDescribedEveryKeywordCheckedAndEveryReferenceResolved() {
        for (JsonNode schema : List.of(comparisonSchema, timelineSchema)) {
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
            List<String> problems = new ArrayList<>();
            walk(schema, schema, "", problems);
            assertEquals(List.of(), problems);
        }
    }

    private static final Set<String> KEYWORDS = Set.of("$schema", "$id", "title", "description", "$defs", "$ref",
            "oneOf", "type", "enum", "pattern", "minLength", "minimum", "maximum", "properties", "required",
            "additionalProperties", "items");

    static void walk(JsonNode root, JsonNode schema, String path, List<String> problems) {
        schema.fieldNames().forEachRemaining(name -> {
            JsonNode value = schema.get(name);
            switch (name) {
                case "$defs" -> value.fieldNames().forEachRemaining(child ->
                        walk(root, value.get(child), path + "/$defs/" + child, problems));
                case "properties" -> value.fieldNames().forEachRemaining(child -> {
                    JsonNode field = value.get(child);
                    String ref = field.path("$ref").asText();
                    JsonNode described = ref.startsWith("#/") ? root.at(ref.substring(1)) : field;
                    if (!field.has("description") && !described.has("description")) {
                        problems.add(path + "/properties/" + child + ": no description of what the field means");
                    }
                    walk(root, field, path + "/properties/" + child, problems);
                });
                case "items" -> walk(root, value, path + "/items", problems);
                case "oneOf" -> {
                    for (int i = 0; i < value.size(); i++) {
                        walk(root, value.get(i), path + "/oneOf/" + i, problems);
                    }
                }
                case "$ref" -> {
                    if (!value.asText().startsWith("#/") || root.at(value.asText().substring(1)).isMissingNode()) {
                        problems.add(path + ": $ref " + value + " does not resolve in the schema");
                    }
                }
                default -> {
                    if (!KEYWORDS.contains(name)) {
                        problems.add(path + ": " + name + " is not checked by the validator");
                    }
                }
            }
        });
    }

    @Test
    void givenLinesBrokenInTypicalWays_whenValidated_thenNoneValidates() throws IOException {
        Path input = dir.resolve("few.jsonl");
        List<String> records = new ArrayList<>(input(20_261_130L).subList(0, 40));
        Files.write(input, records, StandardCharsets.UTF_8);
        List<JsonNode> compared = lines(Cli.run("compare", "--from", IDS.get(0), "--to", IDS.get(5), "-f", "json",
                input.toString()).out());
        List<JsonNode> timelined = lines(Cli.run("timeline", "-f", "json", input.toString()).out());
        ObjectNode compareLine = (ObjectNode) compared.stream().filter(l -> !isRejected(l)
                && l.get("rows").size() > 0 && has(l.get("rows"), "APPEARED")).findFirst().orElseThrow();
        ObjectNode timelineLine = (ObjectNode) timelined.stream().filter(l -> !isRejected(l)).findFirst()
                .orElseThrow();
        ObjectNode rejectedLine = (ObjectNode) compared.stream().filter(l -> isRejected(l)
                && l.get("errors").get(0).has("line")).findFirst().orElseThrow();
        assertValid(comparison, compareLine);
        assertValid(timeline, timelineLine);
        assertValid(comparison, rejectedLine);
        assertValid(timeline, rejectedLine);

        List<Function<ObjectNode, ObjectNode>> comparisonBreakages = List.of(
                json -> remove(json, "statusChanged"),
                json -> remove(json, "asOf"),
                json -> remove((ObjectNode) json.get("to"), "route"),
                json -> json.put("record", "1"),
                json -> json.put("rows", "none"),
                json -> json.put("statusChanged", "yes"),
                json -> json.put("surprise", 1),
                json -> json.put("asOf", "1 July 2020"),
                json -> json.put("column", 0),
                json -> put(json, "/from", "status", "READY"),
                json -> put(json, "/from", "status", CompareCommand.FAILED),
                json -> put(json, "/to", "route", "CSP"),
                json -> put(json, "/rows/0", "change", "MOVED"),
                json -> put(json, "/rows/0", "requirement", "R9.9"),
                json -> { appeared(json).put("change", "CHANGED"); return json; },
                json -> { appeared(json).set("from", appeared(json).get("to").deepCopy()); return json; },
                json -> { ((ObjectNode) appeared(json).get("to")).put("outcome", "PASSED"); return json; },
                json -> { ((ObjectNode) json.get("from")).putArray("benefits").add("B9"); return json; });
        List<Function<ObjectNode, ObjectNode>> timelineBreakages = List.of(
                json -> remove(json, "timeline"),
                json -> remove(json, "revisionInForce"),
                json -> remove((ObjectNode) json.at("/timeline/1"), "notices"),
                json -> json.put("revisionInForce", 20_200_519),
                json -> json.put("line", "1"),
                json -> put(json, "/timeline/0", "route", "CSP"),
                json -> put(json, "/timeline/0", "blockingRows", "R4.1"),
                json -> put(json, "/timeline/0", "effectiveUntil", "open"),
                json -> put(json, "/timeline/2", "status", "CO_SELL_ELIGIBLE"),
                json -> {
                    ((ObjectNode) json.at("/timeline/0")).putArray("attributes").add("PREFERRED");
                    return json;
                });
        List<Function<ObjectNode, ObjectNode>> rejectedBreakages = List.of(
                json -> remove(json, "errors"),
                json -> remove((ObjectNode) json.at("/errors/0"), "message"),
                json -> json.put("status", "INVALID"),
                json -> json.put("errors", "bad"),
                json -> json.put("surprise", true),
                json -> put(json, "/errors/0", "line", "3"));

        assertBroken(comparison, compareLine, comparisonBreakages);
        assertBroken(timeline, timelineLine, timelineBreakages);
        assertBroken(comparison, rejectedLine, rejectedBreakages);
        assertBroken(timeline, rejectedLine, rejectedBreakages);
        // a line of one command is not a line of the other
        assertFalse(timeline.problems(compareLine).isEmpty());
        assertFalse(comparison.problems(timelineLine).isEmpty());
    }

    private static void assertBroken(SchemaValidator validator, ObjectNode line,
                                     List<Function<ObjectNode, ObjectNode>> breakages) {
        for (Function<ObjectNode, ObjectNode> breakage : breakages) {
            ObjectNode broken = breakage.apply(line.deepCopy());
            assertFalse(broken.equals(line), "the breakage changed the line");
            assertFalse(validator.problems(broken).isEmpty(), "valid against the schema: " + broken);
        }
    }

    private static boolean has(JsonNode rows, String change) {
        for (JsonNode row : rows) {
            if (row.get("change").asText().equals(change)) {
                return true;
            }
        }
        return false;
    }

    private static ObjectNode appeared(ObjectNode line) {
        for (JsonNode row : line.get("rows")) {
            if (row.get("change").asText().equals("APPEARED")) {
                return (ObjectNode) row;
            }
        }
        throw new AssertionError("no row appeared: " + line);
    }

    /** The JSON object without {@code field}. */
    static ObjectNode remove(ObjectNode json, String field) {
        json.remove(field);
        return json;
    }

    /** The JSON object with {@code field} of the object at pointer {@code at} set to {@code value}. */
    static ObjectNode put(ObjectNode json, String at, String field, String value) {
        ((ObjectNode) json.at(at)).put(field, value);
        return json;
    }

    /**
     * The input of a seed as JSON lines: generated submissions across every revision, written by
     * {@link SubmissionJson}, one in eight broken in one of six ways or dated before the first revision.
     */
    static List<String> input(long seed) {
        SubmissionGenerator generator = SubmissionGenerator.acrossRevisions(seed);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            Submission submission = generator.next();
            lines.add(i % 8 == 5 ? broken(submission, i / 8 % KINDS) : SubmissionJson.write(submission));
        }
        return lines;
    }

    /**
     * The submission as a record that cannot be read (cut short, a value of the wrong type, an unknown field, not
     * an object), a submission the validator rejects (no listing state, a blank partner id), or, valid, dated
     * before the first revision.
     */
    static String broken(Submission submission, int how) {
        ObjectNode json = SubmissionJson.toJson(submission);
        ObjectNode partner = (ObjectNode) json.get("partner");
        ObjectNode offer = (ObjectNode) json.get("offer");
        return switch (how) {
            case 0 -> {
                String text = SubmissionJson.write(submission);
                yield text.substring(0, text.length() / 2);
            }
            case 1 -> {
                partner.put("businessProfileComplete", "yes");
                yield AssessmentJson.write(json);
            }
            case 2 -> {
                offer.putObject("colateral").put("onePager", "pitch.pdf");
                yield AssessmentJson.write(json);
            }
            case 3 -> {
                offer.remove("listingState");
                yield AssessmentJson.write(json);
            }
            case 4 -> {
                partner.put("id", " ");
                yield AssessmentJson.write(json);
            }
            case 5 -> "[1, 2]";
            default -> AssessmentJson.write(json.put("asOf", "2019-06-01"));
        };
    }

    /** The first valid submission of the generator. */
    private static Submission valid(SubmissionGenerator generator) {
        while (true) {
            Submission submission = generator.next();
            try {
                SHIPPED.forRevision(REVISIONS.get(0).id()).evaluate(submission);
                return submission;
            } catch (InvalidSubmissionException e) {
                // the next one
            }
        }
    }

    private static EvaluatedRecord assessed(SubmissionRecord read, Submission submission, Revision revision) {
        Assessment a = SHIPPED.forRevision(revision.id()).evaluate(submission);
        return new EvaluatedRecord(read, SubmissionResult.assessed(0, submission, a));
    }

    /** The record under every revision but the failed ones, whose rules failed with the message. */
    private static RevisionRecord failing(EvaluatedRecord evaluated, Submission submission, List<Revision> failed,
                                          String failure) {
        Map<Revision, Assessment> assessments = new LinkedHashMap<>();
        Map<Revision, String> failures = new LinkedHashMap<>();
        for (Revision revision : REVISIONS) {
            if (failed.contains(revision)) {
                failures.put(revision, failure);
            } else {
                assessments.put(revision, SHIPPED.forRevision(revision.id()).evaluate(submission));
            }
        }
        return new RevisionRecord(evaluated, assessments, failures);
    }

    private static boolean isRejected(JsonNode line) {
        return AssessmentJson.REJECTED.equals(line.path("status").asText());
    }

    private static void assertValid(SchemaValidator validator, JsonNode line) {
        assertEquals(List.of(), validator.problems(line), line.toString());
    }

    private static List<JsonNode> lines(String out) {
        return RevisionCommandsTest.lines(out);
    }

    private static <E> List<String> names(E[] values, Function<E, String> name) {
        return Arrays.stream(values).map(name).toList();
    }

    private static List<String> texts(JsonNode array) {
        assertTrue(array.isArray(), "an enum: " + array);
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
