package dev.cosell.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule folders that break the compiler, pass the size limits or hold links out of the folder: each is rejected
 * with a {@link RuleCompilationException} that names the file at fault, before compiling where a limit is passed;
 * nothing else is thrown, and nothing of a file outside the folder is read or shown.
 */
class HostileRuleFolderTest {
    @TempDir
    Path work;

    /** A rule with the given constraint and action. */
    static String rule(String name, String constraint, String action) {
        return """
                package dev.cosell.rules;
                import dev.cosell.rules.facts.Evaluation;
                rule "%s"
                    @requirement("B4")
                when
                    $e : Evaluation( %s )
                then
                    %s
                end
                """.formatted(name, constraint, action);
    }

    /** A constraint nested {@code depth} levels deep, of one of several kinds. */
    static String nested(int kind, int depth) {
        return switch (kind) {
            case 0 -> "(".repeat(depth) + "offer.id == \"x\"" + ")".repeat(depth);
            case 1 -> "!(".repeat(depth) + "offer.id == \"x\"" + ")".repeat(depth);
            case 2 -> "offer.id == " + "String.valueOf(".repeat(depth) + "\"x\"" + ")".repeat(depth);
            case 3 -> "offer.coSellCountries contains " + "java.util.List.of(".repeat(depth) + "\"x\""
                    + ")".repeat(depth) + ".toString()";
            default -> "offer.id == \"x\" && offer.name == " + "new String[] {\"x\"}[0".repeat(depth)
                    + "]".repeat(depth);
        };
    }

    static Stream<Arguments> tooDeep() {
        Random random = new Random(13);
        return IntStream.range(0, 20).mapToObj(i -> Arguments.of(i % 5,
                RuleFolder.MAX_NESTING + 1 + random.nextInt(i < 10 ? 20 : 5_000)));
    }

    @ParameterizedTest(name = "kind {0}, {1} deep")
    @MethodSource("tooDeep")
    void aConstraintNestedPastTheLimitIsRejectedWithFileAndLineBeforeParsing(int kind, int depth) throws IOException {
        Path folder = Files.createDirectory(work.resolve("rules"));
        RuleFolderTest.copyShipped(folder);
        int padding = depth % 7;
        Files.writeString(folder.resolve("deep.drl"), "\n".repeat(padding) + rule("deep", nested(kind, depth), ""));

        RuleCompilationException e = assertThrows(RuleCompilationException.class,
                () -> CoSellEvaluator.fromDirectory(folder));

        assertEquals(1, e.problems().size(), e.getMessage());
        RuleProblem problem = e.problems().get(0);
        assertEquals("deep.drl", problem.file());
        assertEquals(padding + 6, problem.line());
        assertEquals("deep", problem.rule());
        assertTrue(problem.message().contains("nested more than " + RuleFolder.MAX_NESTING), problem.message());
    }

    @Test
    void nestingInCommentsAndTextsIsNotCountedAndNestingUpToTheLimitCompiles() throws IOException {
        Path folder = Files.createDirectory(work.resolve("rules"));
        RuleFolderTest.copyShipped(folder);
        String deep = "(".repeat(100);
        Files.writeString(folder.resolve("zz-deep-enough.drl"), "// " + deep + "\n/* " + deep + "\n*/\n"
                + rule("deep enough", nested(0, RuleFolder.MAX_NESTING - 1), "String text = \"" + deep
                + "\"; String other = '" + deep + "';").replace("@requirement(\"B4\")", "@requirement(\"B4\") // ("));

        CoSellEvaluator evaluator = CoSellEvaluator.fromDirectory(folder);

        assertTrue(evaluator.rules().stream().anyMatch(r -> r.name().equals("deep enough")));
    }

    static Stream<Arguments> breakdowns() {
        Random random = new Random(17);
        return Stream.of(
                Arguments.of("blocks", 1_000 + random.nextInt(20_000)),
                Arguments.of("blocks", 1_000 + random.nextInt(20_000)),
                Arguments.of("ifs", 1_000 + random.nextInt(15_000)),
                Arguments.of("ifs", 1_000 + random.nextInt(15_000)),
                Arguments.of("loops", 1_000 + random.nextInt(15_000)));
    }

