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
        assertEquals(Fixtures.EVALUATOR.revisions().stream().map(r -> RevisionFolders.packageOf(r.id())).toList(),
                List.copyOf(new java.util.TreeSet<>(CoSellEvaluator.precompiledModels().keySet())),
                "one precompiled model per revision in " + CoSellEvaluator.PRECOMPILED_MODEL
                        + ", or create() would compile the DRL files at run time");
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
                if (!file.getFileName().toString().equals("R2.1-csp.drl")) {
                    sources.add(new RuleSource(file.getFileName().toString(), Files.readString(file)));
                }
            }
        }

        RuleCompilationException e = assertThrows(RuleCompilationException.class, () -> RuleSet.precompiled(
                "classpath", Fixtures.EVALUATOR.revisions().get(0), sources,
                CoSellEvaluator.precompiledModels().get(RevisionFolders.packageOf(Fixtures.BASE))));
        assertTrue(e.problems().stream().anyMatch(p -> p.rule().equals("R2.1 available to CSP resellers")
                && p.message().contains("in no DRL file")), e::getMessage);
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
