package dev.cosell.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code cosell evaluate --rules DIR} with rules that throw, rules that never stop and rules that end the JVM: a
 * record the rules fail on is reported with the rule, the record and the offer, every other record is evaluated,
 * and the exit code says the rules failed (2), also when a rule calls {@code System.exit} with a code of its own.
 */
class HostileRulesCliTest {
    /** Each hostile rule acts on the partner id it is named after. */
    static final String HOSTILE_DRL = """
            package dev.cosell.rules;
            import dev.cosell.rules.facts.Evaluation;
            rule "throws for one partner"
                @requirement("B4")
            when
                Evaluation( partner.id == "throws" )
            then
                throw new IllegalStateException("broken on purpose");
            end
            rule "never stops for one partner"
                @requirement("B4")
            when
                $e : Evaluation( partner.id == "loops" )
            then
                update( $e );
            end
            rule "ends the JVM for one partner"
                @requirement("B4")
            when
                Evaluation( partner.id == "exits", $code : offer.name )
            then
                System.exit( Integer.parseInt( $code ) );
            end
            """;

    @TempDir
    static Path work;
    static Path rules;
    static String sample;

    @BeforeAll
    static void hostileFolder() throws IOException {
        rules = Files.createDirectory(work.resolve("rules"));
        try (Stream<Path> files = Files.list(RuleAuthorCommandsTest.SHIPPED_RULES)) {
            for (Path file : files.toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        Files.writeString(rules.resolve("zz-hostile.drl"), HOSTILE_DRL);
        sample = Files.readString(Path.of(Cli.sample("co-sell-ready.json")));
        assertTrue(sample.contains("\"id\": \"contoso\","), "the sample's partner id moved");
    }

    /** The sample with the given partner id, offer id and offer name, on one line. */
    static String record(String partnerId, String offerId, String offerName) {
        return sample.replace("\"id\": \"contoso\",", "\"id\": \"" + partnerId + "\",")
                .replace("\"id\": \"contoso-analytics\"", "\"id\": \"" + offerId + "\"")
                .replace("\"name\": \"Contoso Analytics\"", "\"name\": \"" + offerName + "\"")
                .replace('\n', ' ');
    }

    static Stream<Long> seeds() {
        return Stream.of(1L, 2L, 3L);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRecordTheRulesFailOnIsReportedWithRuleRecordAndOfferAndTheRunGoesOn(long seed) throws IOException {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        List<String> failing = new ArrayList<>();
        int count = 5 + random.nextInt(300);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(10);
            String partner = kind == 0 ? "throws" : kind == 1 ? "loops" : "contoso";
            String offer = "offer-" + i;
            lines.add(record(partner, offer, "Offer " + i));
            if (!partner.equals("contoso")) {
                failing.add(offer);
            }
        }
        Path input = work.resolve("records-" + seed + ".jsonl");
        Files.write(input, lines, StandardCharsets.UTF_8);
        String format = seed % 2 == 0 ? "json" : "text";

        Cli run = Cli.run("evaluate", "--rules", rules.toString(), "--format", format, input.toString());

        assertEquals(failing.isEmpty() ? ExitCodes.OK : ExitCodes.USAGE, run.exitCode(), run.err());
        for (int i = 0; i < count; i++) {
            String offer = "offer-" + i;
            assertTrue(run.out().contains(offer), offer + " is missing from the report");
        }
        for (String offer : failing) {
            int at = run.out().indexOf("for offer " + offer + " of partner ");
            assertTrue(at >= 0, offer + " has no failure in the report:\n" + run.out());
            String line = run.out().substring(run.out().lastIndexOf('\n', at) + 1, run.out().indexOf('\n', at));
            assertTrue(line.contains("throws for one partner") || line.contains("never stops for one partner"), line);
        }
        long evaluated = format.equals("json")
                ? run.out().lines().filter(l -> l.contains("\"status\":\"CO_SELL_READY\"")).count()
                : run.out().lines().filter(l -> l.contains("Qualifies for Co-sell ready")).count();
        assertEquals(count - failing.size(), evaluated, run.out());
        if (!failing.isEmpty()) {
            assertTrue(run.err().contains("the rules failed on " + failing.size()), run.err());
        }
        assertFalse(Cli.hasStackTrace(run.err()), run.err());
    }

    @ParameterizedTest(name = "System.exit({0})")
    @ValueSource(ints = {0, 1, 42})
    void aRuleThatEndsTheJvmCannotChooseTheExitCode(int code) throws Exception {
        Path input = work.resolve("exits-" + code + ".jsonl");
        Files.write(input, List.of(record("contoso", "offer-a", "A"), record("exits", "offer-b", String.valueOf(code)),
                record("contoso", "offer-c", "C")), StandardCharsets.UTF_8);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                CosellCommand.class.getName(), "evaluate", "--rules", rules.toString(), input.toString())
                .redirectOutput(work.resolve("exits-" + code + ".out").toFile())
                .redirectError(work.resolve("exits-" + code + ".err").toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "cosell did not end");
        String err = Files.readString(work.resolve("exits-" + code + ".err"));

        assertEquals(ExitCodes.USAGE, process.exitValue(), err);
        assertTrue(err.contains("called System.exit"), err);
        assertTrue(err.contains("the report is incomplete"), err);
    }
}
