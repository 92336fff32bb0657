package dev.cosell.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every "where to act" text either follows the program document's own navigation (its steps 2 to 7: Commercial
 * Marketplace › Overview › the offer › Co-sell with Microsoft › Documents / Contacts, then Review and publish, then
 * Publish), or says that the document names no place (step 8: Microsoft's review decides), or says that it comes
 * from outside the program document. The table below is the list of each row's source; a new row or standing with
 * a "where" text fails until it is listed.
 */
class WhereSourceTest {

    /** Each "where" text's source, by row or standing id. */
    static final Map<String, String> SOURCES = new LinkedHashMap<>();

    static {
        SOURCES.put("R1.1", "document steps 2 and 7 (Overview › the offer; Review and publish, then Publish)");
        SOURCES.put("R1.2", "outside the program document: Partner Center's account settings");
        SOURCES.put("R2.1", "outside the program document: the offer's availability to CSP resellers");
        SOURCES.put("R3.1", "document steps 2, 3 and 5 (Co-sell with Microsoft › Contacts)");
        SOURCES.put("R3.2", "document steps 2, 3 and 4 (Co-sell with Microsoft › Documents)");
        SOURCES.put("R3.3", "document steps 2, 3 and 4 (Co-sell with Microsoft › Documents)");
        SOURCES.put("R3.4", "document steps 2, 3 and 4 (Co-sell with Microsoft › Documents)");
        SOURCES.put("R3.5", "document steps 2, 3 and 4 (Co-sell with Microsoft › Documents)");
        SOURCES.put("R3.6", "outside the program document: Partner Center's membership and competencies");
        SOURCES.put("R4.1", "document step 8: no place named; Microsoft's review decides");
        SOURCES.put("R4.2", "document step 8: no place named; Microsoft's review decides");
        SOURCES.put("R4.3", "outside the program document: Partner Center's membership and ISV Connect");
        // Rows of later revisions: the revision's page is the source, and the text starts by naming it.
        SOURCES.put("R1.3", "revision 2023-08-24: co-sell-configure.md (Referrals › Co-sell › Solutions › Listing)");
        SOURCES.put("R1.4", "outside the program document: Partner Center's account settings");
        SOURCES.put("R1.5", "revision 2021-07-13: co-sell-requirements.md names no place");
        SOURCES.put("R3.7", "revision 2020-09-02: upload with the co-sell documents in Partner Center");
        SOURCES.put("R3.8", "revision 2020-09-02: a Cloud Specialist request; no place named");
        SOURCES.put("R3.9", "revision 2020-10-19: the Listing section of the Co-sell with Microsoft tab");
        SOURCES.put("R3.10", "outside the program document: Partner Center's membership and ISV Connect");
        SOURCES.put("R4.4", "revision 2023-08-24: no place named");
        SOURCES.put("M2", "document steps 2, 3 and 7 (Co-sell with Microsoft › Review and publish, then Publish)");
        SOURCES.put("M7", "document steps 2 to 5 and 7 (Documents / Contacts, then Review and publish, then Publish)");
    }

    /** The places the program document names, in each language, as the texts write them. */
    static final Map<Locale, Set<String>> DOCUMENT_PLACES = Map.of(
            Locale.ENGLISH, Set.of("Partner Center", "Commercial Marketplace", "Overview", "(the offer)",
                    "Co-sell with Microsoft", "Documents", "Contacts", "Documents / Contacts", "Review and publish",
                    "Publish"),
            Locale.KOREAN, Set.of("파트너 센터", "상업용 마켓플레이스", "개요", "(제품)", "Microsoft와 공동 판매", "문서", "연락처",
                    "문서 / 연락처", "검토 및 게시", "게시"));
    static final Map<Locale, String> OUTSIDE = Map.of(Locale.ENGLISH, "Outside the program document: ",
            Locale.KOREAN, "프로그램 문서 밖의 안내: ");
    static final Map<Locale, String> THEN = Map.of(Locale.ENGLISH, ", then ", Locale.KOREAN, ", 그다음 ");
    static final Map<Locale, List<String>> NO_PLACE = Map.of(
            Locale.ENGLISH, List.of("the program document names no place", "Microsoft's review decides", "(step 8)"),
            Locale.KOREAN, List.of("프로그램 문서에는", "곳이 없습니다", "Microsoft의 검토가 결정합니다(8단계)"));

    static Stream<Arguments> whereTexts() {
        List<Arguments> texts = new ArrayList<>();
        for (Locale locale : Messages.SUPPORTED) {
            for (Requirement row : Requirement.values()) {
                texts.add(Arguments.of(row.id(), locale, row.where(locale)));
            }
            for (Standing standing : Standing.values()) {
                standing.where(locale).ifPresent(where -> texts.add(Arguments.of(standing.id(), locale, where)));
            }
        }
        return texts.stream();
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("whereTexts")
    void givenAWhereText_thenItFollowsTheDocumentsNavigationOrSaysWhereItComesFrom(String id, Locale locale,
                                                                                     String where) {
        String source = SOURCES.get(id);
        assertTrue(source != null, id + " has a where text but no listed source: " + where);
        if (source.startsWith("revision ")) {
            String revision = source.substring("revision ".length(), "revision ".length() + 10);
            String prefix = (locale.getLanguage().equals("ko") ? "개정 " : "Revision ") + revision + ": ";
            assertTrue(where.startsWith(prefix), id + " says which revision it comes from (" + prefix + "): " + where);
        } else if (source.startsWith("outside the program document")) {
            assertTrue(where.startsWith(OUTSIDE.get(locale)), id + " comes from outside the document: " + where);
        } else if (source.startsWith("document step 8")) {
            for (String phrase : NO_PLACE.get(locale)) {
                assertTrue(where.contains(phrase), id + " says the document names no place: " + where);
            }
            assertFalse(where.contains("\u203a"), id + " names no Partner Center place: " + where);
        } else {
            assertFalse(where.startsWith(OUTSIDE.get(locale)), id + ": " + where);
            Set<String> unknown = new TreeSet<>();
            for (String step : where.split(THEN.get(locale))) {
                for (String place : step.split(" \u203a ")) {
                    if (!DOCUMENT_PLACES.get(locale).contains(place)) {
                        unknown.add(place);
                    }
                }
            }
            assertEquals(Set.of(), unknown, id + " names only the document's places: " + where);
        }
    }

    @Test
    void givenTheListOfSources_thenItNamesEveryRowAndEveryStandingWithAStep_andNoOther() {
        Set<String> ids = new TreeSet<>();
        Arrays.stream(Requirement.values()).map(Requirement::id).forEach(ids::add);
        Arrays.stream(Standing.values()).filter(s -> s.step(Locale.ENGLISH).isPresent()).map(Standing::id)
                .forEach(ids::add);
        assertEquals(ids, new TreeSet<>(SOURCES.keySet()));
    }

    /**
     * The R4.1 messages of the revisions that measure billed revenue at offer level: 2020-09-02 (paid offers, "Paid
     * offers: cumulative marketplace billed revenue") and 2020-09-15 to 2021-02-23 (« au niveau de l'offre »). Only
     * these may, and must, say "of this offer"; every other reading (2020-05-19, and from 2021-02-24 on) measures it
     * at organisation level.
     */
    static final Set<String> OFFER_LEVEL_R41 = Set.of("R4.1.met.offerBilled", "R4.1.unmet.paid",
            "R4.1.missing.offerBilled", "R4.1.missing.paidPlan", "R4.1.unmet.offerBilled",
            "R4.1.missing.offerBilledEither");

    @Test
    void givenEveryText_thenNoneClaimsAPlaceOrAFactTheDocumentDoesNotState() throws IOException {
        // R1.1 ends with Publish ("게시"), never "Go live"; R4.2 invents no field for the share; R4.1 counts billed
        // revenue "of this offer" only in the messages of the offer-level revisions (OFFER_LEVEL_R41): the
        // organisation-level readings never do
        for (Locale locale : Messages.SUPPORTED) {
            Properties texts = MessagesTest.raw(locale);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                for (String claim : List.of("Go live", "라이브 전환", "state the share", "비율을 입력하십시오")) {
                    assertFalse(text.contains(claim), key + " (" + locale + ") says \"" + claim + "\": " + text);
                }
                if (OFFER_LEVEL_R41.contains(key)) {
                    continue;
                }
                for (String claim : List.of("of this offer", "of a transactable offer", "이 제품의 청구")) {
                    assertFalse(text.contains(claim), key + " (" + locale + ") says \"" + claim + "\": " + text);
                }
            }
        }
        // Where a revision measures offer-level revenue, the message says so
        Properties english = MessagesTest.raw(Locale.ENGLISH);
        Properties korean = MessagesTest.raw(Locale.KOREAN);
        for (String key : OFFER_LEVEL_R41) {
            assertTrue(english.getProperty(key).contains("of this offer"), key + ": " + english.getProperty(key));
            assertTrue(korean.getProperty(key).contains("이 제품의"), key + ": " + korean.getProperty(key));
        }
        assertTrue(Requirement.R1_1.where(Locale.ENGLISH).endsWith("Review and publish, then Publish"));
        assertTrue(Requirement.R1_1.where(Locale.KOREAN).endsWith("검토 및 게시, 그다음 게시"));
    }

    @Test
    void givenTheMessagesOfR41_R31_R21AndB4_thenTheySayWhatTheProgramDocumentSays() throws IOException {
        Properties english = MessagesTest.raw(Locale.ENGLISH);
        Properties korean = MessagesTest.raw(Locale.KOREAN);
        // R4.1 is measured at organisation level, ACR and billed revenue alike
        for (String key : List.of("R4.1.met.acr", "R4.1.met.billed", "R4.1.unmet", "R4.1.unmet.transactable")) {
            assertTrue(english.getProperty(key).contains("of all your solutions"), key + ": " + english.getProperty(key));
            assertTrue(korean.getProperty(key).contains("모든 솔루션의"), key + ": " + korean.getProperty(key));
        }
        assertTrue(english.getProperty("R4.1.unmet.transactable").contains("billed revenue of all your solutions through"));
        // R3.1 in Korean: the document's "적격 국가", never another word for the same countries
        for (String key : korean.stringPropertyNames()) {
            assertFalse(korean.getProperty(key).contains("공동 판매 국가"), key + ": " + korean.getProperty(key));
        }
        for (String key : List.of("requirement.R3.1", "R3.1.met", "R3.1.unmet.countries", "R3.1.unmet.noCountries")) {
            assertTrue(korean.getProperty(key).contains("적격 국가"), key + ": " + korean.getProperty(key));
        }
        // R2.1 names whom the CSP incentive (B2) concerns: incentivized Azure IP SaaS and IaaS offers
        assertTrue(english.getProperty("R2.1.missing").contains("for co-sell incentivized Azure IP SaaS and IaaS offers"));
        assertTrue(korean.getProperty("R2.1.missing").contains("공동 판매 incentivized Azure IP SaaS 및 IaaS 제품에는"));
        // B4 keeps the document's garbled term with the plain one beside it
        assertTrue(korean.getProperty("benefit.B4").contains("기본 솔루션 배지(선호 솔루션, preferred solution)"));
    }
}
