package dev.cosell.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every bundle carries every text with the same arguments, and a locale never reads another's bundle. */
class MessagesTest {

    static Properties raw(Locale locale) throws IOException {
        String name = "/dev/cosell/model/messages" + (locale.equals(Locale.ENGLISH) ? "" : "_" + locale) + ".properties";
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
            assertTrue(in != null, name + " is on the classpath");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /**
     * The arguments a MessageFormat pattern uses, as {@code index} or {@code index,type}, e.g. {@code [0, 2,number]}:
     * the placeholders outside quotes ({@code ''} is a literal apostrophe).
     */
    static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '{' && !quoted) {
                int end = pattern.indexOf('}', i);
                String[] parts = pattern.substring(i + 1, end).split(",", 3);
                found.add(parts[0].strip() + (parts.length > 1 ? "," + parts[1].strip() : ""));
                i = end;
            }
        }
        return found;
    }

    @Test
    void givenEveryBundle_thenItHasExactlyTheBaseKeysWithTheSameArguments() throws IOException {
        Properties base = raw(Locale.ENGLISH);
        assertTrue(base.size() > 80, "the base bundle has the texts: " + base.size());
        for (Locale locale : Messages.SUPPORTED) {
            Properties bundle = raw(locale);
            assertEquals(new TreeSet<>(base.stringPropertyNames()), new TreeSet<>(bundle.stringPropertyNames()),
                    locale + " has the keys of the base bundle, no more, no fewer");
            Map<String, Set<String>> expected = new TreeMap<>();
            Map<String, Set<String>> actual = new TreeMap<>();
            for (String key : base.stringPropertyNames()) {
                expected.put(key, arguments(base.getProperty(key)));
                actual.put(key, arguments(bundle.getProperty(key)));
            }
            assertEquals(expected, actual, locale + " uses the same arguments and format types per key");
        }
    }

    @Test
    void givenEveryBundle_thenEveryPatternParses_andEveryDatePatternFormats() throws IOException {
        for (Locale locale : Messages.SUPPORTED) {
            Properties bundle = raw(locale);
            List<String> broken = new ArrayList<>();
            for (String key : bundle.stringPropertyNames()) {
                try {
                    if (key.startsWith("format.")) {
                        DateTimeFormatter.ofPattern(bundle.getProperty(key), locale).format(LocalDate.of(2020, 7, 1));
                    } else {
                        new MessageFormat(bundle.getProperty(key), locale);
                    }
                } catch (IllegalArgumentException e) {
                    broken.add(key + ": " + e.getMessage());
                }
            }
            assertEquals(List.of(), broken, locale.toString());
        }
    }

    @Test
    void givenTheKoreanBundle_thenEveryTextIsTranslated_exceptTheRoutesProperNames() throws IOException {
        Properties korean = raw(Locale.KOREAN);
        Set<String> untranslated = new TreeSet<>();
        for (String key : korean.stringPropertyNames()) {
            if (korean.getProperty(key).codePoints().noneMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HANGUL)) {
                untranslated.add(key);
            }
        }
        assertEquals(Set.of("route.AZURE_IP", "route.BUSINESS_APPLICATIONS"), untranslated);
    }

    @Test
    void givenEachSupportedLocale_thenItsOwnTextsAreRead_andRegionalVariantsReadTheirLanguage() {
        assertEquals(Locale.ROOT, Messages.texts(Locale.ENGLISH).locale(), "English is the base");
        assertEquals(Locale.ROOT, Messages.texts(Locale.US).locale());
        assertEquals(Locale.ROOT, Messages.texts(null).locale());
        assertEquals(Locale.KOREAN, Messages.texts(Locale.KOREAN).locale());
        assertEquals(Locale.KOREAN, Messages.texts(Locale.KOREA).locale());
    }

    @Test
    void givenAJvmDefaultLocaleOfKorean_whenEnglishOrAnUnsupportedLocaleIsAsked_thenTheTextIsEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.KOREA);
            assertEquals("Co-sell ready", Status.CO_SELL_READY.title(Locale.ENGLISH));
            assertEquals("Co-sell ready", Status.CO_SELL_READY.title(Locale.GERMANY));
            assertEquals("Co-sell ready", Status.CO_SELL_READY.title());
            Locale.setDefault(Locale.GERMANY);
            assertEquals("공동 판매 준비", Status.CO_SELL_READY.title(Locale.KOREAN));
            assertEquals("Co-sell ready", Status.CO_SELL_READY.title(Locale.FRENCH));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void givenAnUnsupportedLocale_whenAFindingIsFormatted_thenTheWordsAreEnglish_andAmountsFollowTheLocale() {
        Finding finding = new Finding(Requirement.R4_1, Outcome.UNMET, "R4.1.unmet",
                List.of(YearMonth.of(2019, 7), YearMonth.of(2020, 6), new BigDecimal("99999.99"),
                        new BigDecimal("100000")));

        assertEquals("ACR of all your solutions over 2019-07\u20262020-06 is 99.999,99 USD; 100.000,00 USD needed.",
                finding.message(Locale.GERMANY));
        assertEquals(finding.message(Locale.GERMANY), finding.withLocale(Locale.GERMANY).message());
        assertEquals("ACR of all your solutions over 2019-07\u20262020-06 is 99,999.99 USD; 100,000.00 USD needed.",
                finding.withLocale(null).message());
    }

    @Test
    void givenAKoreanFinding_whenFormatted_thenMonthsAndDatesAreInKoreanStyle_andAmountsGrouped() {
        Finding acr = new Finding(Requirement.R4_1, Outcome.UNMET, "R4.1.unmet",
                List.of(YearMonth.of(2019, 7), YearMonth.of(2020, 6), new BigDecimal("1234567.5"),
                        new BigDecimal("100000")), Locale.KOREAN);
        Finding gold = new Finding(Requirement.R3_6, Outcome.MET, "R3.6.met",
                List.of("Cloud Platform", LocalDate.of(2020, 7, 1), LocalDate.of(2020, 12, 31)), Locale.KOREA);

        assertEquals("모든 솔루션의 2019년 7월~2020년 6월 ACR은 1,234,567.50 USD입니다. 100,000.00 USD가 필요합니다.", acr.message());
        assertEquals("골드 역량 Cloud Platform: 2020년 7월 1일에 활성 상태입니다(2020년 12월 31일까지).", gold.message());
        assertEquals("Gold competency Cloud Platform is active on 2020-07-01 (through 2020-12-31).",
                gold.message(Locale.ENGLISH), "message(Locale) serves any language");
    }

    @Test
    void givenKoreanEnumArguments_whenFormatted_thenTheirKoreanTextIsShown() {
        Finding draft = new Finding(Requirement.R1_1, Outcome.UNMET, "R1.1.unmet", List.of(ListingState.DRAFT),
                Locale.KOREAN);
        Finding route = new Finding(Requirement.R4_3, Outcome.NOT_APPLICABLE, "R4.3.notApplicable",
                List.of(IncentiveRoute.AZURE_IP), Locale.KOREAN);

        assertEquals("제품이 초안 상태입니다. 상업적 marketplace에 게시(라이브)되어야 합니다.", draft.message());
        assertEquals("Business Applications 제품만 이 단계를 거칩니다. 이 제품의 경로: Azure IP 경로.", route.message());
    }

    @Test
    void givenEveryEnumAndRow_thenEachHasAKoreanTitleOfItsOwn() {
        for (Status status : Status.values()) {
            assertTrue(!status.title(Locale.KOREAN).equals(status.title()), status.name());
        }
        for (Outcome outcome : Outcome.values()) {
            assertTrue(!outcome.title(Locale.KOREAN).equals(outcome.title()), outcome.name());
        }
        for (Requirement row : Requirement.values()) {
            assertTrue(!row.title(Locale.KOREAN).equals(row.title()), row.id());
            assertTrue(row.where(Locale.KOREAN).contains("파트너 센터") || row.step() == 4
                    || row.where(Locale.KOREAN).startsWith("개정 "), row.id());
        }
        assertEquals("공동 판매 incentivized", Status.CO_SELL_INCENTIVIZED.title(Locale.KOREAN));
        assertEquals("Azure IP", IncentiveRoute.AZURE_IP.title(Locale.KOREAN));
        assertEquals("해당 없음", Outcome.NOT_APPLICABLE.title(Locale.KOREAN));
    }

    @Test
    void givenAFinding_whenItsLocaleIsChanged_thenOnlyTheLanguageDiffers() {
        Finding english = new Finding(Requirement.R1_2, Outcome.UNMET, "R1.2.unmet", List.of());
        Finding korean = english.withLocale(Locale.KOREAN);

        assertEquals(Locale.ENGLISH, english.locale());
        assertEquals("파트너 센터의 비즈니스 프로필이 완료되지 않았습니다.", korean.message());
        assertEquals(english, korean.withLocale(null), "null reads English");
        assertEquals("R1.2 UNMET: 파트너 센터의 비즈니스 프로필이 완료되지 않았습니다.", korean.toString());
        assertEquals("프로그램 문서 밖의 안내: 파트너 센터 \u203a 계정 설정 \u203a 법률 정보 및 비즈니스 프로필", new NextStep(korean).where());
        assertEquals(Requirement.R1_2.where(), new NextStep(korean).where(Locale.ENGLISH));
    }
}
