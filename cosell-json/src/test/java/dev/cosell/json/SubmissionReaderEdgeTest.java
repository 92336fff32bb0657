package dev.cosell.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cosell.model.RevenueRecord;
import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionValidator;
import dev.cosell.model.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Classes of input at the reader's edges, each generated from a fixed seed: numbers of any exponent (R4.1
 * amounts, R4.2 share), digits of other scripts, padded numbers and dates with long years (what the schema
 * rejects, the reader rejects), {@code null} for absent values, JSON lines with a first line of any length, the
 * count of records left unread when malformed JSON stops a file, and inputs that are not regular files.
 */
class SubmissionReaderEdgeTest {
    private static final long SEED = 20261130L;

    private static final String OFFER = "{\"id\":\"x\",\"name\":\"X\",\"type\":\"SAAS\",\"listingState\":\"LIVE\","
            + "\"azureIpSharePercent\":SHARE}";

    /** A submission document whose first revenue amount, billed amount and IP share are the given JSON values. */
    static String doc(String acr, String share) {
        return "{\"asOf\":\"2020-07-01\",\"partner\":{\"id\":\"p\",\"name\":\"P\",\"revenue\":[{\"solution\":\"A\","
                + "\"month\":\"2020-03\",\"acrUsd\":" + acr + ",\"billedUsd\":\"0\"}]},\"offer\":"
                + OFFER.replace("SHARE", share) + "}";
    }

    static List<SubmissionRecord> read(String name, String content) {
        return SubmissionReaderTest.read(name, content);
    }

    // --- numbers of any exponent --------------------------------------------------------------------------

