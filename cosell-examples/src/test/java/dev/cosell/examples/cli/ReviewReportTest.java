package dev.cosell.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code cosell evaluate} reads the offer's {@code reviewState} and shows, in the text and JSON reports, in English
 * and Korean, what the offer qualifies for and how that relates to Microsoft's review (M1 to M7). The sample is a
 * co-sell ready SaaS offer whose ACR misses R4.1 by a cent; the review state is the one thing that changes.
 */
class ReviewReportTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, String> ENGLISH = Map.of(
            "", "Qualifies for Co-sell ready; Microsoft's review decides (whether the co-sell section is submitted is "
                    + "not known).",
            "NOT_KNOWN", "Qualifies for Co-sell ready; Microsoft's review decides (whether the co-sell section is "
                    + "submitted is not known).",
            "NOT_SUBMITTED", "Qualifies for Co-sell ready; Microsoft's review decides once the co-sell section is "
                    + "submitted.",
            "IN_REVIEW", "Qualifies for Co-sell ready; Microsoft's review is pending.",
            "APPROVED", "Co-sell ready: confirmed by Microsoft's review.",
            "DECLINED", "Qualifies for Co-sell ready, but Microsoft's review declined the co-sell section: correct the "
                    + "materials and submit again.");
    static final Map<String, String> KOREAN = Map.of(
            "", "공동 판매 준비 자격을 갖추었습니다. Microsoft의 검토가 결정합니다(공동 판매 섹션의 제출 여부는 알 수 없음).",
            "NOT_KNOWN", "공동 판매 준비 자격을 갖추었습니다. Microsoft의 검토가 결정합니다(공동 판매 섹션의 제출 여부는 알 수 없음).",
            "NOT_SUBMITTED", "공동 판매 준비 자격을 갖추었습니다. 공동 판매 섹션을 제출하면 Microsoft의 검토가 결정합니다.",
            "IN_REVIEW", "공동 판매 준비 자격을 갖추었습니다. Microsoft의 검토가 진행 중입니다.",
            "APPROVED", "공동 판매 준비: Microsoft의 검토로 확인되었습니다.",
            "DECLINED", "공동 판매 준비 자격을 갖추었습니다. 그러나 Microsoft의 검토가 공동 판매 섹션을 거절했습니다. 자료를 수정하여 다시 "
                    + "제출하십시오.");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "reviewState {0}")
    @CsvSource(nullValues = "absent", value = {
        "absent, REVIEW_NOT_KNOWN, M1, ", "NOT_KNOWN, REVIEW_NOT_KNOWN, M1, ",
        "NOT_SUBMITTED, READY_TO_SUBMIT, M2, Submit the co-sell section for Microsoft's review",
        "IN_REVIEW, IN_REVIEW, M4, ", "APPROVED, CONFIRMED, M5, ",
        "DECLINED, DECLINED, M7, Correct the materials and submit the co-sell section again",
    })
    void givenAReviewState_whenEvaluated_thenTheReportsShowTheQualificationTheStandingAndItsStep(
            String review, String standing, String row, String step) throws IOException {
        ObjectNode submission = (ObjectNode) JSON.readTree(Path.of(Cli.sample("co-sell-ready.json")).toFile());
        if (review != null) {
            ((ObjectNode) submission.get("offer")).put("reviewState", review);
        }
        Path input = dir.resolve("offer.json");
        Files.writeString(input, JSON.writeValueAsString(submission), StandardCharsets.UTF_8);
        String key = review == null ? "" : review;

        Cli text = Cli.run("evaluate", input.toString());
        assertEquals(ExitCodes.OK, text.exitCode(), text.err());
        assertTrue(text.out().contains("contoso-analytics (partner contoso), as of 2020-07-01: " + ENGLISH.get(key)
                + "\n"), text.out());
        assertTrue(text.out().contains("  next steps toward Co-sell incentivized:\n    1. R4.1  "), text.out());
        if (step == null) {
            assertFalse(text.out().contains("    2. "), text.out());
        } else {
            assertTrue(text.out().contains("    2. " + row + "  " + step + "\n       where: Partner Center › "
                    + "Commercial Marketplace › Overview › (the offer) › Co-sell with Microsoft › "), text.out());
            assertTrue(text.out().contains("Review and publish, then Publish\n"), text.out());
        }

        Cli korean = Cli.run("evaluate", "--lang", "ko", input.toString());
        assertTrue(korean.out().contains("contoso-analytics (파트너 contoso), 2020-07-01 기준: " + KOREAN.get(key) + "\n"),
                korean.out());
        assertEquals(step != null, korean.out().contains("    2. " + row + "  "), korean.out());
        if (step != null) {
            assertTrue(korean.out().contains("검토 및 게시, 그다음 게시\n"), korean.out());
        }

        Cli json = Cli.run("evaluate", "--format", "json", input.toString());
        JsonNode line = JSON.readTree(json.out().lines().findFirst().orElseThrow());
        assertEquals("CO_SELL_READY", line.get("status").asText(), "the status is what the offer qualifies for");
        assertEquals(standing, line.get("standing").asText());
        assertEquals(row, line.get("standingRow").asText());
        assertEquals(ENGLISH.get(key), line.get("standingText").asText());
        JsonNode steps = line.get("nextSteps");
        assertEquals(step == null ? 1 : 2, steps.size(), steps.toString());
        if (step != null) {
            assertEquals(row, steps.get(1).get("requirement").asText());
            assertEquals(step, steps.get(1).get("message").asText());
        }
    }
}
