package dev.cosell.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader's limits per record ({@link SubmissionReader#MAX_RECORD_BYTES} of JSON,
 * {@link SubmissionReader#MAX_RECORD_ELEMENTS} list elements) over generated oversized records of every shape
 * the format allows (long strings, long lists of each kind, nested lists, deep but legal nesting in unknown
 * fields, many fields, padding), in an array, as documents one after the other and as JSON lines, among valid
 * records (R4.1 revenue amounts tell them apart): the oversized record is reported by its number with the
 * limit, and every other record is read.
 */
class RecordLimitsTest {
    private static final long SEED = 20261130L;
    private static final int SHAPES = 10;
    private static final String[] FORMS = {"array", "documents", "lines"};

    /** A valid record whose revenue amount is {@code n}. */
    private static String valid(int n) {
        return SubmissionReaderEdgeTest.doc("\"" + n + ".00\"", "\"80\"");
    }

    /** An oversized record of the given shape: over the bytes limit, the elements limit, or both. */
    static String oversized(int shape, SplittableRandom random) {
        int bytes = SubmissionReader.MAX_RECORD_BYTES + random.nextInt(1, 300_000);
        int elements = SubmissionReader.MAX_RECORD_ELEMENTS + random.nextInt(1, 3_000);
        String base = valid(0);
        String prefix = base.substring(0, base.length() - 1);
        return switch (shape) {
            // long strings among the other documents, each within the string limit
            case 0 -> {
                int length = random.nextInt(20_000, SubmissionReader.MAX_STRING_LENGTH + 1);
                String item = "\"" + "d".repeat(length) + "\"";
                String offer = "\"offer\":{\"id\":\"x\",\"name\":\"X\",\"type\":\"SAAS\",\"listingState\":\"LIVE\","
                        + "\"collateral\":{\"otherDocuments\":[" + repeat(item, bytes / length + 1) + "]}}";
                yield prefix.substring(0, prefix.indexOf("\"offer\"")) + offer + "}";
            }
            case 1 -> replaceList(base, "\"revenue\":[", "{\"solution\":\"A\",\"month\":\"2020-03\",\"acrUsd\":1,"
                    + "\"billedUsd\":0}", elements);
            case 2 -> replaceList(base, "\"revenue\":[", "{}", elements);
            case 3 -> prefix.replace("\"revenue\":[", "\"competencies\":[" + repeat("{\"area\":\"Cloud Platform\","
                    + "\"level\":\"GOLD\",\"startDate\":\"2019-09-01\",\"endDate\":\"2020-08-31\"}", elements)
                    + "],\"revenue\":[") + "}";
            case 4 -> prefix.replace("\"revenue\":[", "\"isvConnectEnrollments\":[" + repeat("{\"tier\":\"PREMIUM\"}",
                    elements) + "],\"revenue\":[") + "}";
            case 5 -> prefix.replace("\"type\":\"SAAS\"", "\"type\":\"SAAS\",\"coSellCountries\":["
                    + IntStream.range(0, elements).mapToObj(i -> "\"C" + i + "\"").collect(Collectors.joining(","))
                    + "]") + "}";
            // contacts with countries of their own: the elements of nested lists count together
            case 6 -> {
                int perContact = random.nextInt(10, 500);
                String contact = "{\"name\":\"N\",\"email\":\"n@x.com\",\"countries\":[" + repeat("\"US\"", perContact)
                        + "]}";
                yield prefix.replace("\"type\":\"SAAS\"", "\"type\":\"SAAS\",\"contacts\":["
                        + repeat(contact, elements / (perContact + 1) + 1) + "]") + "}";
            }
            // deep but legal nesting in an unknown field, repeated past the bytes limit
            case 7 -> {
                int depth = random.nextInt(2, SubmissionReader.MAX_NESTING_DEPTH - 2);
                String deep = "[".repeat(depth) + "\"" + "z".repeat(random.nextInt(1, 5_000)) + "\"" + "]".repeat(depth);
                yield prefix + ",\"extra\":[" + repeat(deep, bytes / deep.length() + 1) + "]}";
            }
            // many small unknown fields
            case 8 -> prefix + "," + IntStream.range(0, bytes / 8 + 1).mapToObj(i -> "\"f" + i + "\":0")
                    .collect(Collectors.joining(",")) + "}";
            // padding between the fields
            default -> prefix + "," + " ".repeat(bytes) + "\"asOf\":\"2020-07-01\"}";
        };
    }

    private static String repeat(String item, int times) {
        return String.join(",", java.util.Collections.nCopies(times, item));
    }

    private static String replaceList(String base, String list, String item, int count) {
        int from = base.indexOf(list) + list.length();
        int to = base.indexOf("]", from);
        return base.substring(0, from) + repeat(item, count) + base.substring(to);
    }

    static Stream<int[]> cases() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<int[]> cases = new ArrayList<>();
        for (int shape = 0; shape < SHAPES; shape++) {
            for (int form = 0; form < FORMS.length; form++) {
                int count = random.nextInt(1, 5);
                cases.add(new int[] {shape, form, count, random.nextInt(count + 1), random.nextInt()});
            }
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void givenAnOversizedRecord_whenRead_thenItIsReportedWithTheLimitAndEveryOtherRecordIsRead(int[] c) {
        int shape = c[0];
        String form = FORMS[c[1]];
        int valid = c[2];
        int at = c[3];
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < valid; i++) {
            docs.add(valid(i + 1));
        }
        docs.add(at, oversized(shape, new SplittableRandom(c[4])));
        String content = switch (form) {
            case "array" -> "[" + String.join(",\n", docs) + "]";
            case "documents" -> String.join("\n\n", docs);
            default -> String.join("\n", docs) + "\n";
        };

        List<SubmissionRecord> records = SubmissionReaderEdgeTest.read(form.equals("lines") ? "in.jsonl" : "in.json",
                content);

        String label = "shape " + shape + " as " + form + ", oversized at " + at + " of " + docs.size();
        assertEquals(docs.size(), records.size(), label);
        SubmissionRecord big = records.get(at);
        assertFalse(big.isRead(), label);
        assertEquals(1, big.errors().size(), label + ": " + big.errors());
        String message = big.errors().get(0).message();
        assertTrue(message.startsWith("input beyond the reader's limits: record " + (at + 1) + " "), message);
        assertTrue(message.contains("the reader's limit per record; it is skipped"), message);
        assertTrue(message.contains(String.format(java.util.Locale.ROOT, "%,d",
                SubmissionReader.MAX_RECORD_BYTES)) || message.contains(String.format(java.util.Locale.ROOT, "%,d",
                SubmissionReader.MAX_RECORD_ELEMENTS)), message);
        int n = 0;
        for (int i = 0; i < records.size(); i++) {
            if (i == at) {
                continue;
            }
            SubmissionRecord record = records.get(i);
            assertTrue(record.isRead(), label + ", record " + (i + 1) + ": " + record.errors());
            assertEquals(i + 1, record.index());
            assertEquals(new BigDecimal(++n + ".00"),
                    record.submission().orElseThrow().partner().revenue().get(0).acrUsd(), label);
        }
    }

    /** Records at the limits, not beyond, are read whole: the limits cost no valid record up to them. */
    static Stream<Integer> atTheLimits() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        return IntStream.range(0, 6).mapToObj(i -> random.nextInt(1, 4));
    }

    @ParameterizedTest
    @MethodSource("atTheLimits")
    void givenARecordAtTheLimits_whenRead_thenItIsReadWhole(int kind) {
        String base = valid(7);
        String record = switch (kind) {
            // exactly the most elements: the one revenue record and the rest as countries
            case 1 -> base.replace("\"type\":\"SAAS\"", "\"type\":\"SAAS\",\"coSellCountries\":["
                    + IntStream.range(0, SubmissionReader.MAX_RECORD_ELEMENTS - 1).mapToObj(i -> "\"C" + i + "\"")
                    .collect(Collectors.joining(",")) + "]");
            // padded to exactly the most bytes
            case 2 -> base.substring(0, base.length() - 1)
                    + " ".repeat(SubmissionReader.MAX_RECORD_BYTES - base.length()) + "}";
            default -> "[" + base + "," + base.substring(0, base.length() - 1)
                    + " ".repeat(SubmissionReader.MAX_RECORD_BYTES - base.length()) + "}]";
        };

        List<SubmissionRecord> records = SubmissionReaderEdgeTest.read("edge.json", record);

        assertTrue(records.stream().allMatch(SubmissionRecord::isRead), records.toString().substring(0, 300));
    }

    /** JSON lines in a file not named as such, whose first line is beyond the limit, are still JSON lines. */
    static Stream<Integer> longFirstLines() {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        return IntStream.range(0, 6).mapToObj(i -> SubmissionReader.MAX_RECORD_BYTES + random.nextInt(1, 2_000_000));
    }

    @ParameterizedTest
    @MethodSource("longFirstLines")
    void givenJsonLinesWithAFirstLineBeyondTheLimit_whenRead_thenItIsRejectedAndEveryOtherLineStandsAlone(int length) {
        String first = valid(1);
        first = first.substring(0, 1) + " ".repeat(length - first.length()) + first.substring(1);
        String content = first + "\n" + valid(2) + "\n{\"asOf\": ,}\n" + valid(3) + "\n";

        List<SubmissionRecord> records = SubmissionReaderEdgeTest.read("lines.txt", content);

        assertEquals(4, records.size());
        assertTrue(records.get(0).errors().get(0).message().contains("record 1 (the line) is longer than"),
                records.get(0).errors().toString());
        assertTrue(records.get(1).isRead());
        assertFalse(records.get(2).isRead());
        assertEquals(3, records.get(2).line());
        assertEquals(new BigDecimal("3.00"),
                records.get(3).submission().orElseThrow().partner().revenue().get(0).acrUsd());
    }

    @Test
    void givenARecordOfManyProblems_whenRead_thenTheFirstHundredAreListedAndTheRestCounted() {
        String base = valid(1);
        String record = base.substring(0, base.length() - 1) + "," + IntStream.range(0, 5_000)
                .mapToObj(i -> "\"f" + i + "\":0").collect(Collectors.joining(",")) + "}";

        SubmissionRecord read = SubmissionReaderEdgeTest.read("many.json", record).get(0);

        assertEquals(DocumentParser.MAX_ERRORS + 1, read.errors().size());
        assertEquals("and 4,900 more problems in this record (the first 100 are listed)",
                read.errors().get(DocumentParser.MAX_ERRORS).message());
    }
}
