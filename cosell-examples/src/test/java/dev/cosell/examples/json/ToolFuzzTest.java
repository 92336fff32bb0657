package dev.cosell.examples.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.examples.cli.CosellCommand;
import dev.cosell.json.SubmissionReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzzing of the reader, extended to the tool's whole path: {@code cosell evaluate} (with and without
 * {@code --revision}), {@code compare}, {@code timeline}, {@code revisions}, {@code validate} and {@code test} run
 * in-process with hostile arguments (unknown options, bad values, empty and control-character
 * arguments), hostile files (empty, {@code []}, binary, mutated samples, JSON lines with a long first line,
 * folders, FIFOs, missing paths, files without read permission) and hostile outputs (a folder, a path in a
 * missing folder, an existing file; kept apart from the inputs), from a fixed seed. Only invariants are checked: the exit code is one the
 * tool documents, nothing shows a stack trace, every input file is byte-for-byte what it was, every record of
 * the inputs is accounted for (one JSON line per record, evaluated or rejected), and an input holding no
 * submission is reported as a warning. The time limit per run only guards against a hang.
 */
class ToolFuzzTest {
    private static final long SEED = 20261130L;
    private static final int RUNS = 160;
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final Path SAMPLES = Path.of("src/main/resources/samples");
    private static final Path SHIPPED_RULES = Path.of("../cosell-rules/src/main/rules/2020-05-19");
    private static final Path SCENARIOS = Path.of("../scenarios/2020-05-19");
    private static final List<byte[]> SEEDS = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSamples() throws IOException {
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                SEEDS.add(Files.readAllBytes(file));
            }
        }
    }

    /**
     * An input of a run: a path, for a FIFO the bytes a writer feeds it, and whether the tool can read it (a
     * missing path or a folder it cannot).
     */
    private record Input(Path path, byte[] fifoContent, boolean readable) {
        Input(Path path, byte[] fifoContent) {
            this(path, fifoContent, true);
        }
    }

    @Test
    void givenHostileArgumentsFilesAndOutputs_whenTheToolRuns_thenEveryInvariantHolds() throws Exception {
        Random random = new Random(SEED);
        int[] byCode = new int[3];
        int countedRuns = 0;
        for (int run = 0; run < RUNS; run++) {
            Path runDir = Files.createDirectory(dir.resolve("run-" + run));
            int kind = random.nextInt(20);
            List<String> args = new ArrayList<>();
            List<Input> inputs = new ArrayList<>();
            boolean clean = false; // a JSON run over inputs it can read, without other options
            if (kind == 0) {
                args.addAll(List.of("validate", rulesFolder(runDir, random).toString()));
            } else if (kind == 1) {
                args.addAll(List.of("test", scenarios(runDir, random).toString(), "--no-mutation"));
                if (random.nextInt(3) == 0) {
                    args.addAll(List.of("--rules", rulesFolder(runDir, random).toString()));
                }
            } else if (kind == 2) {
                args.add("revisions");
                if (random.nextBoolean()) {
                    args.addAll(List.of("--format", new String[] {"json", "text", "html", ""}[random.nextInt(4)]));
                }
                if (random.nextInt(3) == 0) {
                    args.addAll(List.of("--lang", new String[] {"ko", "en", "xx"}[random.nextInt(3)]));
                }
            } else {
                // evaluate (with or without a pinned revision), compare two revisions, or the timeline: each reads
                // the same hostile inputs and writes one JSON line per record
                int command = random.nextInt(6);
                if (command < 3) {
                    args.add("evaluate");
                    if (command == 1) {
                        args.addAll(List.of("--revision", revision(random)));
                    }
                } else if (command < 5) {
                    args.addAll(List.of("compare", "--from", revision(random), "--to", revision(random)));
                } else {
                    args.add("timeline");
                }
                boolean json = random.nextInt(3) > 0;
                if (json) {
                    args.addAll(List.of("--format", "json"));
                }
                for (int n = 1 + random.nextInt(4); n > 0; n--) {
                    inputs.add(input(runDir, random, n));
                }
                inputs.forEach(i -> args.add(i.path().toString()));
                List<String> options = options(runDir, Files.createDirectory(dir.resolve("out-" + run)), random,
                        json);
                args.addAll(options);
                clean = json && options.isEmpty() && inputs.stream().allMatch(Input::readable)
                        && !args.contains(UNKNOWN_REVISION) && !(args.get(0).equals("compare")
                        && args.get(2).equals(args.get(4)));
            }
            Collections2.shuffleOptions(args, random);
            Map<Path, String> before = digests(runDir);
            Cli result = assertTimeoutPreemptively(HANG_GUARD, () -> runWithFifos(args, inputs),
                    () -> "run " + args);
            String shown = "run " + run + " " + args + "\nexit " + result.code + "\n" + result.out + "\n"
                    + result.err;

            assertTrue(Set.of(0, 1, 2).contains(result.code), shown);
            byCode[result.code]++;
            assertFalse(hasStackTrace(result.out) || hasStackTrace(result.err), shown);
            assertEquals(before, digests(runDir, before.keySet()), "inputs changed: " + shown);
            if (result.code == 2) {
                assertTrue(result.err.contains("cosell: ") || result.err.contains("Usage:"), shown);
            }
            if (clean) {
                assertTrue(result.code != 2, "readable inputs were not read: " + shown);
                long expected = 0;
                for (Input input : inputs) {
                    long records = records(input);
                    expected += records;
                    if (records == 0) {
                        assertTrue(result.err.contains("cosell: warning: " + input.path() + " holds no submission"),
                                shown);
                    }
                }
                assertEquals(expected, result.out.lines().count(), "records accounted for: " + shown);
                countedRuns++;
            }
        }
        assertTrue(byCode[0] > 0 && byCode[1] > 0 && byCode[2] > 0, Arrays.toString(byCode));
        // the clean runs are spread over evaluate, compare and timeline; enough of them are counted
        assertTrue(countedRuns > RUNS / 8, countedRuns + " runs counted");
    }

    /** A revision that does not exist: a usage error. */
    private static final String UNKNOWN_REVISION = "2020-05-18";

    /** A revision id: mostly a real one, sometimes an unknown one. */
    private static String revision(Random random) {
        List<String> ids = List.of("2020-05-19", "2020-09-02", "2020-10-19", "2021-02-24", "2021-07-13",
                "2023-08-24");
        return random.nextInt(8) == 0 ? UNKNOWN_REVISION : ids.get(random.nextInt(ids.size()));
    }

    /** One input file of a hostile kind. */
    private Input input(Path runDir, Random random, int n) throws IOException, InterruptedException {
        Path file = runDir.resolve("input-" + n + (random.nextInt(5) == 0 ? ".jsonl" : ".json"));
        byte[] seed = SEEDS.get(random.nextInt(SEEDS.size()));
        switch (random.nextInt(13)) {
            case 0 -> Files.write(file, new byte[0]);
            case 1 -> Files.writeString(file, random.nextBoolean() ? "[]" : " \n[ ]\n");
            case 2 -> {
                byte[] bytes = new byte[random.nextInt(5000)];
                random.nextBytes(bytes);
                Files.write(file, bytes);
            }
            case 3 -> {
                return new Input(Files.createDirectory(file), null, false);
            }
            case 4 -> {
                return new Input(runDir.resolve("missing-" + n + ".json"), null, false);
            }
            case 5 -> {
                Files.write(file, seed);
                file.toFile().setReadable(false);
                return new Input(file, null, Files.isReadable(file)); // a superuser reads it all the same
            }
            case 6 -> {
                if (new ProcessBuilder("mkfifo", file.toString()).start().waitFor() == 0) {
                    return new Input(file, SubmissionReaderFuzzTest.mutate(seed, random));
                }
                Files.write(file, seed);
            }
            case 7 -> {
                // JSON lines whose first line is longer than any buffer (up to the limit of a record), then a broken
                // line, then a sample
                String line = new String(seed, StandardCharsets.UTF_8).replaceAll("\\s*\\n\\s*", " ");
                String first = "{" + " ".repeat(512 * 1024 + random.nextInt(100_000)) + line.substring(1);
                Files.writeString(file, first + "\n{\"asOf\": ,}\n" + line + "\n");
            }
            case 8 -> {
                // an amount or share at the edge of BigDecimal, as a string or a JSON number
                String number = new String[] {"1E+2147483647", "-1E-2147483647", "9.99E+2147483647",
                    "1E-2147483648", "0E+2147483647"}[random.nextInt(5)];
                String value = random.nextBoolean() ? "\"" + number + "\"" : number;
                Files.writeString(file, new String(seed, StandardCharsets.UTF_8)
                        .replaceFirst("\"(acrUsd|billedUsd|azureIpSharePercent)\": *(\"[^\"]*\"|[0-9.]+)",
                                "\"$1\": " + java.util.regex.Matcher.quoteReplacement(value)));
            }
            default -> Files.write(file, random.nextInt(3) == 0 ? seed : SubmissionReaderFuzzTest.mutate(seed,
                    random));
        }
        return new Input(file, null);
    }

    /** Options around the inputs: formats, languages, outputs, rules, and garbage. */
    private static List<String> options(Path runDir, Path outDir, Random random, boolean json) throws IOException {
        List<String> options = new ArrayList<>();
        if (!json && random.nextInt(4) == 0) {
            options.addAll(List.of("--format", new String[] {"text", "html", "HTML", "pdf", ""}[random.nextInt(5)]));
        }
        if (random.nextInt(4) == 0) {
            options.addAll(List.of("--lang", new String[] {"en", "ko", "de", "", "\u001b[31m"}[random.nextInt(5)]));
        }
        if (random.nextInt(6) == 0) {
            Path output = switch (random.nextInt(4)) {
                case 0 -> outDir;                                   // a folder
                case 1 -> outDir.resolve("missing/report.txt");     // in a missing folder
                case 2 -> Files.writeString(outDir.resolve("old-report.txt"), "old"); // an existing file
                default -> outDir.resolve("report.out");
            };
            options.addAll(List.of(random.nextBoolean() ? "-o" : "--output", output.toString()));
        }
        if (random.nextInt(12) == 0) {
            options.addAll(List.of("--rules", new String[] {runDir.resolve("no-rules").toString(),
                runDir.toString(), ""}[random.nextInt(3)]));
        }
        if (random.nextInt(10) == 0) {
            // never "-": standard input is the test JVM's own
            options.add(new String[] {"--bogus", "--", "", "-x", "\u0000", "--format", "x".repeat(10_000),
                "--progress", "--help", "-V"}[random.nextInt(10)]);
        }
        return options;
    }

    /** A rule folder: a copy of the shipped rules, one with a broken file, an empty one, or a file. */
    private static Path rulesFolder(Path runDir, Random random) throws IOException {
        Path rules = runDir.resolve("rules");
        switch (random.nextInt(4)) {
            case 0 -> {
                Files.createDirectory(rules);
                copyAll(SHIPPED_RULES, rules);
            }
            case 1 -> {
                Files.createDirectory(rules);
                copyAll(SHIPPED_RULES, rules);
                Path victim = rules.resolve("R2.1-csp.drl");
                Files.write(victim, lightlyMutated(Files.readAllBytes(victim), random));
            }
            case 2 -> Files.createDirectory(rules);
            default -> Files.writeString(rules, "not a folder");
        }
        return rules;
    }

    /** A scenario file: a shipped one, a mutated one, an empty one, or a missing one. */
    private static Path scenarios(Path runDir, Random random) throws IOException {
        Path file = runDir.resolve("scenarios.json");
        byte[] shipped = Files.readAllBytes(SCENARIOS.resolve("step2-csp.json"));
        switch (random.nextInt(4)) {
            case 0 -> Files.write(file, shipped);
            case 1 -> Files.write(file, SubmissionReaderFuzzTest.mutate(shipped, random));
            case 2 -> Files.write(file, new byte[0]);
            default -> {
                return runDir.resolve("missing.json");
            }
        }
        return file;
    }

    /**
     * The bytes truncated, or with a few bytes changed: a broken rule file as an author leaves one (rule files
     * built to break the compiler, such as nesting thousands deep, are the rule compiler's tests).
     */
    private static byte[] lightlyMutated(byte[] bytes, Random random) {
        if (random.nextBoolean()) {
            return Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
        }
        byte[] mutated = bytes.clone();
        for (int n = 1 + random.nextInt(5); n > 0; n--) {
            mutated[random.nextInt(mutated.length)] = (byte) "{}()[];:\"'x0\n$@".charAt(random.nextInt(15));
        }
        return mutated;
    }

    private static void copyAll(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    /** The records the reader finds in an input (0 for one that cannot be read). */
    private static long records(Input input) throws IOException {
        SubmissionReader reader = new SubmissionReader();
        if (input.fifoContent() != null) {
            try (Stream<?> records = reader.read(new ByteArrayInputStream(input.fifoContent()),
                    input.path().toString())) {
                return records.count();
            }
        }
        try (Stream<?> records = reader.read(input.path())) {
            return records.count();
        }
    }

    private record Cli(int code, String out, String err) {
    }

    /** Runs the tool with a writer for every FIFO; a writer whose FIFO was never opened is released after. */
    private static Cli runWithFifos(List<String> args, List<Input> inputs) throws Exception {
        List<Thread> writers = new ArrayList<>();
        for (Input input : inputs) {
            if (input.fifoContent() != null) {
                Thread writer = new Thread(() -> {
                    try (OutputStream out = Files.newOutputStream(input.path())) {
                        out.write(input.fifoContent());
                    } catch (IOException e) {
                        // the reader went away: nothing more to feed
                    }
                }, "fifo-writer");
                writer.setDaemon(true);
                writer.start();
                writers.add(writer);
            }
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CosellCommand.execute(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        for (int i = 0; i < writers.size(); i++) {
            Thread writer = writers.get(i);
            if (writer.isAlive()) {
                // the tool did not open this FIFO (it stopped first): open it to let the writer finish
                Path fifo = inputs.stream().filter(in -> in.fifoContent() != null).toList().get(i).path();
                try (InputStream drain = Files.newInputStream(fifo)) {
                    drain.transferTo(OutputStream.nullOutputStream());
                } catch (IOException ignored) {
                    // the writer finished in between
                }
            }
            writer.join(10_000);
        }
        return new Cli(code, out.toString(), err.toString());
    }

    /** The SHA-256 of every regular file under the folder. */
    private static Map<Path, String> digests(Path folder) throws IOException {
        Map<Path, String> digests = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digests.put(file, digest(file));
            }
        }
        return digests;
    }

    /** The digests of the given files as they are now. */
    private static Map<Path, String> digests(Path folder, Set<Path> files) throws IOException {
        Map<Path, String> digests = new LinkedHashMap<>();
        for (Path file : files) {
            digests.put(file, Files.exists(file) ? digest(file) : "deleted");
        }
        return digests;
    }

    private static String digest(Path file) throws IOException {
        boolean readable = file.toFile().canRead();
        file.toFile().setReadable(true);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        } finally {
            file.toFile().setReadable(readable);
        }
    }

    private static boolean hasStackTrace(String text) {
        return text.contains("\tat ") || text.contains("Exception") || text.contains("java.lang.")
                || text.contains("internal error");
    }

    /** Moves the options of a command line around, as users write them in any order. */
    private static final class Collections2 {
        static void shuffleOptions(List<String> args, Random random) {
            // options and their values stay together; only whether they come before or after the files varies
            if (args.size() > 3 && List.of("evaluate", "compare", "timeline").contains(args.get(0))
                    && random.nextBoolean()) {
                int at = args.indexOf("--format");
                if (at > 0 && at + 1 < args.size()) {
                    String option = args.remove(at);
                    String value = args.remove(at);
                    args.add(option);
                    args.add(value);
                }
            }
        }
    }
}
