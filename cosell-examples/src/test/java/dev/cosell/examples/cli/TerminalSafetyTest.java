package dev.cosell.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cosell.examples.report.SafeText;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ids, names and e-mail addresses full of control characters (ESC, BEL, NUL, line breaks, C1) and
 * bidirectional formatting characters (overrides, embeddings, isolates, marks) never reach a report raw: the
 * text report is safe in a terminal, each record keeps its own lines, and no report (text, JSON lines, CSV,
 * HTML) holds a character that would reorder the text around it. The JSON report still gives back every value
 * exactly.
 */
class TerminalSafetyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNSAFE = buildUnsafe();
    private static final String[] SAFE = {"a", "Z", "7", "-", " ", ".", "@", "مرحبا", "שלום", "공동", "é", "\\", "\""};
    private static final int RECORDS = 150;

    @TempDir
    Path dir;

    private static String buildUnsafe() {
        StringBuilder b = new StringBuilder();
        for (char c = 0; c < 0xA0; c++) {
            if (c < 0x20 || c >= 0x7F) {
                b.append(c);
            }
        }
        return b.append("\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u2028\u2029")
                .toString();
    }

    /** A value with several unsafe characters among ordinary, right-to-left and Korean text. */
    private static String hostile(SplittableRandom random) {
        StringBuilder b = new StringBuilder();
        int length = random.nextInt(2, 12);
        for (int i = 0; i < length; i++) {
            b.append(random.nextInt(3) == 0 ? String.valueOf(UNSAFE.charAt(random.nextInt(UNSAFE.length())))
                    : SAFE[random.nextInt(SAFE.length)]);
        }
        b.append(UNSAFE.charAt(random.nextInt(UNSAFE.length())));
        return b.toString();
    }

    private List<String> write(Path file, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> offerIds = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            ObjectNode doc = JSON.createObjectNode().put("asOf", "2020-07-01");
            // Half of the records keep plain ids, so that they are evaluated and their names reach the reports.
            boolean plainIds = i % 2 == 0;
            String offerId = plainIds ? "offer-" + i : hostile(random);
            offerIds.add(offerId);
            doc.putObject("partner").put("id", plainIds ? "partner-" + i : hostile(random))
                    .put("name", hostile(random)).put("businessProfileComplete", true);
            ObjectNode offer = doc.putObject("offer").put("id", offerId).put("name", hostile(random))
                    .put("type", "SAAS").put("listingState", "LIVE");
            offer.putArray("coSellCountries").add("US");
            ObjectNode contact = offer.putArray("contacts").addObject().put("name", hostile(random))
                    .put("email", random.nextBoolean() ? "kim@contoso.com" : hostile(random)).put("role", "Sales");
            contact.putArray("countries").add("US");
            lines.add(JSON.writeValueAsString(doc));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        return offerIds;
    }

    private String run(String format, Path input) throws IOException {
        Path out = dir.resolve("report." + format);
        Cli run = Cli.run("evaluate", "-f", format, "-o", out.toString(), input.toString());
        assertTrue(run.exitCode() == ExitCodes.OK || run.exitCode() == ExitCodes.INVALID_RECORDS, run.err());
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void givenHostileCharactersInTheData_whenReported_thenNoReportHoldsThemRaw(long seed) throws IOException {
        Path input = dir.resolve("hostile.jsonl");
        List<String> offerIds = write(input, seed);

        String text = run("text", input);
        assertNoUnsafe("text", text, "\n");
        // Each record names its place once, on a line of the report's own: no value started a line of its own.
        List<String> origins = text.lines().filter(l -> l.matches(".*\\(record \\d+\\)(: .*)?")).toList();
        assertEquals(RECORDS, origins.size(), "one origin line per record");
        assertTrue(text.endsWith(" rejected\n"), "the totals end the report");

        String json = run("json", input);
        assertNoUnsafe("JSON", json, "\n");
        List<String> lines = json.lines().toList();
        assertEquals(RECORDS, lines.size());
        for (int i = 0; i < RECORDS; i++) {
            JsonNode line = JSON.readTree(lines.get(i));
            if (line.has("offerId")) {
                assertEquals(offerIds.get(i), line.get("offerId").asText(), "JSON gives back the exact id");
            }
        }

        String csv = run("csv", input);
        assertNoUnsafe("CSV", csv.replace("\r\n", ""), "");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(RECORDS, rows.size(), "one row per record");

        String html = run("html", input);
        assertNoUnsafe("HTML", html, "\n\t\r");
    }

    private static void assertNoUnsafe(String report, String text, String allowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SafeText.isUnsafe(c) && allowed.indexOf(c) < 0) {
                fail(String.format("the %s report holds U+%04X raw near: %s", report, (int) c,
                        SafeText.visible(text.substring(Math.max(0, i - 40), Math.min(text.length(), i + 40)))));
            }
        }
    }
}
