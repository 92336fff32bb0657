package dev.cosell.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.Assessment;
import dev.cosell.model.ReviewState;
import dev.cosell.model.Standing;
import dev.cosell.model.Status;
import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionResult;
import dev.cosell.rules.reference.SubmissionGenerator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Microsoft's review as an input, never a guess (program document steps 7 and 8, rows M1 to M7): for each review
 * state, on 400 seeded boundary submissions, the qualification is what the requirements give whatever the review
 * state, and the standing's text and step say how it relates to Microsoft's decision, in English and Korean.
 */
class ReviewStandingTest {
    static final long SEED = Long.getLong("cosell.review.seed", 20200519L);
    static final int COUNT = 400;
    static final CoSellEvaluator KOREAN = Fixtures.EVALUATOR.withLocale(Locale.KOREAN);

    static final String WHERE_SUBMIT = "Partner Center \u203a Commercial Marketplace \u203a Overview \u203a (the offer) "
            + "\u203a Co-sell with Microsoft \u203a Review and publish, then Publish";
    static final String WHERE_SUBMIT_KO = "파트너 센터 \u203a 상업용 마켓플레이스 \u203a 개요 \u203a (제품) \u203a Microsoft와 공동 판매 "
            + "\u203a 검토 및 게시, 그다음 게시";

    @ParameterizedTest
    @EnumSource(ReviewState.class)
    void givenAReviewState_thenTheQualificationStands_andTheStandingSaysHowItRelatesToMicrosoftsReview(
            ReviewState review) {
        List<Submission> unknown = SubmissionGenerator.boundaries(SEED).stream(COUNT)
                .map(s -> withReview(s, ReviewState.NOT_KNOWN)).toList();
        List<Submission> given = unknown.stream().map(s -> withReview(s, review)).toList();
        List<Assessment> before = assess(Fixtures.EVALUATOR, unknown);
        List<Assessment> english = assess(Fixtures.EVALUATOR, given);
        List<Assessment> korean = assess(KOREAN, given);
        Map<Status, Integer> statuses = new EnumMap<>(Status.class);

        for (int i = 0; i < COUNT; i++) {
            Assessment a = english.get(i);
            String at = "submission " + i + " of seed " + SEED + " (" + review + ", " + a.status() + ")";
            statuses.merge(a.status(), 1, Integer::sum);
            // the review state never changes what the offer qualifies for
            Assessment b = before.get(i);
            assertEquals(b.status(), a.status(), at);
            assertEquals(b.route(), a.route(), at);
            assertEquals(b.findings(), a.findings(), at);
            assertEquals(b.channels(), a.channels(), at);
            assertEquals(b.nextSteps(), a.nextSteps(), at);

            boolean qualifies = a.status() != Status.NOT_READY;
            assertEquals(expected(review, qualifies), a.standing(), at);
            assertEquals(korean.get(i).standing(), a.standing(), at + ": the language never changes a decision");
            checkEnglish(a, review, qualifies, at);
            checkKorean(a, review, qualifies, at);
        }
        for (Status s : Status.values()) {
            assertTrue(statuses.getOrDefault(s, 0) > 0, "no submission qualified for " + s + ": " + statuses);
        }
    }

    /** The standing REQUIREMENTS.md's steps 7 and 8 give. */
    static Standing expected(ReviewState review, boolean qualifies) {
        return switch (review) {
            case NOT_KNOWN -> Standing.REVIEW_NOT_KNOWN;
            case NOT_SUBMITTED -> qualifies ? Standing.READY_TO_SUBMIT : Standing.NOT_SUBMITTED;
            case IN_REVIEW -> Standing.IN_REVIEW;
            case APPROVED -> qualifies ? Standing.CONFIRMED : Standing.APPROVED_BUT_UNMET;
            case DECLINED -> Standing.DECLINED;
        };
    }

