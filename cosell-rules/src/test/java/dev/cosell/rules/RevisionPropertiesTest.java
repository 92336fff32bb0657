package dev.cosell.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.Answer;
import dev.cosell.model.Assessment;
import dev.cosell.model.Collateral;
import dev.cosell.model.CompetencyLevel;
import dev.cosell.model.IsvConnectTier;
import dev.cosell.model.Offer;
import dev.cosell.model.Partner;
import dev.cosell.model.SalesContact;
import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionResult;
import dev.cosell.rules.reference.RevisionReference;
import dev.cosell.rules.reference.SubmissionGenerator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties every revision keeps, on seeded generated submissions: evaluation is deterministic (across evaluators
 * and across {@code evaluate} / {@code evaluateAll}); within a revision, adding an input that meets a row never
 * lowers the status; pinning a revision equals choosing it by date on its own days; and {@code evaluateAll} over
 * submissions of mixed dates (some before the first revision, some without a date or invalid) equals evaluating
 * each alone, in order.
 */
class RevisionPropertiesTest {
    static final long SEED = Long.getLong("cosell.properties.seed", 20210713L);
    static final int COUNT = Integer.getInteger("cosell.properties.count", 400);

    static final CoSellEvaluator EVALUATOR = CoSellEvaluator.create();

    static Stream<String> revisions() {
        return RevisionReference.REVISIONS.stream();
    }

    @Test
    void givenTheSameSubmissions_whenEvaluatedAgainByAnotherEvaluatorOneByOneOrInAStream_thenTheAssessmentsAreEqual() {
        List<Submission> submissions = SubmissionGenerator.acrossRevisions(SEED).stream(COUNT * 2).toList();
        CoSellEvaluator other = CoSellEvaluator.create();
        List<Assessment> streamed = assessments(EVALUATOR.evaluateAll(submissions.stream()));
        List<Assessment> streamedAgain = assessments(other.evaluateAll(submissions.stream()));
        for (int i = 0; i < submissions.size(); i++) {
            Submission s = submissions.get(i);
            Assessment first = EVALUATOR.evaluate(s);
            String where = "submission " + i + " of seed " + SEED + ": " + s;
            assertEquals(first, EVALUATOR.evaluate(s), where);
            assertEquals(first, other.evaluate(s), where);
            assertEquals(first, streamed.get(i), where);
            assertEquals(first, streamedAgain.get(i), where);
        }
    }

    /** Changes that only add what meets a row: none may lower the status under any revision. */
    static final Map<String, UnaryOperator<Submission>> IMPROVEMENTS = improvements();

    private static Map<String, UnaryOperator<Submission>> improvements() {
        Map<String, UnaryOperator<Submission>> m = new LinkedHashMap<>();
        m.put("100,000 USD more ACR last month", s -> partner(s, p -> p.revenue("Extra solution",
                YearMonth.from(s.asOf()).minusMonths(1), "100000.00", "0")));
        m.put("100,000 USD more billed revenue last month", s -> partner(s, p -> p.revenue("Extra solution",
                YearMonth.from(s.asOf()).minusMonths(1), "0", "100000.00")));
        m.put("a contact for every country", s -> offer(s, o -> o.contact("Extra", "extra@example.com", "Sales",
                SalesContact.ALL_COUNTRIES)));
        m.put("a contact for each country", s -> offer(s, o -> {
            for (String country : s.offer().coSellCountries()) {
                o.contact("Extra " + country, "extra@example.com", "Sales", country);
            }
            return o;
        }));
        m.put("every missing document", s -> offer(s, o -> o.collateral(complete(s.offer().collateral()))));
        m.put("an active Gold competency", s -> partner(s, p -> p.competency("Extra", CompetencyLevel.GOLD,
                s.asOf().minusDays(1), s.asOf().plusDays(1))));
        m.put("an active premium ISV Connect enrollment", s -> partner(s, p -> p.isvConnect(IsvConnectTier.PREMIUM,
                s.asOf(), s.asOf())));
        m.put("an active solutions partner designation", s -> partner(s, p -> p.designation("Extra", s.asOf(),
                s.asOf())));
        m.put("the MPN ID", s -> s.partner().mpnId() != null ? s : partner(s, p -> p.mpnId("7654321")));
        m.put("a complete business profile", s -> partner(s, p -> p.businessProfileComplete(true)));
        m.put("listing complete", s -> offer(s, o -> o.listingComplete(Answer.YES)));
        m.put("technical validation passed", s -> offer(s, o -> o.technicalValidation(Answer.YES)));
        m.put("not an Office add-in", s -> offer(s, o -> o.officeAppOrAddIn(Answer.NO)));
        m.put("Cloud Specialist requested", s -> offer(s, o -> o.cloudSpecialistRequested(Answer.YES)));
        return m;
    }

