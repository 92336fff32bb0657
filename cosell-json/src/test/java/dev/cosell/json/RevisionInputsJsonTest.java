package dev.cosell.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cosell.model.Answer;
import dev.cosell.model.Designation;
import dev.cosell.model.ListingSolutionType;
import dev.cosell.model.MonthlyAmount;
import dev.cosell.model.ProductFamily;
import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionValidator;
import dev.cosell.model.TopTierFigures;
import dev.cosell.rules.reference.SubmissionGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The inputs of the later revisions in JSON (R1.3, R1.4, R1.5, R3.6, R3.7, R3.8, R3.9, R3.10, R4.1, R4.2, R4.3,
 * R4.4, B3, B6): what {@link SubmissionJson} writes reads back equal, absent and not given stay apart from "no"
 * and from an empty list, the schema accepts every written document, and a value of the wrong form is an error
 * naming its field.
 */
class RevisionInputsJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SchemaValidator schema;

    @BeforeAll
    static void readTheSchema() throws IOException {
        try (InputStream in = SubmissionJson.class.getResourceAsStream("submission.schema.json")) {
            schema = new SchemaValidator(JSON.readTree(in));
        }
    }

    private static Submission readOne(String content) {
        List<SubmissionRecord> records = SubmissionReaderTest.read("doc.json", content);
        assertEquals(1, records.size());
        SubmissionRecord record = records.get(0);
        assertTrue(record.isRead(), content + ": " + record.errors());
        return record.submission().orElseThrow();
    }

    private static List<ReadError> errorsOf(String content) {
        List<SubmissionRecord> records = SubmissionReaderTest.read("doc.json", content);
        assertEquals(1, records.size());
        assertFalse(records.get(0).isRead(), content);
        return records.get(0).errors();
    }

    // --- round trip -----------------------------------------------------------------------------------------

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20_261_130L, 7L, 424_242L})
    void givenGeneratedSubmissionsWithTheRevisionInputs_whenWrittenAndReadBack_thenEachIsEqualAndSchemaValid(
            long seed) throws IOException {
        List<Submission> submissions = new ArrayList<>();
        SubmissionGenerator.boundaries(seed).withRevisionInputs().stream(300).forEach(submissions::add);
        SubmissionGenerator.realistic(seed).withRevisionInputs().stream(40).forEach(submissions::add);
        int given = 0;
        for (Submission original : submissions) {
            String line = SubmissionJson.write(original);
            String pretty = SubmissionJson.writePretty(original);

            assertEquals(original, readOne(line), line);
            assertEquals(original, readOne(pretty), pretty);
            assertEquals(List.of(), schema.problems(JSON.readTree(line)), line);
            assertEquals(List.of(), SubmissionValidator.validate(original), line);
            given += original.offer().hasOfferBilledRevenue() && original.partner().topTier() != null ? 1 : 0;
        }
        assertTrue(given > submissions.size() / 4, given + " of " + submissions.size() + " give billed revenue "
                + "and top-tier figures");
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 60; i++) {
            Submission odd = withOddValues(submissions.get(i), random);
            String line = SubmissionJson.write(odd);

            assertEquals(odd, readOne(line), line);
            assertEquals(odd, readOne(SubmissionJson.writePretty(odd)), line);
            // holes the schema rejects are read, then named by the validator
            assertFalse(schema.problems(JSON.readTree(line)).isEmpty(), line);
            assertFalse(SubmissionValidator.validate(odd).isEmpty(), line);
        }
    }

    /**
     * The submission with values at the edges of what the format carries: amounts of negative or long scale,
     * hostile text in the MPN ID and the diagram's name, counts at the limits of an int (negative ones too: the
     * reader reads them and the validator reports them), a designation that ends before it starts, a billed-revenue
     * hole.
     */
    private static Submission withOddValues(Submission s, SplittableRandom r) {
        String[] texts = {"\u0000", "\u202e123", " ", "", "회사-\u200b", "\"quoted\"\\", "x".repeat(2_000)};
        BigDecimal[] amounts = {new BigDecimal("1E+3"), new BigDecimal("0.0000000001"),
            new BigDecimal("-999999999999999.9999999999"), new BigDecimal("1E+14"), BigDecimal.ZERO.setScale(10)};
        Integer[] counts = {Integer.MIN_VALUE, -1, 0, Integer.MAX_VALUE, null};
        List<MonthlyAmount> months = new ArrayList<>(Arrays.asList(new MonthlyAmount(YearMonth.of(9999, 12),
                amounts[r.nextInt(amounts.length)]), null, new MonthlyAmount(null, null)));
        return new Submission(s.partner().toBuilder().mpnId(texts[r.nextInt(texts.length)])
                .designation(new Designation(texts[r.nextInt(texts.length)], LocalDate.of(2023, 5, 2),
                        LocalDate.of(2023, 5, 1)))
                .designation(new Designation(null, null, null))
                .topTier(new TopTierFigures(amounts[r.nextInt(amounts.length)], counts[r.nextInt(counts.length)],
                        counts[r.nextInt(counts.length)], counts[r.nextInt(counts.length)],
                        amounts[r.nextInt(amounts.length)])).build(),
                s.offer().toBuilder().offerBilledRevenue(months).architectureDiagram(texts[r.nextInt(texts.length)])
                        .coSellSolutionCreated(LocalDate.of(r.nextInt(10_000), 1, 1)).build(), s.asOf());
    }

    // --- absent, null, not given, empty ---------------------------------------------------------------------

    private static final String DOC = "{\"asOf\":\"2023-09-01\",\"partner\":{\"id\":\"p\",\"name\":\"P\"PARTNER},"
            + "\"offer\":{\"id\":\"x\",\"name\":\"X\",\"type\":\"SAAS\",\"listingState\":\"LIVE\"OFFER}}";

    static String doc(String partner, String offer) {
        return DOC.replace("PARTNER", partner.isEmpty() ? "" : "," + partner)
                .replace("OFFER", offer.isEmpty() ? "" : "," + offer);
    }

    @Test
    void givenNoRevisionInput_whenRead_thenEachIsNotGivenAndNothingIsWrittenForThem() {
        Submission s = readOne(doc("", ""));

        assertEquals(Answer.NOT_GIVEN, s.offer().paidPlan());
        assertNull(s.offer().offerBilledRevenue());
        assertEquals(ListingSolutionType.NOT_GIVEN, s.offer().listingSolutionType());
        assertEquals(ProductFamily.NOT_GIVEN, s.offer().productFamily());
        assertNull(s.offer().coSellSolutionCreated());
        assertNull(s.partner().mpnId());
        assertEquals(Answer.NOT_GIVEN, s.partner().marketplaceAccountActive());
        assertNull(s.partner().topTier());
        String written = SubmissionJson.write(s);
        for (String field : List.of("paidPlan", "offerBilledRevenue", "listingComplete", "listingSolutionType",
                "productFamily", "technicalValidation", "officeAppOrAddIn", "coSellSolutionCreated",
                "cloudSpecialistRequested", "mpnId", "marketplaceAccountActive", "topTier", "architectureDiagram")) {
            assertFalse(written.contains("\"" + field + "\""), field + " in " + written);
        }
    }

    @Test
    void givenEveryRevisionInput_whenRead_thenEachIsMappedExactly() {
        Submission s = readOne(doc("\"mpnId\":\"1234567\",\"marketplaceAccountActive\":\"YES\","
                + "\"solutionsPartnerDesignations\":[{\"area\":\"Security\",\"startDate\":\"2023-01-01\","
                + "\"endDate\":\"2023-12-31\"}],\"topTier\":{\"marketplaceBilledSalesUsd\":\"4000000.00\","
                + "\"netNewCustomersAbove10k\":12,\"marketplaceTransactions\":30,\"transactionCustomers\":8,"
                + "\"consumptionCommitmentUsd\":3E+7}",
                "\"paidPlan\":\"NO\",\"offerBilledRevenue\":[{\"month\":\"2020-10\",\"usd\":\"100000.00\"}],"
                + "\"listingComplete\":\"YES\",\"listingSolutionType\":\"MANAGED_SERVICE\",\"productFamily\":"
                + "\"BUSINESS_CENTRAL\",\"technicalValidation\":\"NO\",\"officeAppOrAddIn\":\"YES\","
                + "\"coSellSolutionCreated\":\"2023-07-11\",\"cloudSpecialistRequested\":\"NOT_GIVEN\","
                + "\"collateral\":{\"architectureDiagram\":\"arch.vsdx\"}"));

        assertEquals("1234567", s.partner().mpnId());
        assertEquals(Answer.YES, s.partner().marketplaceAccountActive());
        assertEquals(List.of(new Designation("Security", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))),
                s.partner().solutionsPartnerDesignations());
        assertEquals(new TopTierFigures(new BigDecimal("4000000.00"), 12, 30, 8, new BigDecimal("3E+7")),
                s.partner().topTier());
        assertEquals(Answer.NO, s.offer().paidPlan());
        assertEquals(List.of(MonthlyAmount.of(YearMonth.of(2020, 10), "100000.00")), s.offer().offerBilledRevenue());
        assertEquals(Answer.YES, s.offer().listingComplete());
        assertEquals(ListingSolutionType.MANAGED_SERVICE, s.offer().listingSolutionType());
        assertEquals(ProductFamily.BUSINESS_CENTRAL, s.offer().productFamily());
        assertEquals(Answer.NO, s.offer().technicalValidation());
        assertEquals(Answer.YES, s.offer().officeAppOrAddIn());
        assertEquals(LocalDate.of(2023, 7, 11), s.offer().coSellSolutionCreated());
        assertEquals(Answer.NOT_GIVEN, s.offer().cloudSpecialistRequested());
        assertEquals("arch.vsdx", s.offer().collateral().architectureDiagram());
        assertEquals(List.of(), SubmissionValidator.validate(s));
    }

    @Test
    void givenAnEmptyBilledRevenue_whenReadAndWritten_thenItStaysGivenWithNoMonth_unlikeNullOrAbsent() {
        Submission empty = readOne(doc("", "\"offerBilledRevenue\":[]"));
        Submission nul = readOne(doc("", "\"offerBilledRevenue\":null"));
        Submission absent = readOne(doc("", ""));

        assertTrue(empty.offer().hasOfferBilledRevenue());
        assertEquals(List.of(), empty.offer().offerBilledRevenue());
        assertFalse(nul.offer().hasOfferBilledRevenue());
        assertEquals(absent, nul);
        assertTrue(SubmissionJson.write(empty).contains("\"offerBilledRevenue\":[]"));
        assertEquals(empty, readOne(SubmissionJson.write(empty)));
    }

    /** Every new optional field with {@code null}: read as absent. */
    static Stream<Arguments> nullFields() {
        List<Arguments> fields = new ArrayList<>();
        for (String f : List.of("mpnId", "marketplaceAccountActive", "solutionsPartnerDesignations", "topTier")) {
            fields.add(Arguments.of("\"" + f + "\":null", ""));
        }
        for (String f : List.of("paidPlan", "offerBilledRevenue", "listingComplete", "listingSolutionType",
                "productFamily", "technicalValidation", "officeAppOrAddIn", "coSellSolutionCreated",
                "cloudSpecialistRequested")) {
            fields.add(Arguments.of("", "\"" + f + "\":null"));
        }
        return fields.stream();
    }

    @Test
    void givenNullForTheArchitectureDiagram_whenRead_thenItIsAsAbsent() {
        assertEquals(readOne(doc("", "\"collateral\":{}")),
                readOne(doc("", "\"collateral\":{\"architectureDiagram\":null}")));
    }

    @ParameterizedTest
    @MethodSource("nullFields")
    void givenNullForARevisionInput_whenRead_thenItIsAsAbsent(String partner, String offer) {
        Submission withNull = readOne(doc(partner, offer));

        assertEquals(readOne(doc("", "")), withNull, partner + offer);
    }

    @Test
    void givenTopTierFiguresWithSomeNull_whenRead_thenOnlyThoseAreNotGiven() {
        Submission s = readOne(doc("\"topTier\":{\"netNewCustomersAbove10k\":null,\"marketplaceTransactions\":5,"
                + "\"consumptionCommitmentUsd\":\"30000000\"}", ""));

        assertEquals(new TopTierFigures(null, null, 5, null, new BigDecimal("30000000")), s.partner().topTier());
        assertEquals(s, readOne(SubmissionJson.write(s)));
    }

    // --- errors ---------------------------------------------------------------------------------------------

    /** A field of the wrong form, as {partner fragment, offer fragment, path, start of the message}. */
    static Stream<Arguments> wrongValues() {
        String answerNames = "one of NOT_GIVEN, YES, NO";
        return Stream.of(
            Arguments.of("", "\"paidPlan\":true", "offer.paidPlan", "expected " + answerNames + ", found a boolean"),
            Arguments.of("", "\"listingComplete\":\"yes\"", "offer.listingComplete", "\"yes\" is not " + answerNames),
            Arguments.of("", "\"technicalValidation\":\" YES\"", "offer.technicalValidation", "\" YES\" is not one of"),
            Arguments.of("", "\"officeAppOrAddIn\":0", "offer.officeAppOrAddIn", "expected " + answerNames),
            Arguments.of("", "\"cloudSpecialistRequested\":[]", "offer.cloudSpecialistRequested", "expected one of"),
            Arguments.of("", "\"listingSolutionType\":\"Service\"", "offer.listingSolutionType",
                    "\"Service\" is not one of NOT_GIVEN, IP, SERVICE, MANAGED_SERVICE, DEVICE"),
            Arguments.of("", "\"productFamily\":\"POWER_APPS\"", "offer.productFamily",
                    "\"POWER_APPS\" is not one of NOT_GIVEN, DATAVERSE_AND_POWER_APPS"),
            Arguments.of("", "\"offerBilledRevenue\":{}", "offer.offerBilledRevenue", "expected an array, found an "
                    + "object"),
            Arguments.of("", "\"offerBilledRevenue\":[{\"month\":\"2020-13\",\"usd\":1}]",
                    "offer.offerBilledRevenue[0].month", "\"2020-13\" is not a month"),
            Arguments.of("", "\"offerBilledRevenue\":[{\"month\":\"2020-12\",\"usd\":\"1,000\"}]",
                    "offer.offerBilledRevenue[0].usd", "\"1,000\" is not a decimal number"),
            Arguments.of("", "\"offerBilledRevenue\":[{\"month\":\"2020-12\",\"usd\":1e16}]",
                    "offer.offerBilledRevenue[0].usd", "\"1e16\" is too large"),
            Arguments.of("", "\"offerBilledRevenue\":[{\"month\":\"2020-12\",\"amount\":1}]",
                    "offer.offerBilledRevenue[0].amount", "unknown field; the fields of offer.offerBilledRevenue[0] "
                    + "are month, usd"),
            Arguments.of("", "\"coSellSolutionCreated\":\"+12023-07-11\"", "offer.coSellSolutionCreated",
                    "\"+12023-07-11\" is not a date"),
            Arguments.of("", "\"coSellSolutionCreated\":20230711", "offer.coSellSolutionCreated", "expected a date"),
            Arguments.of("", "\"collateral\":{\"architectureDiagram\":[\"a.png\"]}",
                    "offer.collateral.architectureDiagram", "expected a string, found an array"),
            Arguments.of("\"mpnId\":1234567", "", "partner.mpnId", "expected a string, found a number"),
            Arguments.of("\"marketplaceAccountActive\":false", "", "partner.marketplaceAccountActive",
                    "expected " + answerNames + ", found a boolean"),
            Arguments.of("\"solutionsPartnerDesignations\":{\"area\":\"A\"}", "", "partner.solutionsPartnerDesignations",
                    "expected an array, found an object"),
            Arguments.of("\"solutionsPartnerDesignations\":[{\"area\":\"A\",\"level\":\"GOLD\"}]", "",
                    "partner.solutionsPartnerDesignations[0].level", "unknown field; the fields of "
                    + "partner.solutionsPartnerDesignations[0] are area, startDate, endDate"),
            Arguments.of("\"solutionsPartnerDesignations\":[{\"area\":\"A\",\"startDate\":\"2023-02-30\"}]", "",
                    "partner.solutionsPartnerDesignations[0].startDate", "\"2023-02-30\" is not a date"),
            Arguments.of("\"topTier\":[]", "", "partner.topTier", "expected an object, found an array"),
            Arguments.of("\"topTier\":{\"netNewCustomersAbove10k\":\"12\"}", "", "partner.topTier."
                    + "netNewCustomersAbove10k", "expected a whole number such as 12, found a string"),
            Arguments.of("\"topTier\":{\"marketplaceTransactions\":30.0}", "", "partner.topTier.marketplaceTransactions",
                    "expected a whole number such as 12, found a number"),
            Arguments.of("\"topTier\":{\"transactionCustomers\":2147483648}", "", "partner.topTier."
                    + "transactionCustomers", "\"2147483648\" is too large: a count is at most 2147483647"),
            Arguments.of("\"topTier\":{\"marketplaceTransactions\":1e2}", "", "partner.topTier.marketplaceTransactions",
                    "expected a whole number"),
            Arguments.of("\"topTier\":{\"consumptionCommitmentUsd\":\"30\u0663\"}", "",
                    "partner.topTier.consumptionCommitmentUsd", "\"30\u0663\" is not a decimal number"),
            Arguments.of("\"topTier\":{\"sellerIncentive\":true}", "", "partner.topTier.sellerIncentive",
                    "unknown field; the fields of partner.topTier are marketplaceBilledSalesUsd"));
    }

    @ParameterizedTest
    @MethodSource("wrongValues")
    void givenARevisionInputOfTheWrongForm_whenRead_thenTheErrorNamesTheFieldAndTheSchemaRejectsItToo(
            String partner, String offer, String path, String message) throws IOException {
        String content = doc(partner, offer);

        List<ReadError> errors = errorsOf(content);

        assertEquals(1, errors.size(), errors.toString());
        assertEquals(path, errors.get(0).path(), errors.toString());
        assertTrue(errors.get(0).message().startsWith(message), errors.get(0).message());
        // 2023-02-30 and 2020-13 have the schema's form (the calendar decides), and the schema does not bound the
        // digits of a number (1e16): the reader is stricter there
        if (!content.contains("2023-02-30") && !content.contains("2020-13") && !content.contains("1e16")) {
            assertFalse(schema.problems(JSON.readTree(content)).isEmpty(), "the schema takes " + content);
        }
    }

    @Test
    void givenManyWrongRevisionInputsInOneRecord_whenRead_thenEveryOneIsNamedAtOnce() {
        List<ReadError> errors = errorsOf(doc("\"mpnId\":1,\"marketplaceAccountActive\":1,\"topTier\":{"
                + "\"marketplaceTransactions\":\"1\"}", "\"paidPlan\":1,\"productFamily\":\"x\","
                + "\"offerBilledRevenue\":[{\"month\":1,\"usd\":true}]"));

        assertEquals(List.of("partner.mpnId", "partner.marketplaceAccountActive",
                "partner.topTier.marketplaceTransactions", "offer.paidPlan", "offer.productFamily",
                "offer.offerBilledRevenue[0].month", "offer.offerBilledRevenue[0].usd"),
                errors.stream().map(ReadError::path).toList());
    }

    /** Holes and missing values in the new lists and objects: read, then reported by the validator. */
    static Stream<Arguments> holes() {
        return Stream.of(
            Arguments.of("\"solutionsPartnerDesignations\":[null]", "", "partner.solutionsPartnerDesignations[0]: is "
                    + "missing"),
            Arguments.of("\"solutionsPartnerDesignations\":[{\"area\":\"A\"}]", "",
                    "partner.solutionsPartnerDesignations[0].startDate: is missing"),
            Arguments.of("\"mpnId\":\"\"", "", "partner.mpnId: is blank; leave it out if it is not known"),
            Arguments.of("\"topTier\":{\"netNewCustomersAbove10k\":-1}", "",
                    "partner.topTier.netNewCustomersAbove10k: is -1; a count cannot be negative"),
            Arguments.of("", "\"offerBilledRevenue\":[null]", "offer.offerBilledRevenue[0]: is missing"),
            Arguments.of("", "\"offerBilledRevenue\":[{\"month\":\"2020-10\"}]",
                    "offer.offerBilledRevenue[0].usd: is missing"),
            Arguments.of("", "\"offerBilledRevenue\":[{\"month\":\"2020-10\",\"usd\":1},{\"month\":\"2020-10\","
                    + "\"usd\":2}]", "offer.offerBilledRevenue[1].month: 2020-10 already has billed revenue in "
                    + "offer.offerBilledRevenue[0]; one amount per month"),
            Arguments.of("", "\"coSellSolutionCreated\":\"0001-01-01\"",
                    "offer.coSellSolutionCreated: 0001-01-01 is not a date between 1900-01-01 and 9999-12-31"));
    }

    @ParameterizedTest
    @MethodSource("holes")
    void givenAHoleOrABadValueInTheRevisionInputs_whenReadAndValidated_thenTheValidatorNamesIt(String partner,
                                                                                              String offer,
                                                                                              String violation) {
        Submission s = readOne(doc(partner, offer));

        List<String> violations = SubmissionValidator.validate(s).stream().map(Object::toString).toList();

        assertTrue(violations.contains(violation), violations.toString());
    }

    @Test
    void givenTheFieldLists_thenTheSchemaDescribesEveryObjectWithTheSameFieldsInTheSameOrder() throws IOException {
        JsonNode defs;
        try (InputStream in = SubmissionJson.class.getResourceAsStream("submission.schema.json")) {
            defs = JSON.readTree(in).get("$defs");
        }
        for (var object : SubmissionFields.byObject().entrySet()) {
            List<String> properties = new ArrayList<>();
            defs.get(object.getKey()).get("properties").fieldNames().forEachRemaining(properties::add);

            assertEquals(object.getValue(), properties, object.getKey());
        }
        assertTrue(SubmissionFields.byObject().keySet().containsAll(List.of("designation", "topTierFigures",
                "monthlyAmount")));
    }
}
