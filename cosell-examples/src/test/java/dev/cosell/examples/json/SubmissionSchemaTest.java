package dev.cosell.examples.json;


import dev.cosell.json.ReadError;
import dev.cosell.json.SubmissionFields;
import dev.cosell.json.SubmissionReader;
import dev.cosell.json.SubmissionRecord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cosell.model.Answer;
import dev.cosell.model.CompetencyLevel;
import dev.cosell.model.IsvConnectTier;
import dev.cosell.model.ListingSolutionType;
import dev.cosell.model.ListingState;
import dev.cosell.model.OfferType;
import dev.cosell.model.ProductFamily;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The schema describes what the reader accepts: the same objects and fields, the same enum values, and every
 * bundled sample is valid against it. A small validator for the keywords the schema uses stands in for a
 * schema library.
 */
class SubmissionSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLES = Path.of("src/main/resources/samples");

    static JsonNode schema() throws IOException {
        try (InputStream in = SubmissionSchemaTest.class.getResourceAsStream("/dev/cosell/json/submission.schema.json")) {
            return JSON.readTree(in);
        }
    }

    @Test
    void theSchemaListsExactlyTheFieldsTheReaderAccepts() throws IOException {
        JsonNode defs = schema().get("$defs");
        for (Map.Entry<String, List<String>> object : SubmissionFields.byObject().entrySet()) {
            JsonNode def = defs.get(object.getKey());
            List<String> properties = new ArrayList<>();
            def.get("properties").fieldNames().forEachRemaining(properties::add);

            assertEquals(object.getValue(), properties, object.getKey());
            assertFalse(def.get("additionalProperties").asBoolean(true), object.getKey());
        }
    }

    @Test
    void theSchemaListsTheModelsEnumValues() throws IOException {
        JsonNode defs = schema().get("$defs");

        assertEquals(names(OfferType.values()), texts(defs.at("/offer/properties/type/enum")));
        assertEquals(names(ListingState.values()), texts(defs.at("/offer/properties/listingState/enum")));
        assertEquals(names(CompetencyLevel.values()), texts(defs.at("/competency/properties/level/enum")));
        assertEquals(names(IsvConnectTier.values()), texts(defs.at("/isvConnectEnrollment/properties/tier/enum")));
        List<String> answers = new ArrayList<>(names(Answer.values()));
        answers.add("null");
        assertEquals(answers, texts(defs.at("/answer/enum")));
        List<String> solutionTypes = new ArrayList<>(names(ListingSolutionType.values()));
        solutionTypes.add("null");
        assertEquals(solutionTypes, texts(defs.at("/offer/properties/listingSolutionType/enum")));
        List<String> families = new ArrayList<>(names(ProductFamily.values()));
        families.add("null");
        assertEquals(families, texts(defs.at("/offer/properties/productFamily/enum")));
    }

    @Test
    void everyBundledSampleIsValidAgainstTheSchemaAndTheInvalidOneIsNot() throws IOException {
        JsonNode schema = schema();
        List<Path> samples;
        try (Stream<Path> files = Files.list(SAMPLES)) {
            samples = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }

        assertEquals(5, samples.size());
        for (Path sample : samples) {
            List<String> problems = new ArrayList<>();
            validate(schema, schema, JSON.readTree(sample.toFile()), "", problems);
            assertEquals(List.of(), problems, sample.toString());
        }
        List<String> problems = new ArrayList<>();
        validate(schema, schema, JSON.readTree(SAMPLES.resolve("invalid/mixed-with-errors.json").toFile()), "",
                problems);
        assertTrue(problems.contains("[0].offer: unknown property colateral"), problems.toString());
        assertTrue(problems.contains("[0].partner.businessProfileComplete: not of type boolean|null"), problems.toString());
        assertTrue(problems.contains("[2].partner: name is required"), problems.toString());
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    /**
     * Validates for the keywords the schema uses: $ref, type, enum, pattern, minLength, minimum, maximum, properties,
     * oneOf, items. An "integer" is a JSON number written without fraction or exponent, as the reader reads counts.
     */
    static void validate(JsonNode root, JsonNode schema, JsonNode value, String path, List<String> problems) {
        if (schema.has("$ref")) {
            validate(root, root.at(schema.get("$ref").asText().substring(1)), value, path, problems);
        }
        if (schema.has("oneOf")) {
            int matching = 0;
            List<String> all = new ArrayList<>();
            for (JsonNode option : schema.get("oneOf")) {
                List<String> optionProblems = new ArrayList<>();
                validate(root, option, value, path, optionProblems);
                matching += optionProblems.isEmpty() ? 1 : 0;
                all.addAll(optionProblems);
            }
            if (matching != 1) {
                problems.addAll(all.isEmpty() ? List.of(path + ": matches more than one of oneOf") : all);
            }
        }
        if (schema.has("type")) {
            List<String> types = schema.get("type").isArray() ? texts(schema.get("type"))
                    : List.of(schema.get("type").asText());
            if (types.stream().noneMatch(t -> hasType(value, t))) {
                problems.add(path + ": not of type " + String.join("|", types));
                return;
            }
        }
        if (schema.has("enum") && !texts(schema.get("enum")).contains(value.asText())) {
            problems.add(path + ": not one of " + schema.get("enum"));
        }
        if (value.isTextual() && schema.has("pattern") && !value.asText().matches(schema.get("pattern").asText())) {
            problems.add(path + ": does not match " + schema.get("pattern").asText());
        }
        if (value.isTextual() && schema.has("minLength") && value.asText().length() < schema.get("minLength").asInt()) {
            problems.add(path + ": too short");
        }
        if (value.isNumber() && schema.has("minimum")
                && value.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
            problems.add(path + ": below " + schema.get("minimum"));
        }
        if (value.isNumber() && schema.has("maximum")
                && value.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) {
            problems.add(path + ": above " + schema.get("maximum"));
        }
        if (value.isObject() && schema.has("properties")) {
            JsonNode properties = schema.get("properties");
            value.fieldNames().forEachRemaining(name -> {
                if (properties.has(name)) {
                    validate(root, properties.get(name), value.get(name), path + "." + name, problems);
                } else if (!schema.path("additionalProperties").asBoolean(true)) {
                    problems.add(path + ": unknown property " + name);
                }
            });
            schema.path("required").forEach(r -> {
                if (!value.has(r.asText())) {
                    problems.add(path + ": " + r.asText() + " is required");
                }
            });
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                validate(root, schema.get("items"), value.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "number" -> value.isNumber();
            case "integer" -> value.isIntegralNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> false;
        };
    }
}
