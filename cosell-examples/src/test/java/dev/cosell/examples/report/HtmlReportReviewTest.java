package dev.cosell.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.Assessment;
import dev.cosell.model.ReviewState;
import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionResult;
import dev.cosell.rules.CoSellEvaluator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML report shows, for every review state (M1 to M7), in English and Korean, what each offer qualifies for,
 * how that relates to Microsoft's review, and ends the next steps with the standing's own step when it has one.
 */
class HtmlReportReviewTest {
    static final CoSellEvaluator EVALUATOR = CoSellEvaluator.create();

    static Stream<Arguments> reviewStatesAndLanguages() {
        return Stream.of(ReviewState.values())
                .flatMap(r -> Stream.of(Arguments.of(r, Locale.ENGLISH), Arguments.of(r, Locale.KOREAN)));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("reviewStatesAndLanguages")
    void givenAReviewState_whenWritten_thenEachOfferShowsItsQualificationAndItsStandingBesideIt(ReviewState review,
                                                                                                Locale locale)
            throws IOException {
        List<Submission> submissions = ReportFixtures.ALL.subList(0, 4).stream()
                .map(s -> new Submission(s.partner(), s.offer().toBuilder().reviewState(review).build(), s.asOf()))
                .toList();
        List<SubmissionResult> results = EVALUATOR.evaluateAll(submissions.stream()).toList();
        StringWriter out = new StringWriter();
        HtmlReport.write(results, locale, out);
        List<String> sections = HtmlReportTest.offerSections(out.toString());

        assertEquals(4, sections.size());
        for (int i = 0; i < sections.size(); i++) {
            Assessment a = results.get(i).assessment().orElseThrow();
            String section = sections.get(i);
            String at = a.offerId() + " " + review + " " + locale;
            assertTrue(section.contains((locale == Locale.KOREAN ? "자격: " : "Qualifies for: ")
                    + "<strong class=\"badge"), at + ": the status shows as a qualification");
            assertTrue(section.contains("<p class=\"standing\" data-standing=\"" + a.standing().id() + "\">"), at);
            assertTrue(section.contains(HtmlReport.escape(a.standingText(locale)) + "</p>"), at);
            int lastStep = section.lastIndexOf("<li><span class=\"req-id\">");
            if (a.standing().step(locale).isPresent()) {
                String step = "<li><span class=\"req-id\">" + a.standing().id() + "</span> "
                        + HtmlReport.escape(a.standing().step(locale).orElseThrow());
                assertEquals(section.indexOf(step), lastStep, at + ": the standing's step ends the next steps");
                assertTrue(section.contains(HtmlReport.escape(a.standing().where(locale).orElseThrow())), at);
            } else {
                assertFalse(section.contains("<span class=\"req-id\">M"), at + ": no review step");
            }
        }
    }
}
