package dev.cosell.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.api.KieServices;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;

/**
 * The copy of the revision folders that the build precompiles ({@link RevisionFolders#compiledCopies}): every
 * folder's files once, in one package, where a rule name two folders declare is renamed apart and a function two
 * folders define is defined once per text, each file calling the version its revisions call; lines stay where they
 * are. And the reading of DRL text it rests on: functions, calls and rule names found in code, never in comments or
 * strings.
 */
class RevisionFoldersTest {
    private static final Path SHIPPED = RuleFolderTest.SHIPPED.getParent();

    @TempDir
    Path dir;

    @Test
    void theShippedFoldersAreCompiledOnceEachWithEveryRuleOnItsLine() throws IOException {
        List<RevisionFolders.Resolved> revisions = RevisionFolders.resolveAll(SHIPPED);
        RevisionFolders.Compiled compiled = RevisionFolders.compiledCopies(revisions);

        Set<String> files = new TreeSet<>();
        revisions.forEach(r -> r.files().forEach(f -> files.add(f.origin() + "/" + f.name())));
        assertEquals(files, compiled.files().keySet(), "each folder's files, once");
        Map<String, Set<String>> folders = new TreeMap<>();
        Map<String, Integer> functions = new TreeMap<>();
        for (String file : files) {
            String original = Files.readString(SHIPPED.resolve(file), StandardCharsets.UTF_8);
            String copy = compiled.files().get(file);
            RuleSource source = new RuleSource(file, original);
            RuleSource copied = new RuleSource(file, copy);
            assertEquals(source.declarations().keySet(), copied.declarations().keySet(), file + ": rules on their lines");
            source.declarations().values().forEach(rule -> folders.computeIfAbsent(rule, r -> new TreeSet<>())
                    .add(file.substring(0, file.indexOf('/'))));
            assertTrue(copy.contains("package " + RevisionFolders.COMPILED_PACKAGE + ";"), file);
            RevisionFolders.functionsIn(copy, file).keySet().forEach(f -> functions.merge(f, 1, Integer::sum));
        }
        // A name two folders declare is renamed in each; no other.
        Map<String, String> expected = new TreeMap<>();
        folders.forEach((rule, in) -> {
            if (in.size() > 1) {
                in.forEach(folder -> expected.put(folder + "/" + rule, rule + " @" + folder));
            }
        });
        assertEquals(expected, compiled.renamedRules());
        assertTrue(expected.size() > 100, "the shipped folders redefine many rules");
        // One package: every function defined once (the shipped folders' copies of a function are all alike).
        functions.forEach((function, count) -> assertEquals(1, count, function));
        assertTrue(functions.keySet().containsAll(List.of("activeOn", "acrBetween", "coSellOptionInPartnerCenter")));
    }

    @Test
    void givenAFunctionWhoseTextChanges_thenEachVersionIsCompiledUnderItsOwnNameAndEachFileCallsItsOwn()
            throws IOException {
        folder("2020-05-19", "", "limit.drl", "function int limit() {\n    return 1;\n}\n",
                "A.drl", rule("R1.1 over the limit", "limit()"));
        folder("2020-09-02", "2020-05-19", "limit.drl", "// one more\nfunction int limit() {\n    return 2;\n}\n",
                "A.drl", rule("R1.1 over the limit", "limit() + 0"), "B.drl", rule("R1.2 also over", "limit()"));

        RevisionFolders.Compiled compiled = RevisionFolders.compiledCopies(RevisionFolders.resolveAll(dir));

        assertTrue(compiled.files().get("2020-05-19/limit.drl").contains("function int limit__2020_05_19()"));
        assertTrue(compiled.files().get("2020-09-02/limit.drl").contains("function int limit__2020_09_02()"));
        assertTrue(compiled.files().get("2020-05-19/A.drl").contains("length > limit__2020_05_19() )"));
        assertTrue(compiled.files().get("2020-09-02/A.drl").contains("length > limit__2020_09_02() + 0 )"));
        assertTrue(compiled.files().get("2020-09-02/B.drl").contains("length > limit__2020_09_02() )"));
        assertEquals(Map.of("2020-05-19/R1.1 over the limit", "R1.1 over the limit @2020-05-19",
                "2020-09-02/R1.1 over the limit", "R1.1 over the limit @2020-09-02"), compiled.renamedRules());
        assertCompiles(compiled);
    }

