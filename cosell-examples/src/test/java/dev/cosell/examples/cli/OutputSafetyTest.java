package dev.cosell.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A user's file is sacred: a report never overwrites one of its inputs, by whatever name (relative, absolute,
 * through folders, symbolic and hard links); a run that fails leaves the output file as it was, with no
 * temporary file behind; and every write error, standard output's too, ends the run with exit 2 and a message.
 */
class OutputSafetyTest {
    /**
     * Every command that writes a report of submissions, in each of its formats: the command line up to the
     * files. compare and timeline write through the same output as evaluate and must keep the same promises.
     */
    private static final List<List<String>> COMMANDS = List.of(
            List.of("evaluate", "-f", "text"), List.of("evaluate", "-f", "json"), List.of("evaluate", "-f", "html"),
            List.of("evaluate", "-f", "csv"),
            List.of("compare", "--from", "2020-05-19", "--to", "2020-09-02", "-f", "text"),
            List.of("compare", "--from", "2020-05-19", "--to", "2020-09-02", "-f", "json"),
            List.of("timeline", "-f", "text"), List.of("timeline", "-f", "json"), List.of("timeline", "-f", "html"));

    @TempDir
    Path dir;

    /** The ways to name the input again as the output, each built from the input and the temporary folder. */
    private static final List<BiFunction<Path, Path, Path>> SAME_FILE = List.of(
            (input, dir) -> input,
            (input, dir) -> input.toAbsolutePath(),
            (input, dir) -> dir.resolve(".").resolve(input.getFileName()),
            (input, dir) -> dir.resolve("sub").resolve("..").resolve(input.getFileName()),
            (input, dir) -> link(dir.resolve("link-" + input.getFileName()), input),
            (input, dir) -> link(dir.resolve("link-to-link"), link(dir.resolve("link2-" + input.getFileName()),
                    input)),
            (input, dir) -> hardLink(dir.resolve("hard-" + input.getFileName()), input),
            (input, dir) -> link(dir.resolve("folder-link"), dir).resolve(input.getFileName()));

