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
import dev.cosell.model.Benefit;
import dev.cosell.model.Channel;
import dev.cosell.model.IncentiveRoute;
import dev.cosell.model.Notice;
import dev.cosell.model.Outcome;
import dev.cosell.model.Requirement;
import dev.cosell.model.Revision;
import dev.cosell.model.Standing;
import dev.cosell.model.Status;
import dev.cosell.model.StatusAttribute;
import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionResult;
import dev.cosell.rules.CoSellEvaluator;
import dev.cosell.rules.InvalidSubmissionException;
import dev.cosell.rules.reference.RevisionSubmissions;
import dev.cosell.rules.reference.SubmissionGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The output schema of {@code cosell evaluate --format json} ({@code evaluation.schema.json}, next to its writer
 * {@link JsonLinesReport} in {@code dev/cosell/examples/cli/}): every line the command writes for seeded submissions
 * dated across every program revision and realistic ones — each status, route, standing (M1–M7), outcome, status
 * attribute and notice, records that cannot be read and submissions the validator rejects, each revision chosen by
 * date or pinned with {@code --revision}, in English and Korean — validates against it, checked by the validator
 * that checks {@code assessment.schema.json}; so do the lines of the shipped samples and of a record the rules
 * failed on; its codes are the model's; its assessment fields and definitions are those of
 * {@code assessment.schema.json}, and its rejected record the one of the comparison and timeline schemas; and a line
 * broken in a typical way does not validate.
 */
class EvaluationOutputSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CoSellEvaluator SHIPPED = EvaluateCommand.shippedEvaluator();
    private static final List<String> IDS = SHIPPED.revisions().stream().map(Revision::id).toList();
    /** The fields {@link JsonLinesReport} writes before the assessment's: where the record came from. */
    private static final List<String> HEAD = List.of("file", "record", "line", "column");
    /** Generated submissions across every revision per input file; one in eight broken or dated too early. */
    private static final int RECORDS = RevisionOutputSchemaTest.RECORDS;
    /** Realistic generated submissions per input file, after those across the revisions. */
    private static final int REALISTIC = 40;
    /**
     * Generated submissions dated within the newest revision per input file, last: its rows and notices (B6 not
     * evaluated for want of figures) need the inputs of that revision on an offer that reached Azure IP.
     */
    private static final int NEWEST = 80;

    private static JsonNode evaluationSchema;
    private static JsonNode assessmentSchema;
    private static JsonNode comparisonSchema;
    private static SchemaValidator evaluation;

    @TempDir
    Path dir;

    @BeforeAll
    static void readTheSchemas() throws IOException {
        evaluationSchema = schema(EvaluateCommand.class, "evaluation.schema.json");
        assessmentSchema = schema(AssessmentJson.class, "assessment.schema.json");
        comparisonSchema = schema(CompareCommand.class, "comparison.schema.json");
        evaluation = new SchemaValidator(evaluationSchema);
    }

    private static JsonNode schema(Class<?> next, String name) throws IOException {
        try (InputStream in = next.getResourceAsStream(name)) {
            assertTrue(in != null, name + " is on the class path next to its writer");
            return JSON.readTree(in);
        }
    }

    /** What the lines of a seed showed: the schema was checked on every kind of line and every code. */
    private static final class Seen {
        final Set<String> statuses = new HashSet<>();
        final Set<String> routes = new HashSet<>();
        final Set<String> standings = new HashSet<>();
        final Set<String> outcomes = new HashSet<>();
        final Set<String> attributes = new HashSet<>();
        final Set<String> notices = new HashSet<>();
        final Set<String> errorShapes = new HashSet<>();
        final Set<String> revisions = new HashSet<>();
        boolean korean;

        void assessed(JsonNode line) {
            statuses.add(line.get("status").asText());
            routes.add(line.get("route").asText());
            standings.add(line.get("standing").asText());
            revisions.add(line.get("ruleSetRevision").asText());
            line.get("findings").forEach(f -> outcomes.add(f.get("outcome").asText()));
            line.get("attributes").forEach(a -> attributes.add(a.get("attribute").asText()));
            line.get("notices").forEach(n -> notices.add(n.get("code").asText()));
        }

        void rejected(JsonNode line) {
            line.get("errors").forEach(e -> errorShapes.add(e.has("line") ? "read" : "violation"));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20_261_130L, 7L})
    void givenSubmissionsAcrossEveryRevision_whenEvaluated_thenEveryLineValidatesAgainstTheSchema(long seed)
            throws IOException {
        Path input = dir.resolve("submissions.jsonl");
        Files.write(input, input(seed), StandardCharsets.UTF_8);
        // chosen by each submission's date, and each revision pinned for every date
        List<Optional<String>> revisions = new ArrayList<>(List.of(Optional.empty()));
        IDS.forEach(id -> revisions.add(Optional.of(id)));
        Seen seen = new Seen();

        for (String lang : List.of("en", "ko")) {
            for (Optional<String> revision : revisions) {
                List<String> args = new ArrayList<>(List.of("evaluate", "--format", "json", "--lang", lang));
                revision.ifPresent(id -> args.addAll(List.of("--revision", id)));
                args.add(input.toString());
                Cli run = Cli.run(args.toArray(String[]::new));

                assertEquals(ExitCodes.INVALID_RECORDS, run.exitCode(), run.err());
                List<JsonNode> lines = RevisionCommandsTest.lines(run.out());
                assertEquals(RECORDS + REALISTIC + NEWEST, lines.size(), "one line per record");
                for (int i = 0; i < lines.size(); i++) {
                    JsonNode line = lines.get(i);
                    assertValid(line);
                    assertEquals(input.toString(), line.get("file").asText());
                    assertEquals(i + 1, line.get("record").asInt(), "in input order");
                    assertEquals(i + 1, line.get("line").asInt(), "one record per line");
                    if (isRejected(line)) {
                        seen.rejected(line);
                        continue;
                    }
                    seen.assessed(line);
                    revision.ifPresent(id -> assertEquals(id, line.get("ruleSetRevision").asText(), "pinned"));
                    seen.korean |= lang.equals("ko") && line.get("standingText").asText().matches(".*[\uAC00-\uD7A3].*");
                }
            }
        }

        // Every code the writer emits was written, and validated, for this seed.
        assertEquals(Set.copyOf(names(Status.values(), Enum::name)), seen.statuses);
        assertEquals(Set.copyOf(names(IncentiveRoute.values(), Enum::name)), seen.routes);
        assertEquals(Set.copyOf(names(Standing.values(), Enum::name)), seen.standings);
        assertEquals(Set.copyOf(names(Outcome.values(), Enum::name)), seen.outcomes);
        assertEquals(Set.copyOf(names(StatusAttribute.values(), Enum::name)), seen.attributes);
        assertEquals(noticeCodes(), seen.notices);
        assertEquals(Set.copyOf(IDS), seen.revisions, "every revision applied");
        assertEquals(Set.of("read", "violation"), seen.errorShapes, "both kinds of rejected record");
        assertTrue(seen.korean, "--lang ko writes the standing in Korean");
    }

    @Test
    void givenTheShippedSamples_whenEvaluated_thenEveryLineValidates() throws IOException {
        List<String> samples;
        try (Stream<Path> files = Files.walk(Cli.SAMPLES)) {
            samples = files.filter(f -> f.toString().endsWith(".json")).map(Path::toString).sorted().toList();
        }
        assertTrue(samples.stream().anyMatch(s -> s.contains("invalid")), "the invalid samples too: " + samples);
        for (String lang : List.of("en", "ko")) {
            List<String> args = new ArrayList<>(List.of("evaluate", "-f", "json", "--lang", lang));
            args.addAll(samples);
            Cli run = Cli.run(args.toArray(String[]::new));

            assertEquals(ExitCodes.INVALID_RECORDS, run.exitCode(), run.err());
            List<JsonNode> lines = RevisionCommandsTest.lines(run.out());
            lines.forEach(EvaluationOutputSchemaTest::assertValid);
            assertEquals(samples.size(), lines.stream().map(l -> l.get("file").asText()).distinct().count(),
                    "every sample written");
            assertTrue(lines.stream().anyMatch(EvaluationOutputSchemaTest::isRejected));
            assertTrue(lines.stream().anyMatch(l -> !isRejected(l)));
        }
    }

    @Test
    void givenARecordTheRulesFailedOn_whenWritten_thenItIsRejectedWithTheFailureAndValidates() throws IOException {
        Submission submission = valid(SubmissionGenerator.acrossRevisions(11L));
        SubmissionRecord read = new SubmissionRecord("generated.jsonl", 3, 5, 1, Optional.of(submission), List.of());
        String failure = "rule 'R4.1 revenue' of revision " + IDS.get(0) + " failed on offer "
                + submission.offer().id() + ": / by zero";
        EvaluatedRecord failed = new EvaluatedRecord(read,
                SubmissionResult.failed(2, submission, new IllegalStateException(failure)));

        for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN)) {
            StringWriter out = new StringWriter();
            new JsonLinesReport(out, locale).record(failed);

            JsonNode line = RevisionCommandsTest.lines(out.toString()).get(0);
            assertValid(line);
            assertTrue(isRejected(line));
            assertEquals(submission.offer().id(), line.get("offerId").asText());
            assertEquals(EvaluatedRecord.RULES, line.at("/errors/0/path").asText());
            assertEquals(failure, line.at("/errors/0/message").asText());
        }
    }

    @Test
    void givenTheSchema_whenItsCodesAreRead_thenTheyAreTheModels() {
        JsonNode defs = evaluationSchema.get("$defs");
        assertEquals(names(Status.values(), Enum::name), texts(defs.at("/evaluation/properties/status/enum")));
        assertEquals(names(IncentiveRoute.values(), Enum::name), texts(defs.at("/evaluation/properties/route/enum")));
        assertEquals(names(Standing.values(), Enum::name), texts(defs.at("/evaluation/properties/standing/enum")));
        assertEquals(names(Standing.values(), Standing::id), texts(defs.at("/standingRow/enum")));
        assertEquals(names(StatusAttribute.values(), Enum::name),
                texts(defs.at("/evaluation/properties/attributes/items/properties/attribute/enum")));
        assertEquals(names(Benefit.values(), Benefit::id), texts(defs.at("/evaluation/properties/benefits/items/enum")));
        assertEquals(names(Channel.values(), Channel::id), texts(defs.at("/evaluation/properties/channels/items/enum")));
        assertEquals(names(Outcome.values(), Enum::name), texts(defs.at("/finding/properties/outcome/enum")));
        assertEquals(names(Requirement.values(), Requirement::id), texts(defs.at("/requirement/enum")));
        List<String> stepRows = new ArrayList<>(names(Requirement.values(), Requirement::id));
        Arrays.stream(Standing.values()).filter(s -> s.step(Locale.ENGLISH).isPresent()).map(Standing::id)
                .forEach(stepRows::add);
        assertEquals(stepRows, texts(defs.at("/stepRow/enum")), "a next step's row: a requirement, or M2, M7");
        assertEquals(List.of(AssessmentJson.REJECTED), texts(defs.at("/rejected/properties/status/enum")));
    }

    /**
     * A line is the head followed by an assessment as {@code assessment.schema.json} describes it, field for field
     * (without the batch's {@code position}), with the same definitions; and a rejected record is written as the
     * comparison and timeline schemas say, with the same definitions: the schemas cannot drift apart.
     */
    @Test
    void givenTheSchema_whenComparedWithTheAssessmentAndComparisonSchemas_thenTheSharedPartsAreIdentical() {
        JsonNode assessment = assessmentSchema.at("/$defs/assessment");
        JsonNode line = evaluationSchema.at("/$defs/evaluation");
        List<String> assessmentFields = new ArrayList<>(fieldNames(assessment.get("properties")));
        assertTrue(assessmentFields.remove("position"), "a batch result's position is not written by the CLI");
        List<String> expected = new ArrayList<>(HEAD);
        expected.addAll(assessmentFields);
        assertEquals(expected, fieldNames(line.get("properties")), "the head, then the assessment's fields in order");
        List<String> required = new ArrayList<>(HEAD);
        required.addAll(texts(assessment.get("required")));
        assertEquals(required, texts(line.get("required")));
        assertEquals(assessment.get("type"), line.get("type"));
        assertEquals(assessment.get("additionalProperties"), line.get("additionalProperties"));
        for (String field : assessmentFields) {
            assertEquals(assessment.get("properties").get(field), line.get("properties").get(field), field);
        }
        for (String shared : List.of("finding", "nextStep", "standingRow", "stepRow", "requirement", "revision")) {
            assertEquals(assessmentSchema.at("/$defs/" + shared), evaluationSchema.at("/$defs/" + shared), shared);
        }
        for (String shared : List.of("file", "record", "line", "column", "rejected", "readError", "violation")) {
            assertEquals(comparisonSchema.at("/$defs/" + shared), evaluationSchema.at("/$defs/" + shared), shared);
        }
        for (String head : HEAD) {
            assertEquals("#/$defs/" + head, line.at("/properties/" + head + "/$ref").asText());
        }
    }

    /**
     * Every field of the three library and command schemas says what it means; and the validator ignores what it
     * does not know, so the schema uses only what it checks, and every $ref resolves.
     */
    @Test
    void givenTheSchema_whenWalked_thenEveryFieldIsDescribedEveryKeywordCheckedAndEveryReferenceResolved() {
        for (JsonNode schema : List.of(evaluationSchema, assessmentSchema)) {
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
            List<String> problems = new ArrayList<>();
            RevisionOutputSchemaTest.walk(schema, schema, "", problems);
            assertEquals(List.of(), problems, schema.get("$id").asText());
        }
        assertEquals("https://cosell.dev/schema/evaluation.schema.json", evaluationSchema.get("$id").asText());
    }

    @Test
    void givenLinesBrokenInTypicalWays_whenValidated_thenNoneValidates() throws IOException {
        Path input = dir.resolve("few.jsonl");
        Files.write(input, input(20_261_130L).subList(0, 48), StandardCharsets.UTF_8);
        List<JsonNode> lines = RevisionCommandsTest.lines(Cli.run("evaluate", "-f", "json", "--revision",
                IDS.get(IDS.size() - 1), input.toString()).out());
        ObjectNode assessedLine = (ObjectNode) lines.stream().filter(l -> !isRejected(l)
                && l.get("nextSteps").size() > 0 && l.get("attributes").size() > 0 && l.get("notices").size() > 0)
                .findFirst().orElseThrow();
        ObjectNode rejectedLine = (ObjectNode) lines.stream().filter(l -> isRejected(l)
                && l.get("errors").get(0).has("line")).findFirst().orElseThrow();
        ObjectNode violationLine = (ObjectNode) lines.stream().filter(l -> isRejected(l)
                && !l.get("errors").get(0).has("line")).findFirst().orElseThrow();
        assertValid(assessedLine);
        assertValid(rejectedLine);
        assertValid(violationLine);

        List<Function<ObjectNode, ObjectNode>> assessedBreakages = List.of(
                json -> remove(json, "standing"),
                json -> remove(json, "file"),
                json -> remove(json, "findings"),
                json -> remove((ObjectNode) json.get("revision"), "effectiveUntil"),
                json -> remove((ObjectNode) json.at("/nextSteps/0"), "where"),
                json -> json.put("record", "1"),
                json -> json.put("column", 0),
                json -> json.put("serviceFeePercent", "20"),
                json -> json.put("asOf", "1 July 2020"),
                json -> json.put("benefits", "B1"),
                json -> json.put("surprise", 1),
                json -> json.put("position", 0),
                json -> json.put("status", "READY"),
                json -> json.put("status", "REJECTED"),
                json -> json.put("route", "CSP"),
                json -> json.put("standing", "PENDING"),
                json -> json.put("standingRow", "M8"),
                json -> put(json, "/findings/0", "outcome", "PASSED"),
                json -> put(json, "/findings/0", "requirement", "R9.9"),
                json -> put(json, "/nextSteps/0", "requirement", "M3"),
                json -> put(json, "/attributes/0", "attribute", "PREFERRED"),
                json -> put(json, "/notices/0", "code", ""),
                json -> put(json, "/revision", "effectiveFrom", "May 2020"),
                json -> { ((ObjectNode) json.at("/findings/0")).put("surprise", true); return json; },
                json -> { json.putArray("channels").add("C9"); return json; });
        List<Function<ObjectNode, ObjectNode>> rejectedBreakages = List.of(
                json -> remove(json, "errors"),
                json -> remove(json, "record"),
                json -> remove((ObjectNode) json.at("/errors/0"), "message"),
                json -> json.put("status", "INVALID"),
                json -> json.put("errors", "bad"),
                json -> json.put("surprise", true),
                json -> { json.set("violations", json.remove("errors")); return json; },
                json -> put(json, "/errors/0", "message", ""),
                json -> { ((ObjectNode) json.at("/errors/0")).put("line", "3"); return json; });

        assertBroken(assessedLine, assessedBreakages);
        assertBroken(rejectedLine, rejectedBreakages);
        assertBroken(violationLine, rejectedBreakages);
        // a line of evaluate is not an assessment of the library's format (it has a head), nor the reverse
        SchemaValidator library = new SchemaValidator(assessmentSchema);
        assertFalse(library.problems(assessedLine).isEmpty());
        ObjectNode bare = assessedLine.deepCopy();
        HEAD.forEach(bare::remove);
        assertEquals(List.of(), library.problems(bare), "without its head, the line is the library's assessment");
        assertFalse(evaluation.problems(bare).isEmpty());
    }

    private static void assertBroken(ObjectNode line, List<Function<ObjectNode, ObjectNode>> breakages) {
        for (Function<ObjectNode, ObjectNode> breakage : breakages) {
            ObjectNode broken = breakage.apply(line.deepCopy());
            assertFalse(broken.equals(line), "the breakage changed the line");
            assertFalse(evaluation.problems(broken).isEmpty(), "valid against the schema: " + broken);
        }
    }

    private static ObjectNode remove(ObjectNode json, String field) {
        return RevisionOutputSchemaTest.remove(json, field);
    }

    private static ObjectNode put(ObjectNode json, String at, String field, String value) {
        return RevisionOutputSchemaTest.put(json, at, field, value);
    }

    /**
     * The input of a seed as JSON lines: generated submissions across every revision, one in eight broken as
     * {@link RevisionOutputSchemaTest#broken} breaks them (or dated before the first revision), then realistic ones,
     * then ones dated within the newest revision.
     */
    private static List<String> input(long seed) {
        List<String> lines = new ArrayList<>(RevisionOutputSchemaTest.input(seed));
        SubmissionGenerator realistic = SubmissionGenerator.realistic(seed);
        for (int i = 0; i < REALISTIC; i++) {
            lines.add(SubmissionJson.write(realistic.next()));
        }
        Revision newest = SHIPPED.revisions().get(IDS.size() - 1);
        SubmissionGenerator within = SubmissionGenerator.within(seed, newest.effectiveFrom(),
                RevisionSubmissions.LAST_DAY);
        for (int i = 0; i < NEWEST; i++) {
            lines.add(SubmissionJson.write(within.next()));
        }
        return lines;
    }

    /** The first valid submission of the generator. */
    private static Submission valid(SubmissionGenerator generator) {
        while (true) {
            Submission submission = generator.next();
            try {
                SHIPPED.forRevision(IDS.get(0)).evaluate(submission);
                return submission;
            } catch (InvalidSubmissionException e) {
                // the next one
            }
        }
    }

    /** The notice codes the model names: its public string constants. */
    private static Set<String> noticeCodes() {
        Set<String> codes = new HashSet<>();
        for (Field field : Notice.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    codes.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        assertFalse(codes.isEmpty());
        return codes;
    }

    private static boolean isRejected(JsonNode line) {
        return AssessmentJson.REJECTED.equals(line.path("status").asText());
    }

    private static void assertValid(JsonNode line) {
        assertEquals(List.of(), evaluation.problems(line), line.toString());
    }

    private static <E> List<String> names(E[] values, Function<E, String> name) {
        return Arrays.stream(values).map(name).toList();
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static List<String> texts(JsonNode array) {
        assertTrue(array.isArray(), "an array: " + array);
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
