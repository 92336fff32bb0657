package dev.cosell.examples.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a user gets it: the archive built by {@code package} is unpacked in a fresh folder and
 * {@code bin/cosell} is run from there, outside the build, on the samples it ships, in every format.
 * Runs after {@code package} (maven-failsafe-plugin), which passes the archives' paths.
 */
class DistributionIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    static Path unpacked;
    private static Path home;

    /** The output of one run of the launcher. */
    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void unpack() throws IOException, InterruptedException {
        String version = System.getProperty("cosell.version");
        Path archive = Path.of(System.getProperty("cosell.distribution"));
        assertTrue(Files.isRegularFile(archive), "the tar.gz distribution was built: " + archive);
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", unpacked.toString())
                .inheritIO().start();
        assertTrue(tar.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) && tar.exitValue() == 0, "tar unpacks it");
        home = unpacked.resolve("cosell-" + version);
        assertTrue(Files.isDirectory(home), "one top folder named after the version");
    }

    private static Run cosell(Path home, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/cosell").toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(unpacked, "out", ".txt");
        Path err = Files.createTempFile(unpacked, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        assertTrue(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "bin/cosell finishes: " + command);
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<String> samples() throws IOException {
        try (Stream<Path> files = Files.list(home.resolve("samples"))) {
            List<String> samples = new ArrayList<>(files.filter(f -> f.toString().endsWith(".json"))
                    .map(f -> home.relativize(f).toString()).sorted().toList());
            samples.add("samples/invalid/mixed-with-errors.json");
            return samples;
        }
    }

    @Test
    void givenTheArchive_thenItHoldsTheLaunchersTheJarsTheCompletionTheSamplesAndTheReadme() throws IOException {
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("bin/cosell"))));
        assertTrue(Files.readString(home.resolve("bin/cosell.bat")).contains("\r\n"), "Windows line ends");
        assertTrue(Files.readString(home.resolve("completion/cosell_completion")).contains("complete -F"));
        assertTrue(Files.isRegularFile(home.resolve("README.md")) && Files.isRegularFile(home.resolve("LICENSE")));
        try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
            List<String> names = jars.map(j -> j.getFileName().toString()).toList();
            assertTrue(names.stream().anyMatch(n -> n.startsWith("cosell-rules-")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.startsWith("commons-csv-")), names.toString());
            assertFalse(names.stream().anyMatch(n -> n.startsWith("junit")), "no test jar: " + names);
        }
    }

    @Test
    void givenTheUnpackedArchive_whenBinCosellEvaluatesTheSamplesInEveryFormat_thenEachReportIsComplete()
            throws IOException, InterruptedException {
        List<String> samples = samples();
        int records = 9;

        Run text = cosell(home, concat(List.of("evaluate"), samples));
        assertEquals(1, text.code(), text.err());
        assertTrue(text.out().contains(records + " records: 7 evaluated"), text.out());

        Run json = cosell(home, concat(List.of("evaluate", "--format", "json"), samples));
        assertEquals(1, json.code(), json.err());
        List<String> lines = json.out().lines().toList();
        assertEquals(records, lines.size());
        for (String line : lines) {
            assertTrue(JSON.readTree(line).has("status"), line);
        }

        Run csv = cosell(home, concat(List.of("evaluate", "--format", "csv", "--bom"), samples));
        assertEquals(1, csv.code(), csv.err());
        assertTrue(csv.out().startsWith("\uFEFFfile,record,"), "BOM and header");
        assertEquals(records, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.out().substring(1))).getRecords().size());

        Path page = unpacked.resolve("report.html");
        Run html = cosell(home, concat(List.of("evaluate", "--format", "html", "--lang", "ko", "--output",
                page.toString()), samples));
        assertEquals(1, html.code(), html.err());
        assertEquals("", html.out());
        assertTrue(html.err().contains("wrote the html report of " + records + " records"), html.err());
        String written = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(written.startsWith("<!DOCTYPE html>") && written.endsWith("</html>\n"));
        assertEquals(7, written.split("<section class=\"offer\"", -1).length - 1);
    }

    @Test
    void givenTheZip_whenUnpacked_thenItHoldsTheSameFilesAsTheTarball() throws IOException {
        Path zip = Path.of(System.getProperty("cosell.distributionZip"));
        List<String> inZip = new ArrayList<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
                if (!e.isDirectory()) {
                    inZip.add(e.getName());
                }
            }
        }
        List<String> inTar;
        try (Stream<Path> files = Files.walk(home)) {
            inTar = files.filter(Files::isRegularFile).map(f -> home.getParent().relativize(f).toString()).toList();
        }
        assertEquals(inTar.stream().sorted().toList(), inZip.stream().sorted().toList());
    }

    @Test
    void givenVersionAndALinkToTheLauncher_whenRun_thenTheVersionAndRuleSetShowAndUsageErrorsAreShort()
            throws IOException, InterruptedException {
        Path link = Files.createSymbolicLink(unpacked.resolve("cosell-link"), home.resolve("bin/cosell"));
        List<String> command = List.of(link.toString(), "--version");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS));

        assertEquals(0, process.exitValue(), out);
        assertTrue(out.startsWith("cosell " + System.getProperty("cosell.version") + "\n"), out);
        assertTrue(out.contains("program revisions 2020-05-19 to "), out);

        Run usage = cosell(home, "evaluate", "--format", "xml", "samples/services.json");
        assertEquals(2, usage.code());
        assertEquals(2, usage.err().lines().count(), usage.err());
    }

    private static String[] concat(List<String> first, List<String> then) {
        List<String> all = new ArrayList<>(first);
        all.addAll(then);
        return all.toArray(String[]::new);
    }
}
