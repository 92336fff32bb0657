package dev.cosell.examples.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.Assessment;
import dev.cosell.model.Finding;
import dev.cosell.model.Requirement;
import dev.cosell.model.Status;
import dev.cosell.model.SubmissionResult;
import dev.cosell.model.Violation;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    private static final Pattern OFFER_SECTION = Pattern.compile("(?s)<section class=\"offer\".*?</section>");

    @Test
    void givenFourAssessedOffers_whenWritten_thenEachHasOneSectionInOrderWithItsStatusOnTheLadder()
            throws IOException {
        String html = ReportFixtures.report(Locale.ENGLISH);
        List<String> sections = offerSections(html);
        List<Assessment> assessments = assessments();

        assertEquals(4, sections.size());
        for (int i = 0; i < sections.size(); i++) {
            String section = sections.get(i);
            Assessment a = assessments.get(i);
            assertTrue(section.contains("data-status=\"" + a.status().name() + "\""), section);
            assertTrue(section.contains("Offer id</dt><dd>" + a.offerId() + "</dd>"), a.offerId());
            assertEquals(1, count(section, "aria-current=\"step\""), a.offerId());
            assertTrue(section.contains("data-step=\"" + a.status().name() + "\" aria-current=\"step\">"),
                    a.offerId() + " highlights " + a.status());
        }
        assertEquals(List.of(Status.NOT_READY, Status.CO_SELL_READY, Status.CO_SELL_INCENTIVIZED,
                Status.CO_SELL_INCENTIVIZED), assessments.stream().map(Assessment::status).toList(),
                "the fixtures cover every status");
        assertTrue(sections.get(2).contains("Route: Azure IP"));
        assertTrue(sections.get(3).contains("Route: Business Applications"));
    }

    @Test
    void givenAnyOffer_whenWritten_thenTheChecklistHasEveryRowWithTitleOutcomeAndFigures() throws IOException {
        String html = ReportFixtures.report(Locale.ENGLISH);
        List<String> sections = offerSections(html);
        List<Assessment> assessments = assessments();
        for (int i = 0; i < sections.size(); i++) {
            String section = sections.get(i);
            // one row per row of the assessment's revision
            for (Finding f : assessments.get(i).findings()) {
                Requirement r = f.requirement();
                String outcome = switch (f.outcome()) {
                    case MET -> "\u2713</span> Met";
                    case UNMET -> "\u2717</span> Unmet";
                    case INPUT_MISSING -> "?</span> Input missing";
                    case OPTIONAL_MISSING -> "\u25CB</span> Optional, missing";
                    case NOT_APPLICABLE -> "\u2013</span> Not applicable";
                };
                String row = "data-requirement=\"" + r.id() + "\"><th scope=\"row\">" + r.id() + "</th><td>"
                        + HtmlReport.escape(r.title()) + "</td><td class=\"outcome\"><span class=\"sym\" "
                        + "aria-hidden=\"true\">" + outcome + "</td><td>" + HtmlReport.escape(HtmlReport.units(f.message()))
                        + "</td></tr>";
                assertTrue(section.contains(row), assessments.get(i).offerId() + " lacks " + row);
            }
            assertEquals(assessments.get(i).findings().size(), count(section, "<tr class=\"o-"));
        }
        assertTrue(sections.get(1).contains("is 99,999.99\u00A0USD; 100,000.00\u00A0USD needed."), "R4.1's figures");
    }

    @Test
    void givenUnmetRows_whenWritten_thenNextStepsNameWhereToActInPartnerCenter() throws IOException {
        List<String> sections = offerSections(ReportFixtures.report(Locale.ENGLISH));
        Assessment notReady = assessments().get(0);

        assertTrue(sections.get(0).contains("<h3>Next steps to Co-sell ready</h3>"));
        assertEquals(notReady.nextSteps().size(), count(sections.get(0), "<span class=\"where-label\">"));
        assertTrue(sections.get(0).contains(HtmlReport.escape(Requirement.R1_2.where())));
        assertTrue(sections.get(1).contains("<h3>Next steps to Co-sell incentivized</h3>"));
        assertTrue(sections.get(1).contains("<span class=\"req-id\">R4.1</span> ACR of all your solutions over 2019-07\u20262020-06 is "
                + "99,999.99\u00A0USD; 100,000.00\u00A0USD needed."));
        assertTrue(sections.get(2).contains("None: the offer qualifies for the last status."));
    }

    @Test
    void givenIncentivizedOffers_whenWritten_thenBenefitsAndFeeShowOnlyOnTheAzureIpRoute() throws IOException {
        List<String> sections = offerSections(ReportFixtures.report(Locale.ENGLISH));

        for (String benefit : List.of("B1", "B2", "B3", "B4")) {
            assertTrue(sections.get(2).contains("<span class=\"req-id\">" + benefit + "</span>"), benefit);
            assertFalse(sections.get(3).contains("<span class=\"req-id\">" + benefit + "</span>"), benefit);
        }
        assertTrue(sections.get(2).contains("Marketplace service fee on billed sales: 10\u00A0%"));
        assertFalse(sections.get(1).contains("Marketplace service fee"), "a non-transactable offer has no fee");
        assertTrue(sections.get(3).contains("No benefit B1\u2013B4 applies"));
        assertTrue(sections.get(2).contains("data-channel=\"C2\">"));
        assertEquals(3, count(sections.get(2), "<li class=\"open\""));
        assertEquals(3, count(sections.get(0), "<li class=\"closed\""), "nothing is open for a draft");
    }

    @Test
    void givenHostileNames_whenWritten_thenTheyAreEscapedText() throws IOException {
        String html = ReportFixtures.report(Locale.ENGLISH);

        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "no script element at all");
        assertFalse(html.contains("<b>Bold</b>"));
        assertTrue(html.contains("<h2 id=\"offer-1-h\">&lt;script&gt;alert(1)&lt;/script&gt;</h2>"));
        assertTrue(html.contains("Fabrikam &amp; Sons &quot;&lt;b&gt;Bold&lt;/b&gt;&quot; (fabrikam)"));
    }

    @Test
    void givenTextWithMarkupQuotesAndControlCharacters_whenEscaped_thenNothingIsLeftToInterpret() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;\uFFFD\uFFFD\t\n",
                HtmlReport.escape("<a href=\"x\" title='y'>&amp;\u0000\u0085\t\n"));
        assertEquals("", HtmlReport.escape(null));
    }

    @Test
    void givenARejectedSubmission_whenWritten_thenItIsListedWithEveryViolation() throws IOException {
        String html = ReportFixtures.report(Locale.ENGLISH);
        SubmissionResult rejected = ReportFixtures.results().get(4);
        int start = html.indexOf("<section class=\"rejected\"");

        assertTrue(start > html.lastIndexOf("<section class=\"offer\""), "after the offers");
        String block = html.substring(start, html.indexOf("</section>", start));
        assertTrue(block.contains("<h3 id=\"rejected-5-h\">Submission 5: Litware Backup (litware-backup)"));
        assertEquals(2, rejected.violations().size(), rejected.violations().toString());
        for (Violation v : rejected.violations()) {
            assertTrue(block.contains("<tr><th scope=\"row\"><code>" + v.path() + "</code></th><td>" + v.message()
                    + "</td></tr>"), v.toString());
        }
    }

    @Test
    void givenTheResults_whenWritten_thenTheHeaderCountsEachStatusAndNamesRevisionAndDate() throws IOException {
        String html = ReportFixtures.report(Locale.ENGLISH);
        String header = html.substring(html.indexOf("<header"), html.indexOf("</header>"));

        assertAll(
                () -> assertTrue(header.contains("Rule-set revision</dt><dd>2020-05-19</dd>")),
                () -> assertTrue(header.contains("Evaluation date</dt><dd>2020-07-15</dd>")),
                () -> assertTrue(header.contains(counted(1, "Not ready"))),
                () -> assertTrue(header.contains(counted(1, "Co-sell ready"))),
                () -> assertTrue(header.contains(counted(2, "Co-sell incentivized"))),
                () -> assertTrue(header.contains(counted(1, "Rejected submissions"))));
    }

    @Test
    void givenTheResults_whenWritten_thenThePageIsOneSelfContainedAccessibleDocument() throws IOException {
        String html = ReportFixtures.report(Locale.ENGLISH);

        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        assertEquals(1, count(html, "<h1>"));
        assertEquals(4, count(html, "<table class=\"checklist\">"));
        for (String section : offerSections(html)) {
            assertEquals(4, count(section, "<th scope=\"col\">"), "the checklist's header cells");
            assertEquals(12, count(section, "<th scope=\"row\">"), "a row header each: the 12 rows of revision 2020-05-19");
        }
        for (String external : List.of("<link", "<img", "<script", "@import", "url(", "src=", "http-equiv")) {
            assertFalse(html.contains(external), "loads nothing: " + external);
        }
        assertTrue(html.contains("@media print"));
        assertTrue(html.endsWith("</html>\n"));
    }

    @Test
    void givenAnotherLocale_whenWritten_thenTheLanguageAttributeAndFiguresFollowIt() throws IOException {
        String html = ReportFixtures.report(Locale.GERMANY);

        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"de-DE\">"));
        assertTrue(html.contains("99.999,99"), "figures formatted for the locale");
        assertTrue(ReportFixtures.report(Locale.ROOT).startsWith("<!DOCTYPE html>\n<html lang=\"en\">"),
                "no language given: the English texts");
    }

    @Test
    void givenNoResults_whenWritten_thenAnEmptyButCompleteReport() throws IOException {
        StringWriter out = new StringWriter();
        HtmlReport.write(List.of(), Locale.ENGLISH, out);

        assertTrue(out.toString().contains(counted(0, "Not ready")));
        assertFalse(out.toString().contains("<section"));
        assertTrue(out.toString().endsWith("</html>\n"));
    }

    @Test
    void givenMissingArguments_whenWritten_thenOneErrorNamesEveryProblem() {
        List<SubmissionResult> withHole = new ArrayList<>(Arrays.asList(ReportFixtures.results().get(0), null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HtmlReport.write(withHole, null, null));

        assertEquals("cannot write the HTML report: results[1] is missing; locale is missing; out is missing",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HtmlReport.write(null, Locale.ENGLISH,
                new StringWriter()));
    }

    private static String counted(int n, String label) {
        return "<span class=\"count-n\">" + n + "</span> <span class=\"count-label\">" + label + "</span>";
    }

    private static List<Assessment> assessments() {
        return ReportFixtures.results().stream().filter(SubmissionResult::isAssessed)
                .map(r -> r.assessment().orElseThrow()).toList();
    }

    static List<String> offerSections(String html) {
        List<String> sections = new ArrayList<>();
        Matcher m = OFFER_SECTION.matcher(html);
        while (m.find()) {
            sections.add(m.group());
        }
        return sections;
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
