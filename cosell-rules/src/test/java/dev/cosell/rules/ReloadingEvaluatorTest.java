package dev.cosell.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.Assessment;
import dev.cosell.model.Offer;
import dev.cosell.model.OfferType;
import dev.cosell.model.Outcome;
import dev.cosell.model.Partner;
import dev.cosell.model.Requirement;
import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule author changes the rules of a serving evaluator: good rules are swapped in, broken ones never. */
class ReloadingEvaluatorTest {
    static final LocalDate AS_OF = LocalDate.of(2020, 7, 1);
    static final String THRESHOLD = "return new BigDecimal(\"100000.00\");";

    @TempDir
    Path folder;

    /** An Azure IP offer whose partner has 99,999.99 USD of ACR: everything met but R4.1. */
    static Submission justBelowThreshold() {
        Partner partner = Partner.builder("p", "P").businessProfileComplete(true)
                .revenue("S", YearMonth.of(2020, 1), "99999.99", "0").build();
        Offer offer = Offer.builder("o", "O", OfferType.SAAS).live().coSellCountries("US")
                .contact("A", "a@example.com", "Sales", "*").onePager("1.pdf").landingPage("https://example.com")
                .socialMedia("https://example.com/s").azureIpSharePercent("80").build();
        return Submission.of(partner, offer, AS_OF);
    }

    void setThreshold(String amount) throws IOException {
        Path program = folder.resolve("R4.1-revenue.drl");
        String text = Files.readString(program);
        assertTrue(text.contains(THRESHOLD), "R4.1-revenue.drl no longer holds the threshold as this test expects");
        Files.writeString(program, text.replace(THRESHOLD, "return new BigDecimal(\"" + amount + "\");"));
    }

    void breakStep3() throws IOException {
        Path step3 = folder.resolve("R3.2-one-pager.drl");
        Files.writeString(step3, Files.readString(step3).replace("offer.collateral.hasOnePager(), $file",
                "offer.collateral.hasOnePagr(), $file"));
    }

    @Test
    void aChangedThresholdIsTakenUpOnReload() throws IOException {
        RuleFolderTest.copyShipped(folder);
        try (ReloadingEvaluator evaluator = ReloadingEvaluator.over(folder)) {
            assertEquals(Outcome.UNMET, evaluator.evaluate(justBelowThreshold()).outcome(Requirement.R4_1));

            setThreshold("99999.99");
            ReloadResult result = evaluator.reload();

            assertTrue(result.applied(), result.toString());
            assertEquals(List.of(), result.problems());
            Assessment after = evaluator.evaluate(justBelowThreshold());
            assertEquals(Outcome.MET, after.outcome(Requirement.R4_1));
            assertTrue(after.finding(Requirement.R4_1).message().contains("99,999.99 USD needed"),
                    after.finding(Requirement.R4_1).message());
        }
    }

    @Test
    void brokenRulesAreRejectedWithFileAndLineWhileThePreviousRulesKeepServing() throws IOException {
        RuleFolderTest.copyShipped(folder);
        try (ReloadingEvaluator evaluator = ReloadingEvaluator.over(folder)) {
            Assessment before = evaluator.evaluate(justBelowThreshold());
            setThreshold("1.00");
            breakStep3();

            ReloadResult result = evaluator.reload();

            assertFalse(result.applied());
            assertEquals("2020-05-19", result.revision());
            assertTrue(result.problems().stream().anyMatch(p -> p.file().equals("R3.2-one-pager.drl")
                    && p.line() > 0 && p.rule().equals("R3.2 one-pager uploaded")), result.toString());
            assertTrue(result.toString().contains("R3.2-one-pager.drl:"), result.toString());
            assertEquals(before, evaluator.evaluate(justBelowThreshold()), "the previous rules must keep serving");
        }
    }

    @Test
    void aStreamStartedBeforeAReloadFinishesOnTheRulesItStartedWith() throws IOException {
        RuleFolderTest.copyShipped(folder);
        try (ReloadingEvaluator evaluator = ReloadingEvaluator.over(folder)) {
            Stream<Submission> input = IntStream.range(0, 3 * CoSellEvaluator.BATCH_SIZE)
                    .mapToObj(i -> justBelowThreshold());
            Iterator<SubmissionResult> results = evaluator.evaluateAll(input).iterator();
            assertEquals(Outcome.UNMET, results.next().assessment().orElseThrow().outcome(Requirement.R4_1));

            setThreshold("99999.99");
            assertTrue(evaluator.reload().applied());

            int count = 1;
            while (results.hasNext()) {
                Assessment a = results.next().assessment().orElseThrow();
                assertEquals(Outcome.UNMET, a.outcome(Requirement.R4_1), "assessment " + count + " changed rules");
                count++;
            }
            assertEquals(3 * CoSellEvaluator.BATCH_SIZE, count, "no evaluation may be lost");
            assertEquals(Outcome.MET, evaluator.evaluate(justBelowThreshold()).outcome(Requirement.R4_1));
        }
    }

    @Test
    void aWatchedFolderReloadsWhenARuleFileChanges() throws Exception {
        RuleFolderTest.copyShipped(folder);
        BlockingQueue<ReloadResult> reloads = new ArrayBlockingQueue<>(16);
        try (ReloadingEvaluator evaluator = ReloadingEvaluator.over(folder).watch(reloads::add)) {
            breakStep3();
            ReloadResult rejected = reloads.poll(30, TimeUnit.SECONDS);
            assertTrue(rejected != null && !rejected.applied(), "a broken file must be reported: " + rejected);

            Files.copy(RuleFolderTest.SHIPPED.resolve("R3.2-one-pager.drl"), folder.resolve("R3.2-one-pager.drl"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            setThreshold("99999.99");
            ReloadResult applied = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while ((applied == null || !applied.applied()) && System.nanoTime() < deadline) {
                applied = reloads.poll(1, TimeUnit.SECONDS);
            }
            assertTrue(applied != null && applied.applied(), "the mended folder must be reloaded: " + applied);
            assertEquals(Outcome.MET, evaluator.evaluate(justBelowThreshold()).outcome(Requirement.R4_1));
            assertThrows(IllegalStateException.class, () -> evaluator.watch(r -> { }));
        }
    }

    @Test
    void theEngineDoesNotLogTheErrorsThatTheExceptionAlreadyNames() throws IOException {
        RuleFolderTest.copyShipped(folder);
        breakStep3();
        Files.writeString(folder.resolve("extra.drl"), "package dev.cosell.rules\nrule \"X\" when\n  Foo( \nthen end\n");
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        RuleCompilationException e;
        try {
            e = assertThrows(RuleCompilationException.class, () -> CoSellEvaluator.fromDirectory(folder));
        } finally {
            System.setErr(err);
        }
        String logged = captured.toString(StandardCharsets.UTF_8);
        assertFalse(logged.contains("org.drools") || logged.contains("org.kie") || logged.contains("ERROR"),
                "the engine logged:\n" + logged);
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("extra.drl") && p.line() == 4), e.getMessage());
        assertFalse(e.getMessage().contains("null Package"), "an echo of the parse error is listed:\n" + e.getMessage());
    }

    @Test
    void aFolderThatIsBrokenFromTheStartIsRejectedAtOnce() throws IOException {
        RuleFolderTest.copyShipped(folder);
        breakStep3();
        assertThrows(RuleCompilationException.class, () -> ReloadingEvaluator.over(folder));
    }
}