    @ParameterizedTest(name = "action of {1} nested {0}")
    @MethodSource("breakdowns")
    void anActionThatBreaksTheCompilerIsARuleCompilationExceptionNamingTheFile(String kind, int depth)
            throws IOException {
        String action = switch (kind) {
            case "blocks" -> "{".repeat(depth) + "}".repeat(depth);
            case "ifs" -> "if (true) { ".repeat(depth) + "}".repeat(depth);
            default -> "for (int i = 0; i < 1; i++) { ".repeat(depth) + "}".repeat(depth);
        };
        Path folder = Files.createDirectory(work.resolve("rules"));
        Files.writeString(folder.resolve("breaks.drl"), rule("breaks", "offer.id == \"x\"", action));

        RuleCompilationException e = assertThrows(RuleCompilationException.class,
                () -> CoSellEvaluator.fromDirectory(folder));

        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("breaks.drl")
                && p.message().contains("StackOverflowError")), e.getMessage());
        assertTrue(e.getMessage().length() < 10_000, "a message of " + e.getMessage().length() + " characters");
    }

    @Test
    void amongManyFilesTheOneThatBreaksTheCompilerIsNamed() throws IOException {
        Path folder = Files.createDirectory(work.resolve("rules"));
        RuleFolderTest.copyShipped(folder);
        Files.writeString(folder.resolve("breaks.drl"), rule("breaks", "offer.id == \"x\"",
                "{".repeat(8_000) + "}".repeat(8_000)));

        RuleCompilationException e = assertThrows(RuleCompilationException.class,
                () -> CoSellEvaluator.fromDirectory(folder));

        assertEquals(List.of("breaks.drl"), e.problems().stream().map(RuleProblem::file).distinct().toList(),
                e.getMessage());
    }

    static LongStream seeds() {
        return LongStream.range(0, 6);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aFolderPastASizeLimitIsRejectedNamingTheLimitWithoutCompilingAnything(long seed) throws IOException {
        Random random = new Random(seed);
        Path folder = Files.createDirectory(work.resolve("rules"));
        String expected;
        switch ((int) (seed % 3)) {
            case 0 -> {
                int size = RuleFolder.MAX_FILE_BYTES + 1 + random.nextInt(3 * RuleFolder.MAX_FILE_BYTES);
                Files.writeString(folder.resolve("huge.drl"), garbage(random, size));
                expected = "huge.drl: is " + size + " bytes; a DRL file may be at most";
            }
            case 1 -> {
                int files = RuleFolder.MAX_FOLDER_BYTES / RuleFolder.MAX_FILE_BYTES + 1 + random.nextInt(3);
                for (int i = 0; i < files; i++) {
                    Files.writeString(folder.resolve("part" + i + ".drl"), garbage(random, RuleFolder.MAX_FILE_BYTES));
                }
                expected = "a rule folder may hold at most " + RuleFolder.MAX_FOLDER_BYTES + " bytes";
            }
            default -> {
                int files = RuleFolder.MAX_FILES + 1 + random.nextInt(50);
                for (int i = 0; i < files; i++) {
                    Path sub = folder.resolve("sub" + i % 7);
                    Files.createDirectories(sub);
                    Files.writeString(sub.resolve("tiny" + i + ".drl"), garbage(random, 10));
                }
                expected = "the folder holds " + files + " DRL files; at most " + RuleFolder.MAX_FILES;
            }
        }

        RuleCompilationException e = assertThrows(RuleCompilationException.class,
                () -> CoSellEvaluator.fromDirectory(folder));

        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.problems().stream().allMatch(p -> p.message().contains("at most")),
                "something was compiled: " + e.getMessage());
    }

    private static String garbage(Random random, int size) {
        StringBuilder text = new StringBuilder(size);
        while (text.length() < size) {
            text.append((char) ('!' + random.nextInt(90)));
        }
        return text.toString();
    }

    /** What a file outside the folder holds: text no message may ever show. */
    static final String SECRET = "SECRET-" + Long.toHexString(new Random(3).nextLong());

    static Stream<String> linksOut() {
        return Stream.of("file", "manifest", "folder", "chain", "relative", "absolute-to-parent");
    }

    @ParameterizedTest(name = "a {0} link")
    @MethodSource("linksOut")
    void aLinkThatLeadsOutOfTheFolderIsNotFollowedAndNothingOfItsTargetIsShown(String kind) throws IOException {
        Path outside = Files.createDirectory(work.resolve("outside"));
        Path secret = Files.writeString(outside.resolve("secret.drl"), SECRET + " (" + SECRET + "\nrevision=" + SECRET);
        Path folder = Files.createDirectory(work.resolve("rules"));
        RuleFolderTest.copyShipped(folder);
        String link = switch (kind) {
            case "file" -> link(folder.resolve("zz-stolen.drl"), secret);
            case "manifest" -> {
                Files.delete(folder.resolve(RuleFolder.MANIFEST));
                yield link(folder.resolve(RuleFolder.MANIFEST), secret);
            }
            case "folder" -> link(folder.resolve("more"), outside);
            case "chain" -> {
                link(folder.resolve("hop.txt"), secret);
                yield link(folder.resolve("zz-hop.drl"), folder.resolve("hop.txt"));
            }
            case "relative" -> link(folder.resolve("zz-up.drl"), Path.of("..", "outside", "secret.drl"));
            default -> link(folder.resolve("zz-parent.drl"), folder.getParent().resolve("outside/secret.drl"));
        };

        RuleCompilationException e = assertThrows(RuleCompilationException.class,
                () -> CoSellEvaluator.fromDirectory(folder));

        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals(link)
                && p.message().contains("leads out of the rule folder")), e.getMessage());
        assertEquals(1, e.problems().size(), e.getMessage());
    }

    @Test
    void aLinkWithinTheFolderIsFollowed() throws IOException {
        Path folder = Files.createDirectory(work.resolve("rules"));
        Path real = Files.createDirectory(folder.resolve("real"));
        RuleFolderTest.copyShipped(real);
        Files.move(real.resolve(RuleFolder.MANIFEST), folder.resolve(RuleFolder.MANIFEST));
        link(real.resolve("zz-extra.drl"), Files.writeString(folder.resolve("extra.txt"),
                rule("extra", "offer.id == \"x\"", "")));

        CoSellEvaluator evaluator = CoSellEvaluator.fromDirectory(folder);

        assertTrue(evaluator.rules().stream().anyMatch(r -> r.name().equals("extra")));
        assertEquals("2020-05-19", evaluator.ruleSetRevision());
    }

    private static String link(Path link, Path target) throws IOException {
        Files.createSymbolicLink(link, target);
        return link.getParent().getFileName().toString().equals("rules") ? link.getFileName().toString()
                : link.getParent().getFileName() + "/" + link.getFileName();
    }
}
