package dev.cosell.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.Assessment;
import dev.cosell.model.Offer;
import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionResult;
import dev.cosell.rules.reference.SubmissionGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule sessions are reused between evaluations: no fact, match or failure of one leaks into the next. */
class SessionReuseTest {
    @TempDir
    Path folder;

    @Test
    void evaluatingTheSameSubmissionsAgainGivesTheSameAssessments() {
        CoSellEvaluator evaluator = CoSellEvaluator.create().forRevision("2020-05-19");
        List<Submission> submissions = SubmissionGenerator.realisticSubmissions(11, 600).toList();

        List<SubmissionResult> first = evaluator.evaluateAll(submissions.stream()).toList();
        List<SubmissionResult> second = evaluator.evaluateAll(submissions.stream()).toList();
        List<Assessment> oneByOne = submissions.stream().map(evaluator::evaluate).toList();

        assertEquals(first, second);
        assertEquals(first.stream().map(r -> r.assessment().orElseThrow()).toList(), oneByOne);
        assertEquals(CoSellEvaluator.create().forRevision("2020-05-19").evaluate(submissions.get(0)), evaluator.evaluate(submissions.get(0)));
    }

    @Test
    void aRuleThatFailedLeavesNothingBehindForTheNextEvaluation() throws IOException {
        RuleFolderTest.copyShipped(folder);
        Files.writeString(folder.resolve("zz-failing.drl"), """
                package dev.cosell.rules;
                import dev.cosell.rules.facts.Evaluation;
                rule "B4 fails for one offer"
                    @requirement("B4")
                when
                    Evaluation( offer.id == "boom" )
                then
                    throw new IllegalStateException("boom");
                end
                """);
        CoSellEvaluator evaluator = CoSellEvaluator.fromDirectory(folder);
        Submission good = SubmissionGenerator.realisticSubmissions(5, 1).findFirst().orElseThrow();
        Assessment before = evaluator.evaluate(good);

        Submission failing = new Submission(good.partner(), withId(good.offer(), "boom"), good.asOf());
        EvaluationException failure = assertThrows(EvaluationException.class, () -> evaluator.evaluate(failing));
        assertTrue(failure.getMessage().contains("B4 fails for one offer"), failure.getMessage());

        assertEquals(before, evaluator.evaluate(good));
        assertEquals(CoSellEvaluator.create().forRevision("2020-05-19").evaluate(good).findings(), evaluator.evaluate(good).findings());
    }

    private static Offer withId(Offer o, String id) {
        return new Offer(id, o.name(), o.type(), o.listingState(), o.transactable(),
                o.availableToCspResellers(), o.azureIpSharePercent(), o.coSellCountries(), o.contacts(),
                o.collateral());
    }
}
