package dev.cosell.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cosell.model.Benefit;
import dev.cosell.model.Channel;
import dev.cosell.model.IncentiveRoute;
import dev.cosell.model.Offer;
import dev.cosell.model.Outcome;
import dev.cosell.model.Requirement;
import dev.cosell.model.Standing;
import dev.cosell.model.Status;
import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionResult;
import dev.cosell.rules.CoSellEvaluator;
import dev.cosell.rules.reference.SubmissionGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The output schema ({@code dev/cosell/json/assessment.schema.json}) describes what {@link AssessmentJson}
 * writes: every assessment of seeded generated submissions — each status and route, every row R1.1 … R4.3 met or
 * not, benefits B1–B4, channels C1–C3, in English and Korean — and every rejected submission validates against
 * it; the schema's codes are the model's; and a line that breaks the format does not validate.
 */
class AssessmentSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CoSellEvaluator EVALUATOR = CoSellEvaluator.create();
    private static JsonNode schema;
    private static SchemaValidator validator;

    @BeforeAll
    static void readTheSchema() throws IOException {
        try (InputStream in = AssessmentJson.class.getResourceAsStream("assessment.schema.json")) {
            schema = JSON.readTree(in);
        }
        validator = new SchemaValidator(schema);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20_261_130L, 1L, 99_991L})
    void everyWrittenAssessmentAndRejectionValidates(long seed) throws IOException {
        List<Submission> submissions = new ArrayList<>();
        SubmissionGenerator.submissions(seed, 400).forEach(submissions::add);
        SubmissionGenerator.realisticSubmissions(seed, 400).forEach(submissions::add);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < submissions.size(); i += 7) {
            submissions.set(i, broken(submissions.get(i), random.nextInt(3)));
        }
        List<String> statuses = new ArrayList<>();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN)) {
            try (Stream<SubmissionResult> results = EVALUATOR.evaluateAll(submissions.stream())) {
                for (SubmissionResult result : (Iterable<SubmissionResult>) results::iterator) {
                    String line = AssessmentJson.write(AssessmentJson.toJson(result, locale));
                    assertValid(line);
                    statuses.add(JSON.readTree(line).get("status").asText());
                    result.assessment().ifPresent(a -> assertValid(AssessmentJson.write(
                            AssessmentJson.toJson(a, locale))));
                }
            }
        }
        // Under every revision, pinned (its rows, status titles, notices of a date outside it, attributes).
        for (dev.cosell.model.Revision revision : EVALUATOR.revisions()) {
            try (Stream<SubmissionResult> results = EVALUATOR.forRevision(revision.id()).withLocale(Locale.KOREAN)
                    .evaluateAll(submissions.stream().limit(60))) {
                for (SubmissionResult result : (Iterable<SubmissionResult>) results::iterator) {
                    String line = AssessmentJson.write(AssessmentJson.toJson(result, Locale.KOREAN));
                    assertValid(line);
                    result.assessment().ifPresent(a -> assertEquals(revision.id(), a.revision().id()));
                }
            }
        }
        // The seeds reach every status and rejections: the schema was checked on each kind of line.
        for (String status : List.of("NOT_READY", "CO_SELL_READY", "CO_SELL_INCENTIVIZED", AssessmentJson.REJECTED)) {
            assertTrue(statuses.contains(status), status + " never written for seed " + seed);
        }
    }

    @Test
    void theSchemasCodesAreTheModels() {
        JsonNode defs = schema.get("$defs");
        assertEquals(names(Status.values(), Enum::name), texts(defs.at("/assessment/properties/status/enum")));
        assertEquals(names(IncentiveRoute.values(), Enum::name), texts(defs.at("/assessment/properties/route/enum")));
        assertEquals(names(Outcome.values(), Enum::name), texts(defs.at("/finding/properties/outcome/enum")));
        assertEquals(names(Requirement.values(), Requirement::id), texts(defs.at("/requirement/enum")));
        assertEquals(names(Standing.values(), Enum::name), texts(defs.at("/assessment/properties/standing/enum")));
        assertEquals(names(Standing.values(), Standing::id), texts(defs.at("/standingRow/enum")));
        // a next step is an unmet row, or the standing whose own step ends the list
        List<String> stepRows = new ArrayList<>(names(Requirement.values(), Requirement::id));
        Arrays.stream(Standing.values()).filter(s -> s.step(Locale.ENGLISH).isPresent()).forEach(s -> stepRows.add(s.id()));
        assertEquals(stepRows, texts(defs.at("/stepRow/enum")));
        assertEquals(names(Benefit.values(), Benefit::id), texts(defs.at("/assessment/properties/benefits/items/enum")));
        assertEquals(names(Channel.values(), Channel::id), texts(defs.at("/assessment/properties/channels/items/enum")));
        assertEquals(names(dev.cosell.model.StatusAttribute.values(), Enum::name),
                texts(defs.at("/assessment/properties/attributes/items/properties/attribute/enum")));
    }

    @Test
    void aLineThatBreaksTheFormatDoesNotValidate() throws IOException {
        Submission valid = SubmissionGenerator.realisticSubmissions(5L, 1).findFirst().orElseThrow();
        ObjectNode line = AssessmentJson.toJson(EVALUATOR.evaluate(valid));
        assertValid(AssessmentJson.write(line));

        List<Function<ObjectNode, ObjectNode>> breakages = List.of(
                json -> json.put("status", "READY"),
                json -> json.put("surprise", 1),
                json -> { json.remove("findings"); return json; },
                json -> { ((ObjectNode) json.get("findings").get(0)).put("requirement", "R9.9"); return json; },
                json -> json.put("serviceFeePercent", "ten"),
                json -> json.put("position", -1),
                json -> json.put("asOf", "1 July 2020"));
        for (Function<ObjectNode, ObjectNode> breakage : breakages) {
            ObjectNode broken = breakage.apply(line.deepCopy());
            assertFalse(validator.problems(broken).isEmpty(), "valid against the schema: " + broken);
        }
    }

    /** A submission the validator rejects: a missing listing state, a malformed e-mail, or no evaluation date. */
    private static Submission broken(Submission submission, int how) {
        Offer offer = submission.offer();
        return switch (how) {
            case 0 -> new Submission(submission.partner(), offer.toBuilder().listingState(null).build(), submission.asOf());
            case 1 -> new Submission(submission.partner(),
                    offer.toBuilder().contact("Joe", "joe at contoso.com", "Sales", "US").build(), submission.asOf());
            default -> new Submission(submission.partner(), offer, null);
        };
    }

    private void assertValid(String line) {
        try {
            assertEquals(List.of(), validator.problems(JSON.readTree(line)), line);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    private static <E> List<String> names(E[] values, Function<E, String> name) {
        return Arrays.stream(values).map(name).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
