package dev.cosell.examples.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The HTML report in Korean: the page's frame, not only the texts from cosell-model, reads in Korean. */
class HtmlReportKoreanTest {

    @Test
    void givenKorean_whenWritten_thenThePageIsMarkedKoreanWithKoreanHeadings() throws IOException {
        String html = ReportFixtures.report(Locale.KOREAN);

        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"ko\">"), html.substring(0, 40));
        assertTrue(html.contains("<title>공동 판매 상태 보고서</title>"));
        assertTrue(html.contains("<h1>공동 판매 상태 보고서</h1>"));
        assertTrue(html.contains("<h2 id=\"summary-h\">요약</h2>"));
        assertTrue(html.contains("<th scope=\"col\">제품</th><th scope=\"col\">파트너</th><th scope=\"col\">자격</th>"));
        assertTrue(html.contains("<h2 id=\"rejected-h\">거부된 제출</h2>"));

        List<String> sections = HtmlReportTest.offerSections(html);
        assertEquals(4, sections.size());
        for (String section : sections) {
            assertTrue(section.contains("<h3>현재 위치</h3>"), "ladder heading");
            assertTrue(section.contains("<h3>요구 사항</h3>"), "checklist heading");
            assertTrue(section.contains("<h3>이점</h3>"), "benefits heading");
            assertTrue(section.contains("<h3>공동 판매 채널</h3>"), "channels heading");
            assertTrue(section.contains("1단계: 비즈니스 프로필 및 게시"), "step headings");
        }
        // Not ready, co-sell ready (Azure IP), then the two routes of co-sell incentivized.
        assertTrue(sections.get(0).contains("자격: <strong class=\"badge s-not-ready\">준비 안 됨</strong>"));
        assertTrue(sections.get(0).contains("<h3>공동 판매 준비까지의 다음 단계</h3>"));
        assertTrue(sections.get(0).contains("<span class=\"where-label\">조치할 곳:</span> 파트너 센터 \u203a"),
                "where to act, in Partner Center's Korean menu names");
        assertTrue(sections.get(1).contains("<h3>공동 판매 incentivized까지의 다음 단계</h3>"));
        assertTrue(sections.get(2).contains("경로: Azure IP"));
        assertTrue(sections.get(2).contains("청구된 판매에 대한 Marketplace 서비스 요금: 10%"));
        assertTrue(sections.get(3).contains("경로: Business Applications"));
        assertTrue(sections.get(3).contains("<h3>다음 단계</h3>\n<p class=\"none\">없음: 제품이 마지막 상태의 자격을 갖추었습니다."));

        assertTrue(ReportFixtures.report(Locale.KOREA).contains("<h2 id=\"summary-h\">요약</h2>"),
                "a Korean locale with a country reads the Korean texts too");
    }

    @Test
    void givenKorean_whenWritten_thenNoEnglishFrameTextIsLeft() throws IOException {
        String html = ReportFixtures.report(Locale.KOREAN);
        Properties english = texts("report.properties");
        Properties korean = texts("report_ko.properties");

        List<Executable> checks = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            // Patterns are filled in, and names such as "Azure IP" are the same in both languages.
            if (!en.contains("{") && !en.equals(korean.getProperty(key))) {
                String shown = ">" + HtmlReport.escape(en) + "<";
                checks.add(() -> assertFalse(html.contains(shown), key + " shows in English: " + en));
            }
        }
        assertAll(checks);
    }

    private static Properties texts(String name) throws IOException {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
