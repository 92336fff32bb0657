package dev.cosell.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --format csv}: one row per record that a spreadsheet opens as it is, and never as a formula. */
class CsvReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final String[] TAILS = {"1+1", "HYPERLINK(\"http://x\",\"y\")", "cmd|' /C calc'!A0", "SUM(A1:A9)",
            "2", "a,b", "\"quoted\"", " x"};

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22, 23})
    void givenValuesThatLookLikeFormulas_whenWrittenAsCsv_thenEveryCellIsTextAndEveryRecordIsOneRow(long seed)
            throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> partnerIds = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            String partnerId = FORMULA_STARTS.charAt(random.nextInt(FORMULA_STARTS.length()))
                    + TAILS[random.nextInt(TAILS.length)];
            partnerIds.add(partnerId);
            ObjectNode doc = JSON.createObjectNode().put("asOf", "2020-07-01");
            doc.putObject("partner").put("id", partnerId).put("name", "P");
            doc.putObject("offer").put("id", i % 3 == 0 ? "-" + i : "offer-" + i).put("name", "O").put("type", "SAAS")
                    .put("listingState", i % 5 == 0 ? "NO_SUCH_STATE" : "LIVE");
            lines.add(JSON.writeValueAsString(doc));
        }
        Path input = Files.write(dir.resolve("formulas.jsonl"), lines, StandardCharsets.UTF_8);
        Path csv = dir.resolve("report.csv");

        Cli run = Cli.run("evaluate", "-f", "csv", "-o", csv.toString(), input.toString());

        assertEquals(ExitCodes.INVALID_RECORDS, run.exitCode(), run.err());
        List<CSVRecord> rows = READ.parse(new StringReader(Files.readString(csv))).getRecords();
        assertEquals(lines.size(), rows.size(), "one row per record");
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            assertEquals(CsvReport.COLUMNS.size(), row.size());
            assertEquals(Long.toString(i + 1), row.get("record"));
            // A record the reader cannot read (an unknown listing state) has no submission, so no ids.
            assertEquals(i % 5 == 0 ? "" : "'" + partnerIds.get(i).replace("\t", "\\u0009").replace("\r", "\\u000D"),
                    row.get("partner"), "the formula shows as text behind an apostrophe");
            assertEquals(i % 5 == 0, !row.get("problems").isEmpty(), row.toString());
            for (String cell : row.values()) {
                assertFalse(!cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0, "no cell starts "
                        + "a formula: " + cell);
            }
            assertEquals(i % 5 == 0 ? "REJECTED" : "NOT_READY", row.get("status"));
        }
    }

    @Test
    void givenTheSamples_whenWrittenAsCsv_thenTheCellsAreTheJsonReportsValues() throws IOException {
        String[] samples = {Cli.sample("services.json"), Cli.sample("co-sell-ready.json"),
                Cli.sample("incentivized-azure-ip.json"), Cli.sample("invalid/mixed-with-errors.json")};
        Cli csv = Cli.run(concat(new String[] {"evaluate", "-f", "csv"}, samples));
        Cli json = Cli.run(concat(new String[] {"evaluate", "-f", "json"}, samples));

        List<CSVRecord> rows = READ.parse(new StringReader(csv.out())).getRecords();
        List<String> lines = json.out().lines().toList();
        assertEquals(lines.size(), rows.size());
        assertTrue(csv.out().startsWith(String.join(",", CsvReport.COLUMNS) + "\r\n"), "the header, CRLF ended");
        for (int i = 0; i < rows.size(); i++) {
            JsonNode line = JSON.readTree(lines.get(i));
            CSVRecord row = rows.get(i);
            assertEquals(line.get("file").asText(), row.get("file"));
            assertEquals(line.get("record").asText(), row.get("record"));
            assertEquals(line.get("status").asText(), row.get("status"));
            assertEquals(line.path("offerId").asText(""), row.get("offer"));
            assertEquals(line.path("route").asText(""), row.get("route"));
            assertEquals(line.path("ruleSetRevision").asText(""), row.get("ruleSetRevision"));
            JsonNode next = line.path("nextSteps").path(0);
            assertEquals(next.isMissingNode() ? "" : next.get("requirement").asText() + " "
                    + next.get("message").asText() + " (" + next.get("where").asText() + ")", row.get("nextStep"));
            assertEquals(line.has("errors"), !row.get("problems").isEmpty());
        }
    }

    @Test
    void givenBom_whenWrittenAsCsv_thenTheFileStartsWithIt_andBomIsRefusedForOtherFormats() throws IOException {
        Path withBom = dir.resolve("excel.csv");

        Cli run = Cli.run("evaluate", "-f", "csv", "--bom", "-o", withBom.toString(), Cli.sample("services.json"));
        Cli plain = Cli.run("evaluate", "-f", "csv", Cli.sample("services.json"));
        Cli text = Cli.run("evaluate", "--bom", Cli.sample("services.json"));

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        byte[] bytes = Files.readAllBytes(withBom);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        assertEquals(plain.out(), new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertFalse(plain.out().startsWith("\uFEFF"));
        assertEquals(ExitCodes.USAGE, text.exitCode());
        assertTrue(text.err().contains("--bom is for --format csv only"), text.err());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
