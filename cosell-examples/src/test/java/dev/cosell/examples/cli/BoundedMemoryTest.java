package dev.cosell.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.json.SubmissionJson;
import dev.cosell.rules.reference.SubmissionGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report keeps the memory bound the other formats keep: 10,000 realistic offers go into one page in a
 * JVM of 32 MB, where holding every result (as the page once did) runs out of memory. A functional bound, not a
 * benchmark: the run either completes or fails with OutOfMemoryError.
 */
class BoundedMemoryTest {
    private static final int RECORDS = 10_000;
    private static final String HEAP = "-Xmx32m";

    @TempDir
    Path dir;

    @Test
    void givenManyOffers_whenWrittenAsHtmlInASmallHeap_thenThePageIsCompleteWithEveryOffer()
            throws IOException, InterruptedException {
        Path input = dir.resolve("many.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            Iterator<String> lines = SubmissionGenerator.realisticSubmissions(20, RECORDS).map(SubmissionJson::write)
                    .iterator();
            while (lines.hasNext()) {
                out.write(lines.next());
                out.write('\n');
            }
        }
        Path page = dir.resolve("report.html");
        Path log = dir.resolve("cosell.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, HEAP, "-XX:+ExitOnOutOfMemoryError",
                "-Djava.io.tmpdir=" + dir, "-cp", System.getProperty("java.class.path"),
                CosellCommand.class.getName(), "evaluate", "--format", "html", "--output", page.toString(),
                input.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();

        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the run ends");
        assertEquals(0, process.exitValue(), Files.readString(log));
        assertTrue(Files.readString(log).contains("wrote the html report of " + RECORDS + " records"));
        try (RandomAccessFile file = new RandomAccessFile(page.toFile(), "r")) {
            byte[] tail = new byte[16];
            file.seek(file.length() - tail.length);
            file.readFully(tail);
            assertTrue(new String(tail, StandardCharsets.UTF_8).endsWith("</html>\n"), "the page is complete");
        }
        long sections = 0;
        try (var lines = Files.lines(page, StandardCharsets.UTF_8)) {
            sections = lines.filter(l -> l.startsWith("<section class=\"offer\"")).count();
        }
        assertEquals(RECORDS, sections, "one section per offer");
        try (var left = Files.list(dir)) {
            assertEquals(List.of("cosell.log", "many.jsonl", "report.html"),
                    left.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file is left");
        }
    }
}
