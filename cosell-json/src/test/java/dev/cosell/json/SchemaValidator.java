package dev.cosell.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A small JSON Schema validator for the keywords cosell's schemas use ($ref, oneOf, type, enum, pattern,
 * minLength, minimum, maximum, properties, required, additionalProperties, items), standing in for a schema library.
 * Each problem reads {@code path: what is wrong}. A {@code $ref} points into the same schema ({@code #/...}).
 *
 * <p>Public, in this module's test-jar, so that the tests of the command line (cosell-examples) check its own
 * output schemas with the same validator.
 */
public final class SchemaValidator {
    private final JsonNode root;

    /**
     * A validator of the given schema.
     *
     * @param root the schema, as read
     */
    public SchemaValidator(JsonNode root) {
        this.root = root;
    }

    /**
     * Every problem of the value against the schema's root; empty when it is valid.
     *
     * @param value the value to check
     * @return each problem as {@code path: what is wrong}
     */
    public List<String> problems(JsonNode value) {
        List<String> problems = new ArrayList<>();
        validate(root, value, "", problems);
        return problems;
    }

    private void validate(JsonNode schema, JsonNode value, String path, List<String> problems) {
        if (schema.has("$ref")) {
            validate(root.at(schema.get("$ref").asText().substring(1)), value, path, problems);
        }
        if (schema.has("oneOf")) {
            int matching = 0;
            List<String> all = new ArrayList<>();
            for (JsonNode option : schema.get("oneOf")) {
                List<String> optionProblems = new ArrayList<>();
                validate(option, value, path, optionProblems);
                matching += optionProblems.isEmpty() ? 1 : 0;
                all.addAll(optionProblems);
            }
            if (matching != 1) {
                problems.addAll(all.isEmpty() ? List.of(path + ": matches more than one of oneOf") : all);
            }
        }
        if (schema.has("type")) {
            List<String> types = new ArrayList<>();
            if (schema.get("type").isArray()) {
                schema.get("type").forEach(t -> types.add(t.asText()));
            } else {
                types.add(schema.get("type").asText());
            }
            if (types.stream().noneMatch(t -> hasType(value, t))) {
                problems.add(path + ": not of type " + String.join("|", types));
                return;
            }
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.equals(value);
            }
            if (!listed) {
                problems.add(path + ": " + value + " not one of " + schema.get("enum"));
            }
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
                    validate(properties.get(name), value.get(name), path + "." + name, problems);
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
                validate(schema.get("items"), value.get(i), path + "[" + i + "]", problems);
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
