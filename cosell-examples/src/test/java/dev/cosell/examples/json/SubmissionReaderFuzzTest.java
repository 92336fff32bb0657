package dev.cosell.examples.json;


import dev.cosell.json.ReadError;
import dev.cosell.json.SubmissionFields;
import dev.cosell.json.SubmissionReader;
import dev.cosell.json.SubmissionRecord;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.examples.cli.CosellCommand;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates the bundled samples (truncation, byte flips, wrong types, huge numbers, deep nesting, invalid UTF-8,
 * stray punctuation, JSON lines) with a fixed seed, and checks that the reader always ends with records, each a
 * submission or located errors, and that the {@code cosell} command always ends with exit code 0, 1 or 2 and
 * never shows a stack trace. The time limit per input only guards against a hang.
 */
class SubmissionReaderFuzzTest {
    private static final long SEED = 20200701L;
    private static final int MUTATIONS = 2_000;
    /** Every how many mutations the whole command runs too (it also evaluates, so it costs more). */
    private static final int CLI_EVERY = 20;
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);
    private static final Pattern VALUE = Pattern.compile("(?<=: )(\"[^\"]*\"|-?[0-9.]+|true|false|null|\\[\\]|\\{\\})");

    /** Bytes no UTF-8 text holds: a bad start byte, bad continuations, a surrogate, an overlong form, NUL. */
    private static final byte[][] INVALID_UTF8 = {{(byte) 0xFF}, {(byte) 0xC3, 0x28}, {(byte) 0xED, (byte) 0xA0,
        (byte) 0x80}, {(byte) 0xF0, (byte) 0x28, (byte) 0x8C}, {(byte) 0xC0, (byte) 0xAF}, {0}};

    private static final List<byte[]> SEEDS = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSamples() throws IOException {
        Path samples = Path.of("src/main/resources/samples");
        try (Stream<Path> files = Files.walk(samples)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                SEEDS.add(Files.readAllBytes(file));
            }
        }
        // A JSON-lines seed: every sample document compacted onto its own line.
        StringBuilder lines = new StringBuilder();
        for (byte[] seed : List.copyOf(SEEDS)) {
            lines.append(new String(seed, StandardCharsets.UTF_8).replaceAll("\\s*\\n\\s*", " ")).append('\n');
        }
        SEEDS.add(lines.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void givenMutatedSamples_whenReadAndEvaluated_thenEveryInputEndsInRecordsOrClearErrorsNeverAnException()
            throws IOException {
        Random random = new Random(SEED);
        int cliRuns = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            byte[] input = mutate(SEEDS.get(random.nextInt(SEEDS.size())), random);
            String name = "fuzz-" + i + (random.nextInt(4) == 0 ? ".jsonl" : ".json");
            assertTimeoutPreemptively(HANG_GUARD, () -> checkReader(input, name), name);
            if (i % CLI_EVERY == 0) {
                Path file = Files.write(dir.resolve(name), input);
                String format = random.nextBoolean() ? "text" : "json";
                assertTimeoutPreemptively(HANG_GUARD, () -> checkCommand(file, format), name);
                cliRuns++;
            }
        }
        assertTrue(cliRuns >= MUTATIONS / CLI_EVERY);
    }

    private static void checkReader(byte[] input, String name) {
        List<SubmissionRecord> records;
        try (Stream<SubmissionRecord> stream = new SubmissionReader().read(new ByteArrayInputStream(input), name)) {
            records = stream.toList();
        }
        for (SubmissionRecord record : records) {
            assertTrue(record.isRead() || !record.errors().isEmpty(), name);
            for (ReadError error : record.errors()) {
                assertTrue(error.line() >= 1 && error.column() >= 1, name + ": " + error);
                assertFalse(error.message().isBlank(), name + ": " + error);
                assertTrue(error.toString().startsWith(name + ":" + error.line() + ":" + error.column() + ": "));
            }
        }
    }

    private static void checkCommand(Path file, String format) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CosellCommand.execute(new PrintWriter(out), new PrintWriter(err), "evaluate", "--format", format,
                file.toString());
        String shown = out + "\n" + err;
        assertTrue(Set.of(0, 1, 2).contains(code), "exit " + code + " for " + file + ":\n" + shown);
        assertFalse(shown.contains("\tat ") || shown.contains("Exception") || shown.contains("internal error"),
                file + ":\n" + shown);
        if (code == 1) {
            assertTrue(out.toString().contains("REJECTED"), shown);
        }
    }

    /** One of the mutations, chosen at random. */
    static byte[] mutate(byte[] seed, Random random) {
        String text = new String(seed, StandardCharsets.UTF_8);
        return switch (random.nextInt(9)) {
            case 0 -> java.util.Arrays.copyOf(seed, random.nextInt(seed.length + 1));
            case 1 -> flipBytes(seed, random);
            case 2 -> replaceValue(text, random, new String[] {"123", "true", "{}", "[]", "null", "\"x\"", "-1.5",
                "[1, \"a\", null]", "{\"x\": 1}"});
            case 3 -> replaceValue(text, random, new String[] {"1e1000000", "-1e-1000000", "1" + "0".repeat(100_000),
                "\"" + "9".repeat(100_000) + "\"", "0." + "0".repeat(5_000) + "1", "\"1e999999999\""});
            case 4 -> insert(seed, random, ("[".repeat(random.nextBoolean() ? 100_000 : 40))
                    .getBytes(StandardCharsets.US_ASCII));
            case 5 -> insert(seed, random, ("{\"a\":".repeat(50_000)).getBytes(StandardCharsets.US_ASCII));
            case 6 -> insert(seed, random, INVALID_UTF8[random.nextInt(INVALID_UTF8.length)]);
            case 7 -> insert(seed, random, new String[] {"{", "}", "[", "]", ",", ":", "\"", "\\", "\n", "tru",
                "\"unknownField\": 1,"}[random.nextInt(11)].getBytes(StandardCharsets.UTF_8));
            default -> replaceValue(text, random, new String[] {"\"" + "x".repeat(200_000) + "\"", "\"\"", "\"  \"",
                "\"2020-13-45\"", "\"NOT_A_VALUE\"", "\"\\u0000\""});
        };
    }

    private static byte[] flipBytes(byte[] seed, Random random) {
        byte[] bytes = seed.clone();
        for (int n = 1 + random.nextInt(5); n > 0 && bytes.length > 0; n--) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    private static byte[] replaceValue(String text, Random random, String[] replacements) {
        Matcher values = VALUE.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (values.find()) {
            spans.add(new int[] {values.start(), values.end()});
        }
        if (spans.isEmpty()) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        String replaced = text.substring(0, span[0]) + replacements[random.nextInt(replacements.length)]
                + text.substring(span[1]);
        return replaced.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] insert(byte[] seed, Random random, byte[] insertion) {
        int at = random.nextInt(seed.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(seed.length + insertion.length);
        out.write(seed, 0, at);
        out.write(insertion, 0, insertion.length);
        out.write(seed, at, seed.length - at);
        return out.toByteArray();
    }
}
