package dev.cosell.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.ListingState;
import dev.cosell.model.OfferType;
import dev.cosell.model.Submission;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SubmissionReaderTest {
    private static final String PARTNER = "{\"id\":\"contoso\",\"name\":\"Contoso\",\"businessProfileComplete\":true,"
            + "\"revenue\":[{\"solution\":\"A\",\"month\":\"2020-03\",\"acrUsd\":\"60000.10\",\"billedUsd\":0.1}]}";

    static String doc(String offerId) {
        return "{\"asOf\":\"2020-07-01\",\"partner\":" + PARTNER + ",\"offer\":{\"id\":\"" + offerId
                + "\",\"name\":\"Offer " + offerId + "\",\"type\":\"SAAS\",\"listingState\":\"LIVE\"}}";
    }

    static List<SubmissionRecord> read(String name, String content) {
        try (Stream<SubmissionRecord> records = new SubmissionReader().read(
                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), name)) {
            return records.collect(Collectors.toList());
        }
    }

    private static String errors(SubmissionRecord record) {
        return record.errors().stream().map(ReadError::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void givenOneDocument_whenRead_thenEveryFieldIsMappedAndAmountsAreExact() {
        List<SubmissionRecord> records = read("one.json", doc("a"));

        assertEquals(1, records.size());
        Submission s = records.get(0).submission().orElseThrow();
        assertEquals(LocalDate.of(2020, 7, 1), s.asOf());
        assertEquals("contoso", s.partner().id());
        assertTrue(s.partner().businessProfileComplete());
        assertEquals(YearMonth.of(2020, 3), s.partner().revenue().get(0).month());
        assertEquals(new BigDecimal("60000.10"), s.partner().revenue().get(0).acrUsd());
        assertEquals(new BigDecimal("0.1"), s.partner().revenue().get(0).billedUsd());
        assertEquals(OfferType.SAAS, s.offer().type());
        assertEquals(ListingState.LIVE, s.offer().listingState());
    }

    @Test
    void givenAnArray_whenRead_thenEachElementIsARecordWithItsLine() {
        List<SubmissionRecord> records = read("many.json", "[\n" + doc("a") + ",\n" + doc("b") + "\n]");

        assertEquals(List.of("a", "b"), records.stream().map(r -> r.submission().orElseThrow().offer().id()).toList());
        assertEquals(List.of(1L, 2L), records.stream().map(SubmissionRecord::index).toList());
        assertEquals(List.of(2L, 3L), records.stream().map(SubmissionRecord::line).toList());
    }

    @Test
    void givenJsonLines_whenRead_thenEachLineIsARecord() {
        List<SubmissionRecord> records = read("many.txt", doc("a") + "\n\n" + doc("b") + "\r\n" + doc("c"));

        assertEquals(List.of("a", "b", "c"),
                records.stream().map(r -> r.submission().orElseThrow().offer().id()).toList());
        assertEquals(List.of(1L, 3L, 4L), records.stream().map(SubmissionRecord::line).toList());
    }

    @Test
    void givenJsonLinesWithAMalformedLine_whenRead_thenThatLineIsReportedWithLineAndColumnAndTheOthersAreRead() {
        List<SubmissionRecord> records = read("many.jsonl", doc("a") + "\n{\"asOf\": \"2020-07-01\",,}\n" + doc("c"));

        assertEquals(3, records.size());
        assertTrue(records.get(0).isRead());
        assertFalse(records.get(1).isRead());
        ReadError error = records.get(1).errors().get(0);
        assertEquals(2, error.line());
        assertEquals(23, error.column());
        assertTrue(error.toString().startsWith("many.jsonl:2:23: malformed JSON: "), error.toString());
        assertEquals("c", records.get(2).submission().orElseThrow().offer().id());
    }

    @Test
    void givenAnArrayElementWithWrongTypes_whenRead_thenEveryProblemIsNamedAndTheNextElementIsRead() {
        String bad = "{\"asOf\":\"2020-07-01\","
                + "\"partner\":{\"id\":\"p\",\"name\":\"P\",\"businessProfileComplete\":\"yes\"},"
                + "\"offer\":{\"id\":\"x\",\"name\":\"X\",\"type\":\"SAAS_OFFER\",\"listingState\":\"LIVE\","
                + "\"azureIpSharePercent\":\"about half\",\"contacts\":{}}}";
        List<SubmissionRecord> records = read("mixed.json", "[\n" + bad + ",\n" + doc("b") + "\n]");

        assertEquals(2, records.size());
        String errors = errors(records.get(0));
        assertTrue(errors.contains("mixed.json:2:79: partner.businessProfileComplete: expected true or false, "
                + "found a string"), errors);
        assertTrue(errors.contains("offer.type: \"SAAS_OFFER\" is not one of SAAS, AZURE_VIRTUAL_MACHINE"), errors);
        assertTrue(errors.contains("offer.azureIpSharePercent: \"about half\" is not a decimal number"), errors);
        assertTrue(errors.contains("offer.contacts: expected an array, found an object"), errors);
        assertEquals(4, records.get(0).errors().size());
        assertEquals("b", records.get(1).submission().orElseThrow().offer().id());
    }

    @Test
    void givenAnUnknownField_whenRead_thenItIsNamedWithTheKnownFields() {
        String content = doc("a").replace("\"listingState\"",
                "\"colateral\":{\"onePager\":\"x.pdf\"},\"listingState\"");

        SubmissionRecord record = read("typo.json", content).get(0);

        assertFalse(record.isRead());
        assertEquals("offer.colateral", record.errors().get(0).path());
        assertTrue(record.errors().get(0).message().startsWith("unknown field; the fields of offer are id, name"),
                record.errors().get(0).message());
    }

    @Test
    void givenMalformedJsonInAnArray_whenRead_thenRecordsBeforeItCountAndReadingStopsThere() {
        List<SubmissionRecord> records = read("broken.json", "[\n" + doc("a") + ",\n{\"asOf\": 2020-07-01}\n,"
                + doc("c") + "]");

        assertEquals(2, records.size());
        assertTrue(records.get(0).isRead());
        List<ReadError> errors = records.get(1).errors();
        ReadError error = errors.get(errors.size() - 1);
        assertEquals(3, error.line());
        assertTrue(error.message().startsWith("malformed JSON"), error.message());
    }

    @Test
    void givenHostileInput_whenRead_thenEachGivesAClearErrorNotAnException() {
        String deep = "[".repeat(100_000);
        String longNumber = doc("a").replace("\"60000.10\"", "1" + "0".repeat(100_000));
        String hugeExponent = doc("a").replace("\"60000.10\"", "1e1000000");

        String deepErrors = errors(read("deep.json", deep).get(0));
        assertTrue(deepErrors.contains("nesting depth"), deepErrors);
        assertTrue(errors(read("long.json", longNumber).get(0)).contains("Number value length"));
        assertTrue(errors(read("huge.json", hugeExponent).get(0))
                .contains("partner.revenue[0].acrUsd: \"1e1000000\" is too large"));
    }

    @Test
    void givenInvalidUtf8_whenRead_thenTheErrorNamesLineAndColumn() {
        byte[] bytes = doc("a").replace("Offer a", "Offer \u00e9").getBytes(StandardCharsets.UTF_8);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf('\u00c3');
        bytes[at] = (byte) 0xFF;
        List<SubmissionRecord> records;
        try (Stream<SubmissionRecord> s = new SubmissionReader().read(new ByteArrayInputStream(bytes), "utf.json")) {
            records = s.toList();
        }

        assertEquals(1, records.size());
        assertTrue(errors(records.get(0)).startsWith("utf.json:1:"), errors(records.get(0)));
        assertTrue(errors(records.get(0)).contains("Invalid UTF-8"), errors(records.get(0)));
    }

    @Test
    void givenASubmissionWrittenBySubmissionJson_whenRead_thenItIsEqual() {
        Submission original = read("one.json", doc("a")).get(0).submission().orElseThrow();

        Submission copy = read("copy.json", SubmissionJson.writePretty(original)).get(0).submission().orElseThrow();

        assertEquals(original, copy);
    }
}
