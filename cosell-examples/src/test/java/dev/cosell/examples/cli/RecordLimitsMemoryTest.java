package dev.cosell.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cosell.json.SubmissionJson;
import dev.cosell.json.SubmissionReader;
import dev.cosell.model.Submission;
import dev.cosell.rules.reference.SubmissionGenerator;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's limits per record and {@code evaluateAll}'s bound per batch keep {@code cosell evaluate} within a
 * heap of 64 MB whatever the input: a 150 MB array of records just under and just over the limit of a record,
 * a single 150 MB record (huge lists, huge texts) followed by a small one, and JSON lines of 8 MiB among lines
 * just under the limit. Each run ends with exit code 1 (the oversized records are rejected, each named with its
 * number and the limit) and the JSON report accounts for every record in order; without the limits each of
 * these runs out of memory. A functional bound, not a benchmark: the run either completes or fails with
 * OutOfMemoryError. The inputs are written streaming, never held.
 */
class RecordLimitsMemoryTest {
    private static final String HEAP = "-Xmx64m";
    private static final long TARGET = 150L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** A small realistic record, on one line. */
    private static String small(long seed) {
        return SubmissionJson.write(SubmissionGenerator.realisticSubmissions(seed, 1).findFirst().orElseThrow());
    }

    /**
     * Writes {@code record} with {@code count} items written by {@code item} added at the start of its list
     * {@code list}, streaming: the record is never held whole.
     */
    private static void withItems(Writer out, String record, String list, long count, ItemWriter item)
            throws IOException {
        String key = "\"" + list + "\":[";
        int at = record.indexOf(key) + key.length();
        assertTrue(at > key.length(), list + " in " + record);
        out.write(record, 0, at);
        for (long i = 0; i < count; i++) {
            if (i > 0) {
                out.write(',');
            }
            item.write(out, i);
        }
        if (record.charAt(at) != ']') {
            out.write(',');
        }
        out.write(record, at, record.length() - at);
    }

    @FunctionalInterface
    private interface ItemWriter {
        void write(Writer out, long index) throws IOException;
    }

    /**
     * A record of about {@code bytes} bytes, never more than 100,000 fewer: long other documents of 99,000
     * characters each. Returns the bytes written.
     */
    private static long sized(Writer out, String record, long bytes) throws IOException {
        String document = "\"" + "d".repeat(99_000) + "\"";
        long count = Math.max(1, (bytes - record.length()) / (document.length() + 1));
        withItems(out, record, "otherDocuments", count, (w, i) -> w.write(document));
        return record.length() + count * (document.length() + 1);
    }

