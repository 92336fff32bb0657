package dev.cosell.examples.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cosell.json.SubmissionReader;
import dev.cosell.json.SubmissionRecord;
import dev.cosell.model.SubmissionValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whatever the JSON Schema rejects, the reader or the validator rejects: the bundled samples get one value
 * replaced by a hostile one (digits of other scripts, padding, years beyond four digits, {@code null}, empty
 * strings, extreme exponents, wrong types, holes in lists), from a fixed seed, and each document goes through
 * the schema and through the reader and {@link SubmissionValidator}. Half of the documents first get the inputs of
 * the later revisions (answers, listing solution type, product family, the offer's billed revenue, the
 * architecture diagram, the MPN ID, designations, top-tier figures), and their hostile value is then put among
 * those inputs.
 */
class SchemaAgreementTest {
    private static final long SEED = 20261130L;
    private static final int DOCUMENTS = 3_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<JsonNode> SAMPLES = new ArrayList<>();
    private static final int[] ZEROS = {0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0xFF10, 0x1D7CE};
    private static final String[] SPACES = {" ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\u200b"};

    @BeforeAll
    static void loadSamples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/samples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                SAMPLES.add(JSON.readTree(file.toFile()));
            }
        }
    }

    @Test
    void givenDocumentsWithOneHostileValue_whenTheSchemaRejectsOne_thenTheReaderOrTheValidatorRejectsItToo()
            throws IOException {
        JsonNode schema = SubmissionSchemaTest.schema();
        SplittableRandom random = new SplittableRandom(SEED);
        int rejectedBySchema = 0;
        int revisionInputsRejected = 0;
        for (int i = 0; i < DOCUMENTS; i++) {
            JsonNode document = SAMPLES.get(random.nextInt(SAMPLES.size())).deepCopy();
            List<JsonNode[]> slots = new ArrayList<>();
            boolean revisionInputs = random.nextBoolean();
            if (revisionInputs) {
                List<JsonNode[]> added = new ArrayList<>();
                withRevisionInputs(document, random, added);
                for (JsonNode[] field : added) {
                    slots.add(field);
                    collect(field[2], slots);
                }
            } else {
                collect(document, slots);
            }
            JsonNode[] slot = slots.get(random.nextInt(slots.size()));
            replace(slot, hostile(slot[2], random));
            String text = JSON.writeValueAsString(document);

            List<String> schemaProblems = new ArrayList<>();
            SubmissionSchemaTest.validate(schema, schema, document, "", schemaProblems);
            if (schemaProblems.isEmpty()) {
                continue;
            }
            rejectedBySchema++;
            revisionInputsRejected += revisionInputs ? 1 : 0;
            assertTrue(rejectedByCosell(text), "the schema rejects " + schemaProblems + " but cosell takes "
                    + text);
        }
        assertTrue(rejectedBySchema > DOCUMENTS / 3, rejectedBySchema + " of " + DOCUMENTS);
        assertTrue(revisionInputsRejected > DOCUMENTS / 6, revisionInputsRejected + " of " + DOCUMENTS);
    }

    @Test
    void givenSamplesWithTheRevisionInputs_whenChecked_thenTheSchemaTheReaderAndTheValidatorAllAcceptThem()
            throws IOException {
        JsonNode schema = SubmissionSchemaTest.schema();
        SplittableRandom random = new SplittableRandom(SEED + 1);
        for (int i = 0; i < 200; i++) {
            JsonNode document = SAMPLES.get(random.nextInt(SAMPLES.size())).deepCopy();
            withRevisionInputs(document, random, new ArrayList<>());
            List<String> schemaProblems = new ArrayList<>();
            SubmissionSchemaTest.validate(schema, schema, document, "", schemaProblems);
            String text = JSON.writeValueAsString(document);

            assertTrue(schemaProblems.isEmpty(), schemaProblems + " in " + text);
            assertTrue(!rejectedByCosell(text), "cosell rejects " + text);
        }
    }

    /**
     * Adds valid inputs of the later revisions to every submission of the document, each field with a chance of
     * one in two, and lists each added field as {parent, name, value}.
     */
    private static void withRevisionInputs(JsonNode document, SplittableRandom random, List<JsonNode[]> added) {
        if (document.isArray()) {
            document.forEach(d -> withRevisionInputs(d, random, added));
            return;
        }
        String[] answers = {"YES", "NO", "NOT_GIVEN"};
        if (document.get("offer") instanceof ObjectNode offer) {
            for (String name : List.of("paidPlan", "listingComplete", "technicalValidation", "officeAppOrAddIn",
                    "cloudSpecialistRequested")) {
                add(offer, name, NODES.textNode(answers[random.nextInt(answers.length)]), random, added);
            }
            add(offer, "listingSolutionType", NODES.textNode(new String[] {"IP", "SERVICE", "MANAGED_SERVICE",
                "DEVICE"}[random.nextInt(4)]), random, added);
            add(offer, "productFamily", NODES.textNode(new String[] {"DATAVERSE_AND_POWER_APPS", "OPERATIONS",
                "BUSINESS_CENTRAL", "POWER_BI"}[random.nextInt(4)]), random, added);
            ArrayNode months = NODES.arrayNode();
            for (int m = random.nextInt(4); m > 0; m--) {
                months.addObject().put("month", "2020-0" + m).put("usd", random.nextInt(100_000) + ".5");
            }
            add(offer, "offerBilledRevenue", months, random, added);
            add(offer, "coSellSolutionCreated", NODES.textNode("2023-07-1" + random.nextInt(10)), random, added);
            if (offer.get("collateral") instanceof ObjectNode collateral) {
                add(collateral, "architectureDiagram", NODES.textNode("architecture.png"), random, added);
            }
        }
        if (document.get("partner") instanceof ObjectNode partner) {
            add(partner, "mpnId", NODES.textNode(String.valueOf(1_000_000 + random.nextInt(9_000_000))), random,
                    added);
            add(partner, "marketplaceAccountActive", NODES.textNode(answers[random.nextInt(answers.length)]), random,
                    added);
            ArrayNode designations = NODES.arrayNode();
            for (int d = random.nextInt(3); d > 0; d--) {
                designations.addObject().put("area", "Infrastructure (Azure)").put("startDate", "2023-01-0" + d)
                        .put("endDate", "2024-01-0" + d);
            }
            add(partner, "solutionsPartnerDesignations", designations, random, added);
            ObjectNode topTier = NODES.objectNode().put("marketplaceBilledSalesUsd", "4000000.00")
                    .put("netNewCustomersAbove10k", random.nextInt(20)).put("marketplaceTransactions", 30)
                    .put("transactionCustomers", 8).put("consumptionCommitmentUsd", random.nextInt(300) + "000000");
            add(partner, "topTier", topTier, random, added);
        }
    }

    /** Sets the field with a chance of one in two, always if nothing was added yet (so there is a slot). */
    private static void add(ObjectNode parent, String name, JsonNode value, SplittableRandom random,
                            List<JsonNode[]> added) {
        if (added.isEmpty() || random.nextBoolean()) {
            parent.set(name, value);
            added.add(new JsonNode[] {parent, NODES.textNode(name), value});
        }
    }

    private static boolean rejectedByCosell(String text) {
        try (Stream<SubmissionRecord> records = new SubmissionReader().read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "doc.json")) {
            return records.anyMatch(r -> !r.isRead()
                    || !SubmissionValidator.validate(r.submission().orElseThrow()).isEmpty());
        }
    }

    /** Every value of the document as {parent, key or index, value}. */
    private static void collect(JsonNode node, List<JsonNode[]> slots) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                slots.add(new JsonNode[] {node, NODES.textNode(e.getKey()), e.getValue()});
                collect(e.getValue(), slots);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                slots.add(new JsonNode[] {node, NODES.numberNode(i), node.get(i)});
                collect(node.get(i), slots);
            }
        }
    }

    private static void replace(JsonNode[] slot, JsonNode value) {
        if (slot[0] instanceof ObjectNode object) {
            object.set(slot[1].asText(), value);
        } else {
            ((ArrayNode) slot[0]).set(slot[1].asInt(), value);
        }
    }

    /** A hostile variant of the value. */
    private static JsonNode hostile(JsonNode value, SplittableRandom random) {
        String text = value.isValueNode() ? value.asText() : "";
        switch (random.nextInt(9)) {
            case 0 -> {
                return NODES.nullNode();
            }
            case 1 -> {
                for (int tries = 0; tries < 20 && !text.isEmpty(); tries++) {
                    int at = random.nextInt(text.length());
                    char c = text.charAt(at);
                    if (c >= '0' && c <= '9') {
                        return NODES.textNode(text.substring(0, at)
                                + Character.toString(ZEROS[random.nextInt(ZEROS.length)] + (c - '0'))
                                + text.substring(at + 1));
                    }
                }
                return NODES.textNode("\u0661\u0660\u0660");
            }
            case 2 -> {
                String space = SPACES[random.nextInt(SPACES.length)];
                return NODES.textNode(random.nextBoolean() ? space + text : text + space);
            }
            case 3 -> {
                return NODES.textNode(text.matches("[0-9]{4}-.*") ? (random.nextBoolean() ? "+" : "")
                        + random.nextInt(10, 100_000) + text : "+" + text);
            }
            case 4 -> {
                return NODES.textNode(random.nextBoolean() ? "" : " ");
            }
            case 5 -> {
                String[] numbers = {"1E+2147483647", "-1E-2147483647", "1e400", "9".repeat(20), "0.00000000001"};
                String number = numbers[random.nextInt(numbers.length)];
                return random.nextBoolean() ? NODES.textNode(number) : NODES.numberNode(new java.math.BigDecimal(
                        number));
            }
            case 6 -> {
                JsonNode[] others = {NODES.booleanNode(true), NODES.numberNode(0), NODES.arrayNode(),
                    NODES.objectNode(), NODES.textNode("x")};
                return others[random.nextInt(others.length)];
            }
            case 7 -> {
                if (value.isArray() && !value.isEmpty()) {
                    ArrayNode copy = (ArrayNode) value.deepCopy();
                    copy.insertNull(random.nextInt(copy.size() + 1));
                    return copy;
                }
                return NODES.arrayNode().addNull();
            }
            default -> {
                if (value.isObject()) {
                    ObjectNode copy = (ObjectNode) value.deepCopy();
                    copy.put("unknown", 1);
                    return copy;
                }
                return NODES.textNode(text.toLowerCase(java.util.Locale.ROOT));
            }
        }
    }
}
