package dev.cosell.examples.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cosell.json.SubmissionReader;
import dev.cosell.json.SubmissionRecord;
import dev.cosell.model.Benefit;
import dev.cosell.model.Channel;
import dev.cosell.model.IncentiveRoute;
import dev.cosell.model.Outcome;
import dev.cosell.model.Requirement;
import dev.cosell.model.Standing;
import dev.cosell.model.Status;
import dev.cosell.model.StatusAttribute;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads a rule author's scenario files: JSON, one file per topic, in the submission format of the command-line
 * tool.
 *
 * <pre>{@code
 * {
 *   "topic": "Step 4: revenue threshold",
 *   "defaults": { "asOf": "2020-07-01", "partner": { ... }, "offer": { ... } },
 *   "scenarios": [
 *     { "name": "R4.1 ACR of 99,999.99 USD misses the threshold",
 *       "partner": { "revenue": [ { "solution": "S", "month": "2020-03", "acrUsd": "99999.99", "billedUsd": "0.00" } ] },
 *       "expect": { "status": "CO_SELL_READY", "outcomes": { "R4.1": "UNMET" } } }
 *   ]
 * }
 * }</pre>
 *
 * <p>A scenario's {@code asOf}, {@code partner} and {@code offer} apply over the file's {@code defaults} as a
 * JSON Merge Patch (RFC 7386): objects merge member by member, arrays and values replace, {@code null} removes.
 * {@code expect} checks only what it names: {@code status}, {@code route}, {@code outcomes} (row id to outcome),
 * {@code benefits} and {@code channels} (exact lists), {@code serviceFeePercent} ({@code "10"}, {@code "20"} or
 * {@code "none"}), {@code nextSteps} (the rows of the next steps, exactly and in order) and {@code standing} (a
 * {@link Standing} name, e.g. {@code "READY_TO_SUBMIT"}: how the qualified status relates to Microsoft's review) and
 * {@code attributes} ({@link StatusAttribute} names, exactly, e.g. {@code ["IN_MARKET"]}; {@code []} for none) and
 * {@code notices} (the codes of the assessment's notices, e.g. {@code "B6.notEvaluated"}, exactly and in order). Every problem of a file is reported at once, with its line.
 */
public final class ScenarioFiles {
    private static final Set<String> FILE_FIELDS = Set.of("topic", "defaults", "scenarios");
    private static final Set<String> SUBMISSION_FIELDS = Set.of("asOf", "partner", "offer");
    private static final Set<String> SCENARIO_FIELDS = Set.of("name", "asOf", "partner", "offer", "expect");
    private static final Set<String> EXPECT_FIELDS = Set.of("status", "route", "outcomes", "benefits", "channels",
            "serviceFeePercent", "nextSteps", "standing", "attributes", "notices");

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(SubmissionReader.MAX_NESTING_DEPTH)
                    .maxNumberLength(SubmissionReader.MAX_NUMBER_LENGTH)
                    .maxStringLength(SubmissionReader.MAX_STRING_LENGTH).build())
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);
    /** Reads each scenario's merged partner, offer and date, as the command-line tool reads a submission. */
    private static final SubmissionReader READER = new SubmissionReader();

    private ScenarioFiles() {
    }

    /**
     * {@return every scenario of every {@code *.json} file in a folder (in name order), or of one file}
     *
     * @param fileOrFolder a scenario file, or a folder of them
     * @throws ScenarioFileException naming every problem of every file, or that there is no scenario file
     */
    public static List<Scenario> read(Path fileOrFolder) throws ScenarioFileException {
        List<Path> files;
        if (Files.isDirectory(fileOrFolder)) {
            try (Stream<Path> listed = Files.list(fileOrFolder)) {
                files = listed.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
            } catch (IOException e) {
                throw new ScenarioFileException(List.of(fileOrFolder + ": cannot be read: " + e.getMessage()));
            }
            if (files.isEmpty()) {
                throw new ScenarioFileException(List.of(fileOrFolder + ": holds no .json scenario file"));
            }
        } else if (Files.isRegularFile(fileOrFolder)) {
            files = List.of(fileOrFolder);
        } else {
            throw new ScenarioFileException(List.of(fileOrFolder + ": no such file or folder"));
        }
        List<Scenario> scenarios = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                scenarios.addAll(readFile(file));
            } catch (ScenarioFileException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioFileException(problems);
        }
        return scenarios;
    }

    /** The scenarios of one file, in order. */
    static List<Scenario> readFile(Path file) throws ScenarioFileException {
        String source = file.toString();
        List<String> problems = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); JsonParser parser = FACTORY.createParser(in)) {
            parser.setCodec(MAPPER);
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ScenarioFileException(List.of(at(source, parser.currentTokenLocation())
                        + "a scenario file is one JSON object with \"topic\", \"defaults\" and \"scenarios\""));
            }
            ObjectNode defaults = MAPPER.createObjectNode();
            boolean sawScenarios = false;
            Set<String> names = new HashSet<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonLocation where = parser.currentTokenLocation();
                JsonToken value = parser.nextToken();
                if (!FILE_FIELDS.contains(field)) {
                    problems.add(at(source, where) + "unknown field \"" + field + "\"; expected one of " + FILE_FIELDS);
                    parser.skipChildren();
                } else if (field.equals("defaults")) {
                    JsonNode node = parser.readValueAsTree();
                    if (node instanceof ObjectNode object) {
                        defaults = object;
                        unknownFields(object, SUBMISSION_FIELDS, at(source, where) + "defaults", problems);
                    } else {
                        problems.add(at(source, where) + "\"defaults\" must be an object");
                    }
                } else if (field.equals("scenarios")) {
                    sawScenarios = true;
                    if (value != JsonToken.START_ARRAY) {
                        problems.add(at(source, where) + "\"scenarios\" must be an array");
                        parser.skipChildren();
                        continue;
                    }
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        JsonLocation start = parser.currentTokenLocation();
                        JsonNode node = parser.readValueAsTree();
                        scenario(source, start.getLineNr(), node, defaults, names, problems).ifPresent(scenarios::add);
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (!sawScenarios) {
                problems.add(source + ": has no \"scenarios\" array");
            } else if (scenarios.isEmpty() && problems.isEmpty()) {
                problems.add(source + ": has no scenario");
            }
        } catch (JsonProcessingException e) {
            problems.add(at(source, e.getLocation()) + "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            problems.add(source + ": cannot be read: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new ScenarioFileException(problems);
        }
        return scenarios;
    }

    private static Optional<Scenario> scenario(String source, int line, JsonNode node, ObjectNode defaults,
                                               Set<String> names, List<String> problems) {
        String here = source + ":" + line + ": ";
        if (!(node instanceof ObjectNode object)) {
            problems.add(here + "a scenario must be an object");
            return Optional.empty();
        }
        int before = problems.size();
        JsonNode nameNode = object.get("name");
        String name = nameNode != null && nameNode.isTextual() && !nameNode.asText().isBlank() ? nameNode.asText() : null;
        if (name == null) {
            problems.add(here + "a scenario needs a \"name\"");
            name = "(unnamed)";
        } else if (!names.add(name)) {
            problems.add(here + "two scenarios are named \"" + name + "\"");
        }
        here = source + ":" + line + " \"" + name + "\": ";
        unknownFields(object, SCENARIO_FIELDS, here.substring(0, here.length() - 2), problems);

        ObjectNode submission = defaults.deepCopy();
        for (String field : SUBMISSION_FIELDS) {
            if (object.has(field)) {
                JsonNode merged = mergePatch(submission.get(field), object.get(field));
                if (merged == null) {
                    submission.remove(field);
                } else {
                    submission.set(field, merged);
                }
            }
        }
        Expectation expect = expectation(object.get("expect"), here, problems);
        SubmissionRecord record;
        try (Stream<SubmissionRecord> records = READER.read(
                new ByteArrayInputStream(MAPPER.writeValueAsBytes(submission)), "scenario")) {
            record = records.findFirst().orElseThrow();
        } catch (IOException e) {
            problems.add(here + e.getMessage());
            return Optional.empty();
        }
        final String prefix = here;
        record.errors().forEach(e -> problems.add(prefix + (e.path() == null || e.path().isEmpty() ? "" : e.path()
                + ": ") + e.message()));
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Scenario(source, line, name, record.submission().orElseThrow(), expect));
    }

    private static Expectation expectation(JsonNode node, String here, List<String> problems) {
        if (!(node instanceof ObjectNode expect)) {
            problems.add(here + "a scenario needs an \"expect\" object");
            return new Expectation(null, null, null, null, null, null, null, null);
        }
        unknownFields(expect, EXPECT_FIELDS, here + "expect", problems);
        Optional<Status> status = Optional.ofNullable(expect.get("status"))
                .map(n -> constant(Status.class, n, here + "expect.status", problems, Status::valueOf));
        Optional<IncentiveRoute> route = Optional.ofNullable(expect.get("route"))
                .map(n -> constant(IncentiveRoute.class, n, here + "expect.route", problems, IncentiveRoute::valueOf));
        Map<Requirement, Outcome> outcomes = new EnumMap<>(Requirement.class);
        JsonNode outcomesNode = expect.get("outcomes");
        if (outcomesNode != null) {
            if (!outcomesNode.isObject()) {
                problems.add(here + "expect.outcomes must be an object of requirement id to outcome");
            } else {
                for (Iterator<Map.Entry<String, JsonNode>> it = outcomesNode.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> entry = it.next();
                    Optional<Requirement> row = Arrays.stream(Requirement.values())
                            .filter(r -> r.id().equals(entry.getKey())).findFirst();
                    if (row.isEmpty()) {
                        problems.add(here + "expect.outcomes: unknown requirement \"" + entry.getKey()
                                + "\"; known are R1.1 … R4.3");
                        continue;
                    }
                    Outcome outcome = constant(Outcome.class, entry.getValue(),
                            here + "expect.outcomes." + entry.getKey(), problems, Outcome::valueOf);
                    if (outcome != null) {
                        outcomes.put(row.get(), outcome);
                    }
                }
            }
        }
        Optional<List<Benefit>> benefits = Optional.ofNullable(expect.get("benefits"))
                .map(n -> ids(n, here + "expect.benefits", problems, Benefit.values(), Benefit::id));
        Optional<List<Channel>> channels = Optional.ofNullable(expect.get("channels"))
                .map(n -> ids(n, here + "expect.channels", problems, Channel.values(), Channel::id));
        Optional<String> fee = Optional.ofNullable(expect.get("serviceFeePercent"))
                .map(n -> serviceFee(n, here + "expect.serviceFeePercent", problems));
        Optional<List<Requirement>> nextSteps = Optional.ofNullable(expect.get("nextSteps"))
                .map(n -> ids(n, here + "expect.nextSteps", problems, Requirement.values(), Requirement::id));
        Optional<Standing> standing = Optional.ofNullable(expect.get("standing"))
                .map(n -> constant(Standing.class, n, here + "expect.standing", problems, Standing::valueOf));
        Optional<List<StatusAttribute>> attributes = Optional.ofNullable(expect.get("attributes"))
                .map(n -> ids(n, here + "expect.attributes", problems, StatusAttribute.values(), StatusAttribute::name));
        Optional<List<String>> notices = Optional.ofNullable(expect.get("notices"))
                .map(n -> noticeCodes(n, here + "expect.notices", problems));
        Expectation expectation = new Expectation(status, route, outcomes, benefits, channels,
                fee.filter(f -> !f.isEmpty()), nextSteps, standing, attributes, notices);
        if (expectation.isEmpty()) {
            problems.add(here + "\"expect\" names nothing to check");
        }
        return expectation;
    }

    /** A fee percentage as text ("10", 10 or "none"); an empty string after reporting a problem. */
    private static String serviceFee(JsonNode node, String where, List<String> problems) {
        String text = node.asText();
        if ((node.isTextual() || node.isNumber()) && (text.equals(Expectation.NO_FEE) || text.matches("\\d{1,3}(\\.\\d+)?"))) {
            return text;
        }
        problems.add(where + ": " + node + " is neither a percentage nor \"" + Expectation.NO_FEE + "\"");
        return "";
    }

    /** A list of notice codes: each a non-blank string (the key of the notice's text). */
    private static List<String> noticeCodes(JsonNode node, String where, List<String> problems) {
        if (!node.isArray()) {
            problems.add(where + " must be a list of notice codes, e.g. [\"B6.notEvaluated\"]");
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (JsonNode element : node) {
            if (!element.isTextual() || element.asText().isBlank()) {
                problems.add(where + ": " + element + " is not a notice code");
            } else {
                codes.add(element.asText());
            }
        }
        return codes;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, JsonNode node, String where, List<String> problems,
                                                   Function<String, E> valueOf) {
        if (node.isTextual()) {
            try {
                return valueOf.apply(node.asText());
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        problems.add(where + ": " + node + " is not one of " + Arrays.toString(type.getEnumConstants()));
        return null;
    }

    private static <E> List<E> ids(JsonNode node, String where, List<String> problems, E[] values,
                                   Function<E, String> id) {
        List<E> list = new ArrayList<>();
        if (!node.isArray()) {
            problems.add(where + " must be an array of ids");
            return list;
        }
        for (JsonNode element : node) {
            Optional<E> value = Arrays.stream(values).filter(v -> id.apply(v).equals(element.asText())).findFirst();
            if (element.isTextual() && value.isPresent()) {
                list.add(value.get());
            } else {
                problems.add(where + ": " + element + " is not one of "
                        + Arrays.stream(values).map(id).toList());
            }
        }
        return list;
    }

    private static void unknownFields(ObjectNode object, Set<String> known, String where, List<String> problems) {
        object.fieldNames().forEachRemaining(field -> {
            if (!known.contains(field)) {
                problems.add(where + ": unknown field \"" + field + "\"; expected one of " + known);
            }
        });
    }

    /** RFC 7386 JSON Merge Patch: the result of applying {@code patch} to {@code target}; null means removed. */
    static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (patch == null || patch.isNull()) {
            return null;
        }
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : MAPPER.createObjectNode();
        patch.fields().forEachRemaining(entry -> {
            JsonNode merged = mergePatch(result.get(entry.getKey()), entry.getValue());
            if (merged == null) {
                result.remove(entry.getKey());
            } else {
                result.set(entry.getKey(), merged);
            }
        });
        return result;
    }

    private static String at(String source, JsonLocation location) {
        return location == null ? source + ": " : source + ":" + location.getLineNr() + ":" + location.getColumnNr() + ": ";
    }
}