    /**
     * What the build writes for the library: the calendar (ids and dates only, read when an evaluator is created),
     * and beside each folder's own files its revision's resolved declaration and the list of its rules (both read on
     * the revision's first use), the rules in declaration order with their names in the precompiled copy.
     */
    @Test
    void theBuildWritesTheCalendarAndEachRevisionsDeclarationAndRules() throws IOException {
        folder("2020-05-19", "", "A.drl", rule("R1.1 first", "1") + "\n" + rule("R1.1 second", "2"),
                "B.drl", rule("R1.1 other", "3"));
        folder("2020-09-02", "2020-05-19", "A.drl", "\n" + rule("R1.1 second", "4"));
        Files.writeString(dir.resolve("2020-09-02/revision.properties"), "newestText=2020-10-01\n",
                StandardOpenOption.APPEND);
        Path out = dir.resolve("out");

        RevisionFolders.write(dir, out, dir.resolve("compiled"));

        Path rules = out.resolve("dev/cosell/rules");
        assertEquals(Map.of("revisions", "2020-05-19,2020-09-02", "2020-05-19/effective", "2020-05-19",
                "2020-09-02/effective", "2020-09-02", "2020-09-02/newestText", "2020-10-01"),
                read(rules.resolve(RevisionFolders.INDEX)), "the calendar, nothing more");
        Map<String, String> declaration = read(rules.resolve("r2020_05_19/" + RevisionFolders.DECLARATIONS));
        assertEquals("A.drl,B.drl", declaration.get("files"));
        assertEquals("2020-05-19", declaration.get("origin.B.drl"));
        assertEquals("2020-09-01", declaration.get("until"));
        assertEquals("2020-09-02", read(rules.resolve("r2020_09_02/" + RevisionFolders.DECLARATIONS))
                .get("origin.A.drl"));
        // The line numbers count the package statement and the blank line the test folders start with.
        assertEquals(Map.of("1.file", "2020-05-19/A.drl", "1.line", "3", "1.rule", "R1.1 first",
                "2.file", "2020-05-19/A.drl", "2.line", "9", "2.rule", "R1.1 second",
                "2.compiled", "R1.1 second @2020-05-19",
                "3.file", "2020-05-19/B.drl", "3.line", "3", "3.rule", "R1.1 other"),
                read(rules.resolve("r2020_05_19/" + RevisionFolders.RULES)));
        assertEquals(Map.of("1.file", "2020-09-02/A.drl", "1.line", "4", "1.rule", "R1.1 second",
                "1.compiled", "R1.1 second @2020-09-02",
                "2.file", "2020-05-19/B.drl", "2.line", "3", "2.rule", "R1.1 other"),
                read(rules.resolve("r2020_09_02/" + RevisionFolders.RULES)));
        assertTrue(Files.isRegularFile(rules.resolve("r2020_09_02/A.drl")), "each folder's own files");
        assertFalse(Files.exists(rules.resolve("r2020_09_02/B.drl")), "an inherited file is read from its folder");
    }

    private static Map<String, String> read(Path file) throws IOException {
        java.util.Properties p = new java.util.Properties();
        try (java.io.Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        Map<String, String> map = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
        return map;
    }

    @Test
    void givenAFunctionDefinedAlikeInTwoFolders_thenItIsDefinedOnceAndTheOtherCopyIsBlankLines() throws IOException {
        String function = "function boolean active(int day) {\n    return day > 0; // \"}\" is not the end\n}\n";
        folder("2020-05-19", "", "program.drl", function, "A.drl", rule("R1.1 active", "0, active(1)"));
        folder("2020-09-02", "2020-05-19", "program.drl", "// unchanged\n" + function,
                "A.drl", rule("R1.1 active again", "0, active(2)"));

        RevisionFolders.Compiled compiled = RevisionFolders.compiledCopies(RevisionFolders.resolveAll(dir));

        String kept = compiled.files().get("2020-05-19/program.drl");
        String blanked = compiled.files().get("2020-09-02/program.drl");
        assertTrue(kept.contains(function.strip()), kept);
        assertFalse(blanked.contains("function"), blanked);
        assertEquals(lines(Files.readString(dir.resolve("2020-09-02/program.drl"))), lines(blanked) - 2,
                "the blank lines keep the file's lines (the note at the end adds two)");
        assertTrue(compiled.files().get("2020-09-02/A.drl").contains("active(2)"), "the call keeps its name");
        assertEquals(Map.of(), compiled.renamedRules());
        assertCompiles(compiled);
    }

    @Test
    void givenAnInheritedFileWhoseFunctionChangesUnderIt_thenTheBuildNamesTheFileTheFunctionAndWhatToDo()
            throws IOException {
        folder("2020-05-19", "", "limit.drl", "function int limit() {\n    return 1;\n}\n",
                "A.drl", rule("R1.1 over the limit", "limit()"));
        folder("2020-09-02", "2020-05-19", "limit.drl", "function int limit() {\n    return 2;\n}\n");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RevisionFolders.compiledCopies(RevisionFolders.resolveAll(dir)));

        assertTrue(e.getMessage().contains("2020-05-19/A.drl calls function limit")
                && e.getMessage().contains("2020-09-02/limit.drl") && e.getMessage().contains("copy it into 2020-09-02/"),
                e.getMessage());
    }