    /** Runs {@code cosell evaluate --format json} in a small heap; the lines of the JSON report. */
    private List<JsonNode> evaluate(Path input, int expectedExit) throws IOException, InterruptedException {
        Path report = dir.resolve("report.jsonl");
        Path log = dir.resolve("cosell.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, HEAP, "-XX:+ExitOnOutOfMemoryError",
                "-Djava.io.tmpdir=" + dir, "-cp", System.getProperty("java.class.path"),
                CosellCommand.class.getName(), "evaluate", "--format", "json", "--output", report.toString(),
                input.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the run ends");
        String logText = Files.readString(log);
        assertEquals(expectedExit, process.exitValue(), logText);
        List<JsonNode> lines = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(report, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    /** Every record accounted for in order; the rejected ones exactly the oversized, named with the limit. */
    private static void assertAccounted(List<JsonNode> report, List<Boolean> oversized) {
        assertEquals(oversized.size(), report.size(), "one line per record");
        for (int i = 0; i < report.size(); i++) {
            JsonNode line = report.get(i);
            assertEquals(i + 1, line.get("record").asInt());
            if (oversized.get(i)) {
                assertEquals("REJECTED", line.get("status").asText(), "record " + (i + 1));
                String message = line.get("errors").get(0).get("message").asText();
                assertTrue(message.startsWith("input beyond the reader's limits: record " + (i + 1) + " "), message);
                assertTrue(message.endsWith("the reader's limit per record; it is skipped"), message);
            } else {
                assertTrue(line.has("standing"), "record " + (i + 1) + " is evaluated: " + line);
            }
        }
    }

    @Test
    void givenA150MbArrayOfRecordsAtAndOverTheLimit_whenEvaluatedInASmallHeap_thenEveryRecordIsAccountedFor()
            throws IOException, InterruptedException {
        Path input = dir.resolve("big.json");
        SplittableRandom random = new SplittableRandom(20261130L);
        List<Boolean> oversized = new ArrayList<>();
        try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            out.write('[');
            long written = 0;
            while (written < TARGET) {
                if (!oversized.isEmpty()) {
                    out.write(",\n");
                }
                String record = small(oversized.size());
                int kind = random.nextInt(3);
                if (kind == 2) {
                    out.write(record);
                    written += record.length();
                } else {
                    // just under or just over the limit of a record
                    long bytes = kind == 0 ? SubmissionReader.MAX_RECORD_BYTES - 110_000
                            : SubmissionReader.MAX_RECORD_BYTES + 110_000 + random.nextInt(400_000);
                    written += sized(out, record, bytes);
                }
                oversized.add(kind == 1);
            }
            out.write(']');
        }
        assertTrue(Files.size(input) >= TARGET);

        assertAccounted(evaluate(input, 1), oversized);
    }

    @Test
    void givenOne150MbRecordOfHugeListsOrTexts_whenEvaluatedInASmallHeap_thenItIsRejectedAndTheNextEvaluated()
            throws IOException, InterruptedException {
        String row = "{\"solution\":\"S\",\"month\":\"2020-03\",\"acrUsd\":\"1.00\",\"billedUsd\":\"0\"}";
        String document = "\"" + "d".repeat(SubmissionReader.MAX_STRING_LENGTH) + "\"";
        for (String list : List.of("revenue", "otherDocuments")) {
            Path input = dir.resolve(list + ".json");
            try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
                out.write('[');
                if (list.equals("revenue")) {
                    withItems(out, small(1), list, TARGET / (row.length() + 1), (w, i) -> w.write(row));
                } else {
                    withItems(out, small(1), list, TARGET / (document.length() + 1), (w, i) -> w.write(document));
                }
                out.write(",\n" + small(2) + "]");
            }
            assertTrue(Files.size(input) >= TARGET - 1024 * 1024, list);

            assertAccounted(evaluate(input, 1), List.of(true, false));
        }
    }

    @Test
    void givenManyLinesOf8MiB_whenEvaluatedInASmallHeap_thenEveryLineIsAccountedFor()
            throws IOException, InterruptedException {
        Path input = dir.resolve("lines.jsonl");
        List<Boolean> oversized = new ArrayList<>();
        try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 12; i++) {
                sized(out, small(i), 8L * 1024 * 1024);
                out.write('\n');
                oversized.add(true);
                sized(out, small(100 + i), SubmissionReader.MAX_RECORD_BYTES - 110_000);
                out.write('\n');
                oversized.add(false);
                out.write(small(200 + i) + "\n");
                oversized.add(false);
            }
        }

        assertAccounted(evaluate(input, 1), oversized);
    }

    /** The records just under the limit are valid submissions: the bound costs no valid record. */
    @Test
    void givenARecordJustUnderTheLimit_whenRead_thenItIsAValidSubmission() throws IOException {
        Path input = dir.resolve("one.json");
        try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            sized(out, small(7), SubmissionReader.MAX_RECORD_BYTES - 110_000);
        }
        try (var records = new SubmissionReader().read(input)) {
            Submission submission = records.findFirst().orElseThrow().submission().orElseThrow();
            assertTrue(dev.cosell.model.SubmissionValidator.validate(submission).isEmpty());
        }
    }
}