    /** Decimal texts with exponents up to the limits of an int and beyond, as strings and as JSON numbers. */
    static Stream<String> extremeNumbers() {
        SplittableRandom random = new SplittableRandom(SEED);
        long[] exponents = {Integer.MAX_VALUE, Integer.MIN_VALUE + 1L, Integer.MAX_VALUE - 1L, 1_000_000_000L,
            -1_000_000_000L, 2_147_483_648L, 99_999_999_999L, 16, 15, 14, -11, -10};
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String mantissa = random.nextBoolean() ? "1" : random.nextInt(1, 1_000_000) + "."
                    + random.nextInt(0, 1000);
            long exponent = random.nextBoolean() ? exponents[random.nextInt(exponents.length)]
                    : random.nextLong(-3_000_000_000L, 3_000_000_000L);
            String text = (random.nextInt(4) == 0 ? "-" : "") + mantissa + (random.nextBoolean() ? "E" : "e")
                    + (exponent >= 0 && random.nextBoolean() ? "+" : "") + exponent;
            texts.add(random.nextBoolean() ? "\"" + text + "\"" : text);
        }
        return texts.stream();
    }

    @ParameterizedTest
    @MethodSource("extremeNumbers")
    void givenANumberOfAnyExponent_whenRead_thenItIsReadExactlyWithinTheLimitsOrNamedAsAnError(String json) {
        for (SubmissionRecord record : List.of(read("n.json", doc(json, "\"0\"")).get(0),
                read("n.json", doc("\"0\"", json)).get(0))) {
            String text = json.replace("\"", "");
            BigDecimal value = parses(text) ? new BigDecimal(text) : null;
            boolean within = value != null && (long) value.precision() - value.scale() <= 15 && value.scale() <= 10;

            assertEquals(within, record.isRead(), json + ": " + record.errors());
            if (within) {
                Submission s = record.submission().orElseThrow();
                assertTrue(value.equals(s.partner().revenue().get(0).acrUsd())
                        || value.equals(s.offer().azureIpSharePercent()), json);
            } else {
                String message = record.errors().get(0).message();
                assertTrue(message.contains("too large") || message.contains("too many decimals")
                        || message.contains("is not a decimal number"), message);
                assertTrue(message.length() < 200, message);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("extremeNumbers")
    void givenASubmissionWithANumberOfAnyExponent_whenWrittenAndReadBack_thenItIsTheSameValueOrNamedAsAnError(
            String json) {
        String text = json.replace("\"", "");
        if (!parses(text)) {
            return;
        }
        BigDecimal value = new BigDecimal(text);
        Submission original = read("n.json", doc("\"0\"", "\"0\"")).get(0).submission().orElseThrow();
        Submission extreme = new Submission(original.partner().toBuilder()
                .revenue(new RevenueRecord("B", YearMonth.of(2020, 4), value, value)).build(),
                original.offer().toBuilder().azureIpSharePercent(value).build(), original.asOf());

        String written = SubmissionJson.write(extreme);
        SubmissionRecord back = read("back.json", written).get(0);

        assertTrue(written.length() < 2_000, written);
        boolean within = (long) value.precision() - value.scale() <= 15 && value.scale() <= 10;
        assertEquals(within, back.isRead(), written + ": " + back.errors());
        back.submission().ifPresent(s -> assertEquals(extreme, s));
    }

    private static boolean parses(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    // --- what the schema rejects ------------------------------------------------------------------------

    /** The zero digit of scripts other than ASCII: BigDecimal and some parsers take their digits. */
    private static final int[] ZEROS = {0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0BE6, 0x0E50,
        0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810, 0xFF10, 0x1D7CE, 0x1D7D8, 0x104A0};

    /** Valid values with one ASCII digit replaced by the same digit of another script. */
    static Stream<Arguments> foreignDigits() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        String[][] fields = {{"acrUsd", "60000.00"}, {"azureIpSharePercent", "80"}, {"asOf", "2020-07-01"},
            {"month", "2020-03"}};
        return IntStream.range(0, 150).mapToObj(i -> {
            String[] field = fields[i % fields.length];
            String value = field[1];
            int at;
            do {
                at = random.nextInt(value.length());
            } while (!Character.isDigit(value.charAt(at)));
            String foreign = value.substring(0, at)
                    + Character.toString(ZEROS[random.nextInt(ZEROS.length)] + (value.charAt(at) - '0'))
                    + value.substring(at + 1);
            return Arguments.of(field[0], field[1], foreign);
        });
    }

    /** Valid values with white space around them, or years written with more than four digits. */
    static Stream<Arguments> paddedOrLong() {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        String[] spaces = {" ", "\\t", "\\n", "\\r", "\u00a0", "\u2003", "  ", "\u3000"};
        String[][] fields = {{"acrUsd", "60000.00"}, {"azureIpSharePercent", "80"}, {"asOf", "2020-07-01"},
            {"month", "2020-03"}};
        return IntStream.range(0, 150).mapToObj(i -> {
            String[] field = fields[i % fields.length];
            String padded;
            if (field[0].equals("asOf") || field[0].equals("month")) {
                if (random.nextBoolean()) {
                    String year = (random.nextBoolean() ? "+" : "") + random.nextInt(10_000, 1_000_000_000);
                    return Arguments.of(field[0], field[1], year + field[1].substring(4));
                }
            }
            String space = spaces[random.nextInt(spaces.length)];
            padded = switch (random.nextInt(3)) {
                case 0 -> space + field[1];
                case 1 -> field[1] + space;
                default -> space + field[1] + space;
            };
            return Arguments.of(field[0], field[1], padded);
        });
    }

    @ParameterizedTest
    @MethodSource({"foreignDigits", "paddedOrLong"})
    void givenAValueTheSchemaRejects_whenRead_thenTheReaderRejectsItNamingTheField(String name, String good,
                                                                                 String bad) {
        String[] field = {name, good, bad};
        String valid = doc("\"60000.00\"", "\"80\"");
        String original = "\"" + field[0] + "\":\"" + field[1] + "\"";
        assertTrue(valid.contains(original), original);
        String content = valid.replace(original, "\"" + field[0] + "\":\"" + field[2] + "\"");

        SubmissionRecord record = read("schema.json", content).get(0);

        assertFalse(record.isRead(), field[2]);
        assertEquals(1, record.errors().size(), record.errors().toString());
        assertTrue(record.errors().get(0).path().endsWith(field[0]), record.errors().toString());
        assertTrue(read("schema.json", valid).get(0).isRead());
    }

    // --- null means absent --------------------------------------------------------------------------------

    /** Every optional field of the format, as a JSON fragment to insert into an object and the object's path. */
    private static final String[][] OPTIONAL = {{"partner", "\"businessProfileComplete\""},
        {"partner", "\"competencies\""}, {"partner", "\"isvConnectEnrollments\""}, {"partner", "\"revenue\""},
        {"offer", "\"transactable\""}, {"offer", "\"availableToCspResellers\""}, {"offer", "\"azureIpSharePercent\""},
        {"offer", "\"coSellCountries\""}, {"offer", "\"contacts\""}, {"offer", "\"collateral\""},
        {"collateral", "\"onePager\""}, {"collateral", "\"presentationDeck\""}, {"collateral", "\"landingPageUrl\""},
        {"collateral", "\"socialMediaUrl\""}, {"collateral", "\"otherDocuments\""}, {"contact", "\"role\""},
        {"contact", "\"countries\""}};

    static Stream<Arguments> optionalFields() {
        return Stream.of(OPTIONAL).map(f -> Arguments.of(f[0], f[1]));
    }

    @ParameterizedTest
    @MethodSource("optionalFields")
    void givenNullForAnOptionalField_whenRead_thenItIsReadAsAbsent(String object, String name) {
        String[] field = {object, name};
        boolean offerList = field[0].equals("offer") && (field[1].equals("\"contacts\"")
                || field[1].equals("\"collateral\""));
        String template = "{\"asOf\":\"2020-07-01\",\"partner\":{\"id\":\"p\",\"name\":\"P\"PARTNER},"
                + "\"offer\":{\"id\":\"x\",\"name\":\"X\",\"type\":\"SAAS\",\"listingState\":\"LIVE\""
                + (offerList ? "" : ",\"contacts\":[{\"name\":\"J\",\"email\":\"j@c.com\"CONTACT}],"
                        + "\"collateral\":{COLLATERAL}")
                + "OFFER}}";
        String placeholder = field[0].toUpperCase(java.util.Locale.ROOT);
        String withNull = template.replace(placeholder, (placeholder.equals("COLLATERAL") ? "" : ",")
                + field[1] + ":null").replaceAll("PARTNER|OFFER|CONTACT|COLLATERAL", "");
        String expectedDoc = template.replaceAll("PARTNER|OFFER|CONTACT|COLLATERAL", "");

        SubmissionRecord record = read("null.json", withNull).get(0);

        assertTrue(record.isRead(), withNull + ": " + record.errors());
        Submission absent = read("absent.json", expectedDoc).get(0).submission().orElseThrow();
        assertEquals(absent, record.submission().orElseThrow(), withNull);
    }

    /** Lists and objects of a submission with {@code null} in place of one element or object. */
    static Stream<String> nullElements() {
        String[] fragments = {
            "\"competencies\":[null]", "\"competencies\":[{\"area\":\"A\",\"level\":\"GOLD\",\"startDate\":"
                + "\"2020-01-01\",\"endDate\":\"2020-12-31\"},null]", "\"isvConnectEnrollments\":[null]",
            "\"revenue\":[null]", "\"revenue\":[{\"solution\":\"A\",\"month\":\"2020-03\",\"acrUsd\":1,"
                + "\"billedUsd\":0},null,null]"};
        String[] offerFragments = {"\"contacts\":[null,{\"name\":\"J\",\"email\":\"not-an-email\"}]",
            "\"coSellCountries\":[\"US\",null]", "\"collateral\":{\"otherDocuments\":[null]}"};
        List<String> docs = new ArrayList<>();
        for (String partner : fragments) {
            docs.add("{\"asOf\":\"2020-07-01\",\"partner\":{\"id\":\"p\",\"name\":\" \"," + partner + "},"
                    + "\"offer\":{\"id\":\"x\",\"name\":\"X\",\"listingState\":\"LIVE\",\"contacts\":[{\"name\":\"J\","
                    + "\"email\":\"j at c.com\"}]}}");
        }
        for (String offer : offerFragments) {
            docs.add("{\"asOf\":\"2020-07-01\",\"partner\":{\"id\":\"p\",\"name\":\" \"},"
                    + "\"offer\":{\"id\":\"x\",\"name\":\"X\",\"listingState\":\"LIVE\"," + offer + "}}");
        }
        docs.add("{\"asOf\":\"2020-07-01\",\"partner\":null,\"offer\":{\"id\":\"x\",\"name\":\"X\","
                + "\"listingState\":\"LIVE\"}}");
        docs.add("{\"asOf\":\"2020-07-01\",\"partner\":{\"id\":\"p\",\"name\":\" \"},\"offer\":null}");
        return docs.stream();
    }

    @ParameterizedTest
    @MethodSource("nullElements")
    void givenANullElementOrObject_whenReadAndValidated_thenItIsMissingAndTheOtherProblemsAreNamedToo(String doc) {
        SubmissionRecord record = read("holes.json", doc).get(0);

        assertTrue(record.isRead(), doc + ": " + record.errors());
        List<String> violations = SubmissionValidator.validate(record.submission().orElseThrow()).stream()
                .map(Violation::toString).toList();
        assertTrue(violations.stream().anyMatch(v -> v.endsWith(": is missing")), violations.toString());
        // every record here has a second problem besides the hole: a blank name or a missing offer type
        assertTrue(violations.stream().anyMatch(v -> v.equals("partner.name: is blank")
                || v.equals("offer.type: is missing")), violations.toString());
        assertTrue(violations.size() >= 2, violations.toString());
    }

    // --- JSON lines, whatever the length of the first line ---------------------------------------------------

    static Stream<Integer> firstLineLengths() {
        SplittableRandom random = new SplittableRandom(SEED + 3);
        List<Integer> lengths = new ArrayList<>(List.of(64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1,
                SubmissionReader.MAX_LINE_BYTES - 1));
        for (int i = 0; i < 4; i++) {
            lengths.add(random.nextInt(64 * 1024, SubmissionReader.MAX_LINE_BYTES));
        }
        return lengths.stream();
    }

    @ParameterizedTest
    @MethodSource("firstLineLengths")
    void givenJsonLinesWithAFirstLineOfAnyLength_whenRead_thenEachLineIsItsOwnRecord(int length) {
        String first = doc("\"1.00\"", "\"80\"");
        first = first.substring(0, 1) + " ".repeat(Math.max(0, length - first.length())) + first.substring(1);
        String content = first + "\n{\"asOf\": \"2020-07-01\",,}\n" + doc("\"2.00\"", "\"80\"") + "\n";

        List<SubmissionRecord> records = read("lines.txt", content);

        assertEquals(3, records.size(), "first line of " + first.length() + " bytes");
        assertTrue(records.get(0).isRead());
        assertEquals(2, records.get(1).line());
        assertEquals(new BigDecimal("2.00"),
                records.get(2).submission().orElseThrow().partner().revenue().get(0).acrUsd());
    }

    // --- a stop says what it left unread -------------------------------------------------------------------

    /** Malformations that lie outside strings: the brackets after them count the records exactly. */
    private static final String[][] BREAKS = {{"\"asOf\":", "\"asOf\" "}, {"\"partner\":{", "\"partner\":{,"},
        {"\"LIVE\"", "LIVE"}, {"\"revenue\":[", "\"revenue\":[}"}, {"\"id\":\"x\"", "\"id\":\"x\" \"y\""},
        {"\"billedUsd\":\"0\"", "\"billedUsd\":tru"}};

    static Stream<int[]> stops() {
        SplittableRandom random = new SplittableRandom(SEED + 4);
        return IntStream.range(0, 60).mapToObj(i -> {
            int count = random.nextInt(1, 40);
            return new int[] {count, random.nextInt(count), random.nextInt(BREAKS.length), random.nextInt(3)};
        });
    }

    @ParameterizedTest
    @MethodSource("stops")
    void givenMalformedJson_whenTheReaderStops_thenItSaysHowManyRecordsFollowUnread(int[] c) {
        int count = c[0];
        int broken = c[1];
        String[] brk = BREAKS[c[2]];
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String d = doc("\"" + i + ".00\"", "\"80\"");
            docs.add(i == broken ? d.replace(brk[0], brk[1]) : d);
        }
        String content = switch (c[3]) {
            case 0 -> "[\n" + String.join(",\n", docs) + "\n]";
            case 1 -> String.join("\n\n", docs); // documents one after the other
            default -> "[" + String.join(",", docs) + "]";
        };

        List<SubmissionRecord> records = read("stop.json", content);

        if (c[3] == 1 && broken > 0) {
            // documents one per line are JSON lines: the broken one spoils only itself
            assertEquals(count, records.size());
            assertFalse(records.get(broken).isRead());
            return;
        }
        SubmissionRecord last = records.get(records.size() - 1);
        assertFalse(last.isRead());
        String message = last.errors().get(last.errors().size() - 1).message();
        int unread = count - broken - 1;
        assertEquals(broken + 1, records.size(), message);
        assertTrue(message.contains("reading stop.json stopped here, " + (unread == 0 ? "no record follows it"
                : unread + (unread == 1 ? " more record after it" : " more records after it"))), message);
    }

    @Test
    void givenAByteOrderMark_whenRead_thenDocumentsArraysAndJsonLinesReadAsWithout() {
        String doc = doc("\"1.00\"", "\"80\"");
        for (String content : List.of(doc, "[\n" + doc + "\n]", doc + "\n" + doc + "\n", "{\n\"asOf\" 1}")) {
            List<SubmissionRecord> with = read("bom.json", "\ufeff" + content);
            List<SubmissionRecord> without = read("bom.json", content);

            assertEquals(without, with, content);
        }
    }

    // --- inputs that are not regular files --------------------------------------------------------------

    @Test
    void givenAFifo_whenRead_thenItIsReadAsAStream(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("submissions.fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
        String content = IntStream.range(0, 500).mapToObj(i -> doc("\"" + i + ".00\"", "\"80\""))
                .collect(Collectors.joining(",\n", "[\n", "\n]"));
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(content.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        List<SubmissionRecord> records;
        try (Stream<SubmissionRecord> stream = new SubmissionReader().read(fifo)) {
            records = stream.toList();
        }
        writer.get();

        assertEquals(500, records.size());
        assertTrue(records.stream().allMatch(SubmissionRecord::isRead), records.get(0).errors().toString());
    }

    @Test
    void givenAnEmptyInput_whenRead_thenThereIsNoRecordAndNoError() {
        for (String empty : List.of("", " \n\n", "[]", "[ ]\n", "\r\n[\r\n]\r\n", "\ufeff", "\ufeff[]\n")) {
            assertEquals(List.of(), read("empty.json", empty), "\"" + empty + "\"");
        }
        assertEquals(List.of(), new SubmissionReader().read(new ByteArrayInputStream(new byte[0]), "-")
                .toList());
    }
}