    @ParameterizedTest(name = "revision {0}")
    @MethodSource("revisions")
    void givenASubmission_whenAnInputThatMeetsARowIsAdded_thenTheStatusNeverDrops(String id) {
        RevisionReference reference = RevisionReference.of(id);
        long seed = SEED + RevisionReference.REVISIONS.indexOf(id);
        List<Submission> base = SubmissionGenerator.within(seed, reference.effectiveFrom(),
                reference.effectiveUntil().orElse(LocalDate.of(2026, 12, 31))).stream(COUNT / 2).toList();
        CoSellEvaluator pinned = EVALUATOR.forRevision(id);
        List<Assessment> before = assessments(pinned.evaluateAll(base.stream()));
        List<String> drops = new ArrayList<>();
        int raised = 0;
        for (Map.Entry<String, UnaryOperator<Submission>> improvement : IMPROVEMENTS.entrySet()) {
            List<Submission> improved = base.stream().map(improvement.getValue()).toList();
            List<Assessment> after = assessments(pinned.evaluateAll(improved.stream()));
            for (int i = 0; i < base.size(); i++) {
                int was = before.get(i).status().ordinal();
                int is = after.get(i).status().ordinal();
                if (is < was) {
                    drops.add(improvement.getKey() + " lowered submission " + i + " from " + before.get(i).status()
                            + " to " + after.get(i).status() + " (findings after: " + after.get(i).findings() + ")");
                }
                raised += is > was ? 1 : 0;
            }
        }
        assertTrue(drops.isEmpty(), () -> "revision " + id + ", seed " + seed + ": " + drops.size()
                + " drops:\n" + String.join("\n", drops.subList(0, Math.min(30, drops.size()))));
        assertTrue(raised > 0, "no improvement raised any status: the test would prove nothing");
    }

    @ParameterizedTest(name = "revision {0}")
    @MethodSource("revisions")
    void givenADateInsideARevision_whenPinnedToItOrChosenByDate_thenTheAssessmentsAreEqual(String id) {
        RevisionReference reference = RevisionReference.of(id);
        long seed = SEED - RevisionReference.REVISIONS.indexOf(id);
        List<Submission> submissions = SubmissionGenerator.within(seed, reference.effectiveFrom(),
                reference.effectiveUntil().orElse(LocalDate.of(2026, 12, 31))).stream(COUNT / 2).toList();
        List<Assessment> pinned = assessments(EVALUATOR.forRevision(id).evaluateAll(submissions.stream()));
        List<Assessment> dated = assessments(EVALUATOR.evaluateAll(submissions.stream()));
        for (int i = 0; i < submissions.size(); i++) {
            assertEquals(id, dated.get(i).revision().id());
            assertEquals(dated.get(i), pinned.get(i), "submission " + i + " of seed " + seed);
            assertEquals(dated.get(i), EVALUATOR.forRevision(id).evaluate(submissions.get(i)));
        }
    }

    @Test
    void givenAStreamOfMixedDates_whenEvaluatedTogether_thenEachResultEqualsEvaluatingItAloneInOrder() {
        List<Submission> submissions = new ArrayList<>();
        java.util.BitSet altered = new java.util.BitSet();
        SubmissionGenerator generator = SubmissionGenerator.acrossRevisions(SEED ^ 0x5DEECE66DL);
        for (int i = 0; i < COUNT * 2; i++) {
            Submission s = generator.next();
            // Rejected in the stream as alone, whichever group a batch puts them in: one in twenty dated before the
            // first revision, one without a date, one dated before any date the validator accepts, and one dated
            // inside a revision whose offer is missing (validated with that revision's submissions).
            Submission submission = switch (i % 20) {
                case 7 -> new Submission(s.partner(), s.offer(), LocalDate.of(2019, 1 + i % 12, 1));
                case 11 -> new Submission(s.partner(), s.offer(), null);
                case 13 -> new Submission(s.partner(), s.offer(), LocalDate.of(1800, 1, 1));
                case 17 -> new Submission(s.partner(), null, s.asOf());
                default -> s;
            };
            altered.set(i, submission != s);
            submissions.add(submission);
        }
        List<SubmissionResult> results;
        try (Stream<SubmissionResult> all = EVALUATOR.evaluateAll(submissions.stream())) {
            results = all.toList();
        }
        assertEquals(submissions.size(), results.size());
        int rejected = 0;
        for (int i = 0; i < submissions.size(); i++) {
            SubmissionResult result = results.get(i);
            Submission s = submissions.get(i);
            assertEquals(s, result.submission(), "in order");
            if (altered.get(i)) {
                InvalidSubmissionException e = assertThrows(InvalidSubmissionException.class, () -> EVALUATOR.evaluate(s));
                assertFalse(result.isAssessed());
                assertEquals(e.violations(), result.violations());
                rejected++;
            } else {
                assertTrue(result.isAssessed(), () -> result.violations() + " " + result.failure());
                assertEquals(EVALUATOR.evaluate(s), result.assessment().orElseThrow(), "submission " + i);
            }
        }
        assertEquals(4 * COUNT * 2 / 20, rejected);
    }

    private static List<Assessment> assessments(Stream<SubmissionResult> results) {
        try (results) {
            return results.map(r -> r.assessment().orElseThrow(() -> new AssertionError("not assessed: "
                    + r.violations() + " " + r.failure()))).toList();
        }
    }

    private static Submission partner(Submission s, UnaryOperator<Partner.Builder> change) {
        return new Submission(change.apply(s.partner().toBuilder()).build(), s.offer(), s.asOf());
    }

    private static Submission offer(Submission s, UnaryOperator<Offer.Builder> change) {
        return new Submission(s.partner(), change.apply(s.offer().toBuilder()).build(), s.asOf());
    }

    private static Collateral complete(Collateral c) {
        return new Collateral(c.hasOnePager() ? c.onePager() : "one-pager.pdf",
                c.hasPresentationDeck() ? c.presentationDeck() : "deck.pptx",
                c.hasLandingPage() ? c.landingPageUrl() : "https://example.com/solution",
                c.hasSocialMedia() ? c.socialMediaUrl() : "https://www.linkedin.com/company/example",
                c.otherDocuments(), c.hasArchitectureDiagram() ? c.architectureDiagram() : "architecture.png");
    }
}
