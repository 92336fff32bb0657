package dev.cosell.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionResult;
import dev.cosell.rules.CoSellEvaluator;
import dev.cosell.rules.reference.SubmissionGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTML report written result by result ({@link HtmlReport#open}) is the very page {@link HtmlReport#write}
 * makes of the same results in memory, whatever the mix of statuses, routes and rejected submissions; the
 * temporary files it writes on the way are gone once it is closed.
 */
class HtmlReportStreamingTest {
    private static final CoSellEvaluator EVALUATOR = CoSellEvaluator.create();

    @TempDir
    Path spills;

    private static List<SubmissionResult> results(long seed, int count) {
        // Every seventh submission lacks its evaluation date, so rejected submissions are mixed in.
        Stream<Submission> submissions = SubmissionGenerator.realisticSubmissions(seed, count)
                .map(s -> s.offer().id().hashCode() % 7 == 0 ? Submission.of(s.partner(), s.offer(), null) : s);
        return EVALUATOR.evaluateAll(submissions).toList();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 33, 333, 3333})
    void givenResults_whenStreamedOneByOne_thenThePageIsTheOneWrittenFromTheList(long seed) throws IOException {
        List<SubmissionResult> results = results(seed, 60);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN)) {
            StringWriter fromList = new StringWriter();
            HtmlReport.write(results, locale, fromList);
            StringWriter streamed = new StringWriter();
            try (HtmlReport report = HtmlReport.open(locale, streamed, spills)) {
                for (SubmissionResult result : results) {
                    report.add(result);
                }
                assertEquals("", streamed.toString(), "nothing reaches the page before finish");
                assertTrue(spills() > 0, "the sections wait in temporary files");
                report.finish();
            }

            assertEquals(fromList.toString(), streamed.toString());
            assertEquals(0, spills(), "the temporary files are deleted");
            assertTrue(results.stream().anyMatch(r -> !r.isAssessed()) && results.stream()
                    .anyMatch(SubmissionResult::isAssessed), "assessed and rejected results");
        }
    }

    @Test
    void givenAFinishedReport_whenAddedToOrFinishedAgain_thenItSaysSo() throws IOException {
        SubmissionResult result = results(1, 1).get(0);
        try (HtmlReport report = HtmlReport.open(Locale.ENGLISH, new StringWriter())) {
            assertThrows(IllegalArgumentException.class, () -> report.add(null));
            report.add(result);
            report.finish();
            IllegalStateException added = assertThrows(IllegalStateException.class, () -> report.add(result));
            assertTrue(added.getMessage().contains("finished"));
            assertThrows(IllegalStateException.class, report::finish);
        }
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> HtmlReport.open(null, null));
        assertTrue(missing.getMessage().contains("locale is missing") && missing.getMessage().contains("out is missing"));
    }

    private long spills() throws IOException {
        try (Stream<Path> files = Files.list(spills)) {
            return files.filter(f -> f.getFileName().toString().startsWith("cosell-report-")).count();
        }
    }
}
