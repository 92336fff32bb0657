package dev.cosell.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionResult;
import dev.cosell.rules.reference.SubmissionGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped rules as the build precompiles them (what {@link CoSellEvaluator#create()} loads) against the same
 * DRL files compiled at run time: from the classpath in the order {@code ruleset.properties} lists them (what
 * {@code create()} did before the rules were precompiled), the same assessments, fired rules in the same order
 * included; from their folder (what {@link CoSellEvaluator#fromDirectory} does), the same assessments with the
 * same fired rules. A folder's files compile in path order, so rules of equal salience in different files
 * (the next-step rules of status.drl, the channel rules of benefits-and-channels.drl) may fire in another order
 * there; that order is the engine's, whichever way the rules are built.
 */
class PrecompiledRulesTest {
    private static CoSellEvaluator fromDrl;
    private static CoSellEvaluator fromFolder;

    @BeforeAll
    static void compileTheDrl() {
        fromDrl = CoSellEvaluator.compiledFromDrl().forRevision(Fixtures.BASE);
        fromFolder = CoSellEvaluator.fromDirectory(RuleFolderTest.SHIPPED);
    }

    @Test
    void theBuildShipsThePrecompiledRules() {
        assertEquals(List.of(RevisionFolders.COMPILED_PACKAGE), List.copyOf(
                CoSellEvaluator.precompiledModels().keySet()), "one precompiled model, of every revision folder's"
                + " files, in " + CoSellEvaluator.PRECOMPILED_MODEL + ", or create() would compile the DRL files at"
                + " run time");
    }

    @Test
    void thePrecompiledRulesAreTheDrlRulesWithTheirFilesLinesAndRows() {
        assertEquals(fromDrl.rules(), Fixtures.EVALUATOR.rules());
        // The classpath names each file by the revision folder it comes from; the folder by its own name.
        assertEquals(fromFolder.rules(), Fixtures.EVALUATOR.rules().stream().map(r -> new RuleInfo(r.name(),
                r.file().replace(Fixtures.BASE + "/", ""), r.line(), r.requirements())).toList());
        assertEquals(fromFolder.ruleSetRevision(), Fixtures.EVALUATOR.ruleSetRevision());
    }

    @Test
    void boundarySubmissionsGetIdenticalAssessments() {
        assertIdentical(SubmissionGenerator.submissions(20_260_525L, 7_000).toList());
    }

    @Test
    void realisticSubmissionsGetIdenticalAssessments() {
        assertIdentical(SubmissionGenerator.realisticSubmissions(20_260_526L, 7_000).toList());
    }

    @Test
    void singleEvaluationsGiveIdenticalAssessments() {
        List<Submission> submissions = Stream.concat(SubmissionGenerator.submissions(7L, 500),
                SubmissionGenerator.realisticSubmissions(8L, 500)).toList();
        int assessed = 0;
        for (Submission submission : submissions) {
            Object precompiled;
            Object compiled;
            try {
                precompiled = Fixtures.EVALUATOR.evaluate(submission);
                assessed++;
            } catch (InvalidSubmissionException e) {
                precompiled = e.violations();
            }
            try {
                compiled = fromDrl.evaluate(submission);
            } catch (InvalidSubmissionException e) {
                compiled = e.violations();
            }
            assertEquals(compiled, precompiled);
        }
        assertTrue(assessed > 500, "only " + assessed + " of the submissions are valid");
    }

    @Test
    void aModelBuiltFromOtherDrlTextIsRejected() throws IOException {
        List<RuleSource> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(RuleFolderTest.SHIPPED)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                String text = Files.readString(file);
                if (file.getFileName().toString().equals("R2.1-csp.drl")) {
                    text = text.replace("rule \"R2.1 available to CSP resellers\"", "rule \"R2.1 renamed since\"");
                }
                sources.add(new RuleSource(Fixtures.BASE + "/" + file.getFileName(), text));
            }
        }

        dev.cosell.model.Revision first = Fixtures.EVALUATOR.revisions().get(0);
        java.util.Map<String, String> compiledNames = new java.util.HashMap<>();
        CoSellEvaluator.precompiledRules(first).forEach(d -> compiledNames.put(d.name(), d.compiledName()));
        List<RuleSet.Declaration> declared = RuleSet.declarationsOf(sources).stream().map(d -> new RuleSet.Declaration(
                d.file(), d.line(), d.name(), compiledNames.getOrDefault(d.name(), d.name()))).toList();
        RuleCompilationException e = assertThrows(RuleCompilationException.class, () -> RuleSet.precompiled(
                "classpath", first, declared, CoSellEvaluator.precompiledModels().get(RevisionFolders.COMPILED_PACKAGE)));
        assertTrue(e.problems().stream().anyMatch(p -> p.rule().equals("R2.1 renamed since")
                && p.file().equals(Fixtures.BASE + "/R2.1-csp.drl") && p.line() > 0
                && p.message().contains("missing from the precompiled rules")), e::getMessage);
    }

    /**
     * Every revision's rules come from the one class generated for every folder's files, each rule built by its own
     * generated method: a Drools that names those methods otherwise still loads the rules (from the whole model), but
     * every revision would then load the classes of every rule of every folder.
     */
    @Test
    void everyRuleOfEveryRevisionIsBuiltByItsOwnGeneratedMethod() {
        Class<?> model = CoSellEvaluator.precompiledModels().get(RevisionFolders.COMPILED_PACKAGE);
        java.util.Set<String> methods = RuleSet.ruleMethods(model).keySet();
        java.util.Set<String> distinct = new java.util.TreeSet<>();
        int rules = 0;
        for (dev.cosell.model.Revision revision : Fixtures.EVALUATOR.revisions()) {
            for (RuleSet.Declaration rule : CoSellEvaluator.precompiledRules(revision)) {
                String compiled = rule.compiledName();
                assertTrue(methods.contains(RuleSet.ruleMethodName(compiled)), rule + " of revision " + revision.id()
                        + " has no generated method " + RuleSet.ruleMethodName(compiled));
                distinct.add(compiled);
                rules++;
            }
        }
        assertTrue(rules > 700, "only " + rules + " rules over the revisions");
        assertEquals(methods.size(), distinct.size(), "every generated rule serves a revision, each once");
    }

    /** The model a revision's rules are built into declares nothing beside rules; the generated ones must not. */
    @Test
    void theGeneratedModelsHoldOnlyRules() throws ReflectiveOperationException {
        for (Class<?> type : CoSellEvaluator.precompiledModels().values()) {
            org.drools.model.Model model = (org.drools.model.Model) type.getDeclaredConstructor().newInstance();
            assertEquals(List.of(), model.getGlobals(), type.getName());
            assertEquals(List.of(), model.getQueries(), type.getName());
            assertEquals(List.of(), model.getTypeMetaDatas(), type.getName());
            assertEquals(List.of(), model.getEntryPoints(), type.getName());
            assertTrue(!model.getRules().isEmpty(), type.getName());
        }
    }

    /**
     * Every revision folder's files are compiled once, in one package, some rules and functions renamed apart, and
     * every revision takes the rules of the files it uses from there; compiled from DRL, a revision's files form one
     * package, as they did when the build compiled every revision whole. Both give every revision the same rules, and every submission dated in any
     * revision the same assessment, fired rules in the same order included.
     */
    @Test
    void everyRevisionMatchesItsFilesCompiledAsOnePackage() {
        CoSellEvaluator byDateFromDrl = CoSellEvaluator.compiledFromDrl();
        CoSellEvaluator byDate = CoSellEvaluator.create();
        for (dev.cosell.model.Revision revision : byDate.revisions()) {
            assertEquals(byDateFromDrl.forRevision(revision.id()).rules(), byDate.forRevision(revision.id()).rules(),
                    revision.id());
        }
        List<Submission> submissions = SubmissionGenerator.acrossRevisions(20_261_130L).stream(6_000).toList();
        List<SubmissionResult> precompiled = evaluateAll(byDate, submissions);
        List<SubmissionResult> compiled = evaluateAll(byDateFromDrl, submissions);
        java.util.Set<String> revisions = new java.util.TreeSet<>();
        for (int i = 0; i < submissions.size(); i++) {
            assertEquals(compiled.get(i), precompiled.get(i), "submission " + i);
            precompiled.get(i).assessment().ifPresent(a -> revisions.add(a.revision().id()));
        }
        assertEquals(byDate.revisions().stream().map(dev.cosell.model.Revision::id).toList(),
                List.copyOf(revisions), "every revision is reached");
    }

    private static void assertIdentical(List<Submission> submissions) {
        List<SubmissionResult> precompiled = evaluateAll(Fixtures.EVALUATOR, submissions);
        List<SubmissionResult> compiled = evaluateAll(fromDrl, submissions);
        List<SubmissionResult> folder = evaluateAll(fromFolder, submissions);
        assertEquals(submissions.size(), precompiled.size());
        for (int i = 0; i < submissions.size(); i++) {
            assertEquals(compiled.get(i), precompiled.get(i), "submission " + i);
            // A folder is one revision for every date: no calendar, so no notices, and its own revision record.
            assertEquals(core(folder.get(i)), core(precompiled.get(i)), "submission " + i + " against the folder");
        }
        long assessed = precompiled.stream().filter(SubmissionResult::isAssessed).count();
        assertTrue(assessed > submissions.size() / 2, "only " + assessed + " of the submissions are valid");
    }

    /** What a result says of the offer, without the revision record and the notices of the calendar. */
    private static Object core(SubmissionResult r) {
        return r.assessment().<Object>map(a -> new dev.cosell.model.Assessment(a.partnerId(), a.offerId(), a.asOf(),
                a.status(), a.route(), a.standing(), a.findings(), a.benefits(), a.serviceFeePercent(), a.channels(),
                a.nextSteps(), a.ruleSetRevision(), a.firedRules())).orElse(r.violations());
    }

    private static List<SubmissionResult> evaluateAll(CoSellEvaluator evaluator, List<Submission> submissions) {
        try (Stream<SubmissionResult> results = evaluator.evaluateAll(submissions.stream())) {
            return results.toList();
        }
    }
}