    private static void checkEnglish(Assessment a, ReviewState review, boolean qualifies, String at) {
        String text = a.standingText(Locale.ENGLISH);
        String title = a.status() == Status.CO_SELL_INCENTIVIZED
                ? "Co-sell incentivized (" + a.route().title() + ")" : a.status().title();
        String qualification = qualifies ? "Qualifies for " + title : "Qualifies for no co-sell status yet";
        String expected = switch (a.standing()) {
            case REVIEW_NOT_KNOWN -> qualification
                    + "; Microsoft's review decides (whether the co-sell section is submitted is not known).";
            case READY_TO_SUBMIT -> qualification + "; Microsoft's review decides once the co-sell section is submitted.";
            case NOT_SUBMITTED -> qualification
                    + "; the co-sell section goes to Microsoft's review once the requirements below are met.";
            case IN_REVIEW -> qualification + "; Microsoft's review is pending.";
            case CONFIRMED -> a.status().title() + ": confirmed by Microsoft's review.";
            case APPROVED_BUT_UNMET -> qualification + " from the data given, although Microsoft's review approved the"
                    + " co-sell section: check the requirements below.";
            case DECLINED -> qualification
                    + ", but Microsoft's review declined the co-sell section: correct the materials and submit again.";
        };
        assertEquals(expected, text, at);
        // only an approval confirms a status; every other text says "qualifies for", never "is"
        assertEquals(review == ReviewState.APPROVED && qualifies, !text.startsWith("Qualifies for"), at + ": " + text);
        assertFalse(text.contains(" is Co-sell") || text.contains("is incentivized"), at + ": " + text);
        // the next steps end with the standing's step: submit once qualified and not submitted; resubmit if declined
        Optional<String> step = a.standing().step(Locale.ENGLISH);
        if (review == ReviewState.NOT_SUBMITTED && qualifies) {
            assertEquals(Optional.of("Submit the co-sell section for Microsoft's review"), step, at);
            assertEquals(Optional.of(WHERE_SUBMIT), a.standing().where(Locale.ENGLISH), at);
        } else if (review == ReviewState.DECLINED) {
            assertEquals(Optional.of("Correct the materials and submit the co-sell section again"), step, at);
            assertTrue(a.standing().where(Locale.ENGLISH).orElseThrow().endsWith("Review and publish, then Publish"),
                    at);
        } else {
            assertEquals(Optional.empty(), step, at);
            assertEquals(Optional.empty(), a.standing().where(Locale.ENGLISH), at);
        }
    }

    private static void checkKorean(Assessment a, ReviewState review, boolean qualifies, String at) {
        String text = a.standingText(Locale.KOREAN);
        String qualification = switch (a.status()) {
            case NOT_READY -> "아직 어떤 공동 판매 상태의 자격도 갖추지 못했습니다";
            case CO_SELL_READY -> "공동 판매 준비 자격을 갖추었습니다";
            case CO_SELL_INCENTIVIZED -> "공동 판매 incentivized(" + a.route().title(Locale.KOREAN) + ") 자격을 갖추었습니다";
        };
        String expected = switch (a.standing()) {
            case REVIEW_NOT_KNOWN -> qualification + ". Microsoft의 검토가 결정합니다(공동 판매 섹션의 제출 여부는 알 수 없음).";
            case READY_TO_SUBMIT -> qualification + ". 공동 판매 섹션을 제출하면 Microsoft의 검토가 결정합니다.";
            case NOT_SUBMITTED -> qualification + ". 아래 요구 사항을 충족하면 공동 판매 섹션을 Microsoft의 검토에 제출할 수 있습니다.";
            case IN_REVIEW -> qualification + ". Microsoft의 검토가 진행 중입니다.";
            case CONFIRMED -> a.status().title(Locale.KOREAN) + ": Microsoft의 검토로 확인되었습니다.";
            case APPROVED_BUT_UNMET -> "Microsoft의 검토가 공동 판매 섹션을 승인했지만, 주어진 데이터로는 " + qualification
                    + ". 아래 요구 사항을 확인하십시오.";
            case DECLINED -> qualification + ". 그러나 Microsoft의 검토가 공동 판매 섹션을 거절했습니다. 자료를 수정하여 다시 제출하십시오.";
        };
        assertEquals(expected, text, at);
        if (review == ReviewState.NOT_SUBMITTED && qualifies) {
            assertEquals(Optional.of("공동 판매 섹션을 제출하여 Microsoft의 검토를 받으십시오"), a.standing().step(Locale.KOREAN), at);
            assertEquals(Optional.of(WHERE_SUBMIT_KO), a.standing().where(Locale.KOREAN), at);
        } else if (review == ReviewState.DECLINED) {
            assertEquals(Optional.of("자료를 수정하고 공동 판매 섹션을 다시 제출하십시오"), a.standing().step(Locale.KOREAN), at);
            assertTrue(a.standing().where(Locale.KOREAN).orElseThrow().endsWith("검토 및 게시, 그다음 게시"), at);
        } else {
            assertEquals(Optional.empty(), a.standing().step(Locale.KOREAN), at);
        }
    }

    private static Submission withReview(Submission s, ReviewState review) {
        return new Submission(s.partner(), s.offer().toBuilder().reviewState(review).build(), s.asOf());
    }

    private static List<Assessment> assess(CoSellEvaluator evaluator, List<Submission> submissions) {
        try (Stream<SubmissionResult> results = evaluator.evaluateAll(submissions.stream())) {
            return results.map(r -> r.assessment().orElseThrow(() -> new AssertionError(r.violations()))).toList();
        }
    }
}
