package dev.cosell.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cosell.model.Assessment;
import dev.cosell.model.Benefit;
import dev.cosell.model.Channel;
import dev.cosell.model.Finding;
import dev.cosell.model.IncentiveRoute;
import dev.cosell.model.NextStep;
import dev.cosell.model.Notice;
import dev.cosell.model.Offer;
import dev.cosell.model.OfferType;
import dev.cosell.model.Outcome;
import dev.cosell.model.Partner;
import dev.cosell.model.Requirement;
import dev.cosell.model.Revision;
import dev.cosell.model.Standing;
import dev.cosell.model.Status;
import dev.cosell.model.StatusAttribute;
import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionResult;
import dev.cosell.model.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssessmentJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Assessment assessment(Optional<BigDecimal> fee) {
        Finding unmet = new Finding(Requirement.R4_1, Outcome.UNMET, "R4.1.unmet",
                List.of(YearMonth.of(2019, 7), YearMonth.of(2020, 6), new BigDecimal("99999.99"),
                        new BigDecimal("100000")));
        return new Assessment("contoso", "analytics", LocalDate.of(2020, 7, 1), Status.CO_SELL_READY,
                IncentiveRoute.NONE, Standing.READY_TO_SUBMIT, List.of(unmet), List.of(Benefit.B4), fee, List.of(Channel.C1, Channel.C3),
                List.of(new NextStep(unmet)), "2020-05", List.of("R4.1 revenue threshold"));
    }

    @Test
    void givenAnAssessment_whenWritten_thenItHasTheDocumentedFieldsWithIdsAndFigures() throws Exception {
        JsonNode json = JSON.readTree(AssessmentJson.write(assessment(Optional.of(new BigDecimal("1E+1")))));

        assertEquals(List.of("partnerId", "offerId", "asOf", "status", "route", "standing", "standingRow",
                "standingText", "statusTitle", "revision", "attributes", "notices", "findings", "benefits",
                "serviceFeePercent", "channels", "nextSteps", "ruleSetRevision", "firedRules"), fields(json));
        assertEquals("CO_SELL_READY", json.get("status").asText());
        assertEquals("R4.1", json.at("/findings/0/requirement").asText());
        assertEquals("UNMET", json.at("/findings/0/outcome").asText());
        assertEquals("ACR of all your solutions over 2019-07…2020-06 is 99,999.99 USD; 100,000.00 USD needed.",
                json.at("/findings/0/message").asText());
        assertEquals("B4", json.at("/benefits/0").asText());
        assertEquals("10", json.get("serviceFeePercent").toString());
        assertEquals("C3", json.at("/channels/1").asText());
        assertTrue(json.at("/nextSteps/0/where").asText().startsWith("Grow the Azure consumed revenue"));
        // the status is what the offer qualifies for; the standing says how that relates to Microsoft's review
        assertEquals("READY_TO_SUBMIT", json.get("standing").asText());
        assertEquals("M2", json.get("standingRow").asText());
        assertEquals("Qualifies for Co-sell ready; Microsoft's review decides once the co-sell section is submitted.",
                json.get("standingText").asText());
        // the next steps end with submitting the co-sell section (program document step 7)
        assertEquals(2, json.get("nextSteps").size());
        assertEquals("M2", json.at("/nextSteps/1/requirement").asText());
        assertEquals("Submit the co-sell section for Microsoft's review", json.at("/nextSteps/1/message").asText());
        assertTrue(json.at("/nextSteps/1/where").asText().endsWith("Review and publish, then Publish"));
        JsonNode korean = AssessmentJson.toJson(assessment(Optional.empty()), java.util.Locale.KOREAN);
        assertEquals("READY_TO_SUBMIT", korean.get("standing").asText(), "codes stay in every language");
        assertEquals("공동 판매 준비 자격을 갖추었습니다. 공동 판매 섹션을 제출하면 Microsoft의 검토가 결정합니다.",
                korean.get("standingText").asText());
        assertTrue(korean.at("/nextSteps/1/where").asText().endsWith("검토 및 게시, 그다음 게시"));
        assertTrue(JSON.readTree(AssessmentJson.write(assessment(Optional.empty()))).get("serviceFeePercent")
                .isNull());
    }

    @Test
    void givenAnAssessmentUnderARevision_whenWritten_thenItNamesTheRevisionItsStatusTitleAttributesAndNotices()
            throws Exception {
        Revision revision = new Revision("2023-08-24", LocalDate.of(2023, 8, 24), Optional.empty(),
                Optional.of("2021-10-21"), List.of("kvamseek/partner-center, co-sell-requirements.md"), "medium-high",
                "Statuses renamed.", List.of(Requirement.R4_1), List.of(Benefit.B4), List.of(Channel.C1),
                java.util.Map.of("status.NOT_READY", "In market", "status.NOT_READY.ko", "시장 출시",
                        "where.R4.1", "Referrals > Co-sell > Solutions", "where.R4.1.ko", "추천 > 공동 판매 > 솔루션"));
        Assessment plain = assessment(Optional.empty());
        Assessment a = new Assessment(plain.partnerId(), plain.offerId(), LocalDate.of(2024, 1, 2), Status.NOT_READY,
                IncentiveRoute.NONE, plain.standing(), plain.findings(), List.of(), Optional.empty(), List.of(),
                plain.nextSteps(), "2023-08-24", List.of(), revision,
                List.of(Notice.of(Notice.AFTER_NEWEST, LocalDate.of(2023, 10, 23), "2023-08-24")),
                List.of(StatusAttribute.IN_MARKET));

        JsonNode json = JSON.readTree(AssessmentJson.write(a));
        JsonNode korean = AssessmentJson.toJson(a, java.util.Locale.KOREAN);

        assertEquals("2023-08-24", json.at("/revision/id").asText());
        assertEquals("2023-08-24", json.at("/revision/effectiveFrom").asText());
        assertTrue(json.at("/revision/effectiveUntil").isNull(), "the newest revision has no end");
        assertEquals("medium-high", json.at("/revision/confidence").asText());
        assertEquals("kvamseek/partner-center, co-sell-requirements.md", json.at("/revision/sources/0").asText());
        assertEquals("In market", json.get("statusTitle").asText(), "the revision's own name of the status");
        assertEquals("시장 출시", korean.get("statusTitle").asText());
        assertEquals("IN_MARKET", json.at("/attributes/0/attribute").asText());
        assertEquals(StatusAttribute.IN_MARKET.title(), json.at("/attributes/0/title").asText());
        assertEquals(Notice.AFTER_NEWEST, json.at("/notices/0/code").asText());
        assertEquals(a.notices().get(0).text(java.util.Locale.ENGLISH), json.at("/notices/0/text").asText());
        assertEquals(a.notices().get(0).text(java.util.Locale.KOREAN), korean.at("/notices/0/text").asText());
        assertEquals("Referrals > Co-sell > Solutions", json.at("/nextSteps/0/where").asText(),
                "where to act as the revision says it");
        assertEquals("추천 > 공동 판매 > 솔루션", korean.at("/nextSteps/0/where").asText());
    }

    @Test
    void givenARejectedResult_whenWritten_thenItHasPositionStatusRejectedIdsAndEachViolation() {
        Submission submission = Submission.of(Partner.builder("contoso", null).build(),
                Offer.builder("analytics", "Analytics", OfferType.SAAS).build(), LocalDate.of(2020, 7, 1));
        SubmissionResult result = SubmissionResult.rejected(4, submission,
                List.of(new Violation("partner.name", "is missing")));

        JsonNode json = AssessmentJson.toJson(result);

        assertEquals(4, json.get("position").asInt());
        assertEquals("REJECTED", json.get("status").asText());
        assertEquals("contoso", json.get("partnerId").asText());
        assertEquals("analytics", json.get("offerId").asText());
        assertEquals("partner.name", json.at("/violations/0/path").asText());
        assertEquals("is missing", json.at("/violations/0/message").asText());
    }

    @Test
    void givenAResultTheRulesFailedOn_whenWritten_thenItIsRejectedWithTheFailureAsItsOneProblem() {
        Submission submission = Submission.of(Partner.builder("contoso", "Contoso").build(),
                Offer.builder("analytics", "Analytics", OfferType.SAAS).build(), LocalDate.of(2020, 7, 1));
        String[] failures = {"rule \"B4 loops\" did not stop for offer analytics of partner contoso",
                "rule \"R3.2 throws\" failed for offer analytics of partner contoso: java.lang.IllegalStateException"};
        for (int i = 0; i < failures.length; i++) {
            SubmissionResult result = SubmissionResult.failed(i, submission, new IllegalStateException(failures[i]));

            JsonNode json = AssessmentJson.toJson(result);

            assertEquals(i, json.get("position").asInt());
            assertEquals("REJECTED", json.get("status").asText());
            assertEquals("analytics", json.get("offerId").asText());
            assertEquals(1, json.get("violations").size());
            assertEquals("rules", json.at("/violations/0/path").asText());
            assertEquals(failures[i], json.at("/violations/0/message").asText());
        }
    }

    private static List<String> fields(JsonNode json) {
        List<String> names = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