    @Test
    void givenAFunctionNoFileOfARevisionDefines_thenTheBuildSaysSo() throws IOException {
        folder("2020-05-19", "", "limit.drl", "function int limit() {\n    return 1;\n}\n",
                "A.drl", rule("R1.1 over the limit", "limit()"));
        folder("2020-09-02", "2020-05-19", "B.drl", rule("R1.2 also over", "limit()"));
        Files.writeString(dir.resolve("2020-09-02/revision.properties"), Files.readString(
                dir.resolve("2020-09-02/revision.properties")) + "removes=limit.drl\n");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RevisionFolders.compiledCopies(RevisionFolders.resolveAll(dir)));

        assertTrue(e.getMessage().contains("calls function limit, which no file of revision 2020-09-02 defines"),
                e.getMessage());
    }

    /** Seeds of the generated DRL texts. */
    static LongStream seeds() {
        return LongStream.range(0, 12).map(i -> 20_261_130L + i);
    }

    /**
     * Generated DRL texts: functions whose bodies, and the comments and strings around them, hold braces,
     * parentheses, quotes, escapes and names followed by a parenthesis. The reader finds exactly the functions
     * written, with their exact texts, and exactly the names called in code.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void functionsAndCallsAreFoundInCodeOnly(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int text = 0; text < 60; text++) {
            StringBuilder drl = new StringBuilder("package dev.cosell.rules;\n");
            Map<String, String> functions = new LinkedHashMap<>();
            Set<String> called = new TreeSet<>();
            int count = random.nextInt(0, 5);
            for (int f = 0; f < count; f++) {
                drl.append(noise(random));
                String name = "fn" + f + "x" + random.nextInt(1000);
                StringBuilder body = new StringBuilder();
                int statements = random.nextInt(0, 4);
                if (statements > 0) {
                    called.add("if");
                }
                for (int s = 0; s < statements; s++) {
                    String callee = "callee" + random.nextInt(20);
                    called.add(callee);
                    body.append("    if (").append(callee).append("(\"(}{\\\"x\") ) {\n")
                            .append("        String s = \"{\" + '}' + '\\'' + \"\\\\\";").append(noise(random))
                            .append("\n    }\n");
                }
                String function = "function String " + name + "(int a) {\n" + body + "    return \"}\";\n}";
                functions.put(name, function);
                called.add(name); // the definition reads as a call of its own name
                drl.append(function).append('\n');
            }
            drl.append(noise(random));

            Map<String, RevisionFolders.Function> found = RevisionFolders.functionsIn(drl.toString(), "generated.drl");
            assertEquals(functions.keySet(), found.keySet(), drl::toString);
            functions.forEach((name, function) -> assertEquals(function, found.get(name).text(), drl::toString));
            assertEquals(called, RevisionFolders.callsIn(drl.toString()), drl::toString);
            assertEquals(drl.length(), RevisionFolders.code(drl.toString()).length());
        }
    }

    /** Comments and strings that read like code: braces, parentheses, a function, a call. */
    private static String noise(SplittableRandom random) {
        return switch (random.nextInt(5)) {
            case 0 -> "// function int hidden() { notCalled( }\n";
            case 1 -> "/* } { notCalled() \n function int hidden() { */\n";
            case 2 -> "// \"unclosed ( quote\n";
            case 3 -> " /* a */ ";
            default -> "";
        };
    }

    private static String rule(String name, String expression) {
        return "rule \"" + name + "\"\nwhen\n    String( length > " + expression + " )\nthen\nend\n";
    }

    private void folder(String id, String base, String... files) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(id));
        Files.writeString(folder.resolve("revision.properties"), "id=" + id + "\neffective=" + id + "\nbase=" + base
                + "\nconfidence=high\nsummary=test\nrows=R1.1\nsource.1=test\n");
        for (int i = 0; i < files.length; i += 2) {
            Files.writeString(folder.resolve(files[i]), "package dev.cosell.rules;\n\n" + files[i + 1]);
        }
    }

    private static int lines(String text) {
        return text.split("\n", -1).length;
    }

    /** The copies compile together, as the build compiles them: one package, no duplicate rule or function. */
    private static void assertCompiles(RevisionFolders.Compiled compiled) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        CompositeKnowledgeBuilder batch = builder.batch();
        compiled.files().forEach((name, text) -> {
            Resource resource = KieServices.Factory.get().getResources().newByteArrayResource(
                    text.getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(name);
            batch.add(resource, ResourceType.DRL);
        });
        batch.build();
        assertEquals(List.of(), new ArrayList<>(builder.getErrors()).stream().map(Object::toString).toList(),
                String.join("\n\n", compiled.files().values()));
    }
}
