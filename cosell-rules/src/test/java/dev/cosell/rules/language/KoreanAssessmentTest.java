package dev.cosell.rules.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.cosell.model.Assessment;
import dev.cosell.model.Finding;
import dev.cosell.model.NextStep;
import dev.cosell.model.Offer;
import dev.cosell.model.OfferType;
import dev.cosell.model.Partner;
import dev.cosell.model.Requirement;
import dev.cosell.model.Status;
import dev.cosell.model.Submission;
import dev.cosell.rules.CoSellEvaluator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** An evaluator made for Korean gives the same assessment as the English one, its texts in Korean. */
class KoreanAssessmentTest {
    static final CoSellEvaluator ENGLISH = CoSellEvaluator.create().forRevision("2020-05-19");
    static final CoSellEvaluator KOREAN = ENGLISH.withLocale(Locale.KOREAN);
    static final LocalDate AS_OF = LocalDate.of(2020, 7, 15);
    static final Partner PARTNER = Partner.builder("contoso", "Contoso").businessProfileComplete(true)
            .revenue("Contoso Analytics", YearMonth.of(2020, 3), "60000.00", "0.00")
            .revenue("Contoso Backup", YearMonth.of(2020, 4), "39999.99", "0.00").build();
    static final Offer OFFER = Offer.builder("contoso-analytics", "Contoso Analytics", OfferType.SAAS).live()
            .coSellCountries("US", "KR").contact("Jane Doe", "jane@contoso.com", "Sales lead", "*")
            .onePager("one-pager.pdf").landingPage("https://contoso.com/analytics")
            .socialMedia("https://www.linkedin.com/company/contoso").azureIpSharePercent("80").build();

    @Test
    void givenAKoreanEvaluator_whenAnOfferIsEvaluated_thenItsFindingsAndNextStepsReadInKorean() {
        Assessment assessment = KOREAN.evaluate(PARTNER, OFFER, AS_OF);

        assertEquals(Status.CO_SELL_READY, assessment.status());
        assertEquals("공동 판매 준비", assessment.status().title(Locale.KOREAN));
        assertEquals("제품이 상업적 marketplace에 라이브 상태로 게시되어 있습니다.",
                assessment.finding(Requirement.R1_1).message());
        assertEquals("영업 담당자가 모든 적격 국가를 담당합니다: US, KR.",
                assessment.finding(Requirement.R3_1).message());
        NextStep step = assessment.nextSteps().get(0);
        assertEquals(Requirement.R4_1, step.requirement());
        assertEquals("모든 솔루션의 2019년 7월~2020년 6월 ACR은 99,999.99 USD입니다. 100,000.00 USD가 필요합니다.", step.message());
        assertEquals("모든 솔루션의 Azure 사용 수익(ACR) 또는 marketplace 청구 수익을 늘리십시오. 프로그램 문서에는 이를 보고하는 "
                + "곳이 없습니다. 제품의 적합 여부는 Microsoft의 검토가 결정합니다(8단계)", step.where());
    }

    @Test
    void givenAKoreanAssessment_whenAskedInEnglish_thenEveryFindingReadsAsTheEnglishEvaluatorsDoes() {
        Assessment korean = KOREAN.evaluate(PARTNER, OFFER, AS_OF);
        Assessment english = ENGLISH.evaluate(PARTNER, OFFER, AS_OF);

        assertEquals(english, korean.withLocale(Locale.ENGLISH), "only the language differs");
        for (Finding finding : korean.findings()) {
            assertEquals(english.finding(finding.requirement()).message(), finding.message(Locale.ENGLISH));
        }
        assertEquals("ACR of all your solutions over 2019-07\u20262020-06 is 99,999.99 USD; 100,000.00 USD needed.",
                english.finding(Requirement.R4_1).message(), "dates differ between the languages");
    }

    @Test
    void givenAKoreanEvaluator_whenABatchIsEvaluated_thenEveryAssessmentReadsInKorean() {
        List<Assessment> assessments = KOREAN.evaluateAll(Stream.of(Submission.of(PARTNER, OFFER, AS_OF),
                        Submission.of(PARTNER, OFFER.toBuilder().listingState(null).build(), AS_OF),
                        Submission.of(PARTNER, OFFER.toBuilder().onePager(null).build(), AS_OF)))
                .flatMap(r -> r.assessment().stream()).toList();

        assertEquals(2, assessments.size(), "the invalid submission has no assessment");
        assertEquals("고객용 원페이저가 업로드되지 않았습니다.", assessments.get(1).finding(Requirement.R3_2).message());
        assertEquals("파트너 센터 \u203a 상업용 마켓플레이스 \u203a 개요 \u203a (제품) \u203a Microsoft와 공동 판매 \u203a 문서",
                assessments.get(1).nextSteps().get(0).where());
    }

    @Test
    void givenAnUnsupportedLocale_whenChosen_thenTextsAreEnglishWithTheLocalesAmounts_andTheRulesAreShared() {
        CoSellEvaluator german = ENGLISH.withLocale(Locale.GERMANY);

        assertEquals("ACR of all your solutions over 2019-07\u20262020-06 is 99.999,99 USD; 100.000,00 USD needed.",
                german.evaluate(PARTNER, OFFER, AS_OF).finding(Requirement.R4_1).message());
        assertEquals("Outside the program document: Partner Center \u203a Account settings \u203a Legal info and business profile",
                Requirement.R1_2.where(Locale.GERMANY));
        assertSame(ENGLISH.rules(), german.rules(), "the compiled rules are shared, not compiled again");
        assertEquals(Locale.ENGLISH, ENGLISH.withLocale(null).locale());
        assertEquals(Locale.KOREAN, KOREAN.locale());
    }
}