    static Stream<Arguments> outputsThatAreInputs() {
        SplittableRandom random = new SplittableRandom(11);
        List<Arguments> cases = new ArrayList<>();
        for (int way = 0; way < SAME_FILE.size(); way++) {
            for (List<String> command : COMMANDS) {
                // The input among others, at a random place of the command line.
                cases.add(Arguments.of(way, command, random.nextInt(3)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "way {0}, {1}, input at {2}")
    @MethodSource("outputsThatAreInputs")
    void givenAnOutputThatIsAnInputByAnyName_whenRun_thenItIsRefusedAndTheInputIsUntouched(int way,
            List<String> command, int place) throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Path input = Files.copy(Path.of(Cli.sample("services.json")), dir.resolve("input.json"));
        byte[] before = Files.readAllBytes(input);
        Path output = SAME_FILE.get(way).apply(input, dir);
        List<String> files = new ArrayList<>(List.of(Cli.sample("co-sell-ready.json"),
                Cli.sample("not-ready-unpublished.json")));
        files.add(place, input.toString());
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("-o", output.toString()));
        args.addAll(files);

        Cli run = Cli.run(args.toArray(String[]::new));

        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("cannot write " + output + ": it is the input file " + input), run.err());
        assertArrayEquals(before, Files.readAllBytes(input), "the input is unchanged");
        assertEquals("", run.out());
    }

    @Test
    void givenAnExistingReport_whenTheRunFailsMidway_thenTheReportIsAsItWasAndNoTemporaryFileIsLeft()
            throws IOException {
        // Reading /proc/self/mem from its start fails with an I/O error after the earlier files were reported.
        Path failing = Path.of("/proc/self/mem");
        assumeTrue(Files.isReadable(failing), "a file whose reading fails: Linux only");
        SplittableRandom random = new SplittableRandom(7);
        for (List<String> command : COMMANDS) {
            String format = String.join("-", command);
            Path report = dir.resolve("report-" + format);
            byte[] before = new byte[1 + random.nextInt(5000)];
            random.nextBytes(before);
            Files.write(report, before);
            Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));

            List<String> args = new ArrayList<>(command);
            args.addAll(List.of("-o", report.toString(), Cli.sample("services.json"), failing.toString(),
                    Cli.sample("co-sell-ready.json")));
            Cli run = Cli.run(args.toArray(String[]::new));

            assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
            assertTrue(run.err().contains("cannot read " + failing) && run.err().contains("was left as it was"),
                    run.err());
            assertArrayEquals(before, Files.readAllBytes(report), format + ": the old report is intact");
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(COMMANDS.indexOf(command) + 1, files.count(), "no temporary file is left");
            }
        }
    }

    @Test
    void givenAnExistingReport_whenReplaced_thenItKeepsItsPermissionsAndARunSaysWhatItWrote() throws IOException {
        Path report = Files.writeString(dir.resolve("report.csv"), "old");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-rw----"));
        Path fresh = dir.resolve("fresh.csv");

        Cli replaced = Cli.run("evaluate", "-f", "csv", "-o", report.toString(), Cli.sample("services.json"));
        Cli created = Cli.run("evaluate", "-f", "csv", "-o", fresh.toString(), Cli.sample("services.json"));

        assertEquals(ExitCodes.OK, replaced.exitCode(), replaced.err());
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
        assertEquals(Files.readString(report), Files.readString(fresh));
        assertEquals("cosell: wrote the csv report of 2 records (2 evaluated, 0 rejected) to " + fresh + "\n",
                created.err());
    }

    static Stream<Arguments> writeFailures() {
        SplittableRandom random = new SplittableRandom(9);
        List<Arguments> cases = new ArrayList<>();
        for (List<String> command : COMMANDS) {
            for (int i = 0; i < 6; i++) {
                // Fails after a share of the report: at its first character, within a record, near the end.
                cases.add(Arguments.of(command, i == 0 ? 0.0 : random.nextDouble()));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, fails after {1} of the report")
    @MethodSource("writeFailures")
    void givenStandardOutputThatFails_whenRun_thenExitIs2WithAMessage(List<String> command, double share) {
        List<String> line = new ArrayList<>(command);
        line.addAll(List.of(Cli.sample("services.json"), Cli.sample("incentivized-azure-ip.json"),
                Cli.sample("invalid/mixed-with-errors.json")));
        String[] args = line.toArray(String[]::new);
        int length = Cli.run(args).out().length();
        StringWriter err = new StringWriter();
        PrintWriter out = new PrintWriter(new FailingWriter((int) (share * length)));

        int code = CosellCommand.execute(out, new PrintWriter(err), args);

        assertEquals(ExitCodes.USAGE, code, err.toString());
        assertTrue(err.toString().contains("cannot write"), err.toString());
        assertFalse(Cli.hasStackTrace(err.toString()), err.toString());
    }

    @Test
    void givenAFullDevice_whenTheReportGoesThere_thenExitIs2WithTheReasonForEveryFormat() {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "/dev/full: Linux only");
        for (List<String> command : COMMANDS) {
            List<String> args = new ArrayList<>(command);
            args.addAll(List.of("-o", full.toString(), Cli.sample("services.json")));
            Cli run = Cli.run(args.toArray(String[]::new));

            assertEquals(ExitCodes.USAGE, run.exitCode(), command + ": " + run.err());
            assertTrue(run.err().contains("cannot write the report to /dev/full: No space left on device"),
                    run.err());
        }
        assertTrue(Files.exists(full) && !Files.isRegularFile(full), "the device is still a device");
    }

    private static Path link(Path link, Path target) {
        try {
            return Files.createSymbolicLink(link, target.toAbsolutePath());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path hardLink(Path link, Path target) {
        try {
            return Files.createLink(link, target);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A writer that takes {@code capacity} characters, then fails as a full device does. */
    private static final class FailingWriter extends Writer {
        private int capacity;

        FailingWriter(int capacity) {
            this.capacity = capacity;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            if (length > capacity) {
                capacity = 0;
                throw new IOException("No space left on device");
            }
            capacity -= length;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
