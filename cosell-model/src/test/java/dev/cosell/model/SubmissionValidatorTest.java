package dev.cosell.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each validation rule, on an otherwise valid submission, and one submission with every kind of problem. */
class SubmissionValidatorTest {
    static final LocalDate AS_OF = LocalDate.of(2020, 7, 1);

    static Partner.Builder partner() {
        return Partner.builder("contoso", "Contoso").businessProfileComplete(true)
                .competency("Cloud Platform", CompetencyLevel.GOLD, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))
                .isvConnect(IsvConnectTier.PREMIUM, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))
                .revenue("Contoso Analytics", YearMonth.of(2020, 3), "60000.00", "0")
                .revenue("Contoso Analytics", YearMonth.of(2020, 4), "40000.5", "12.25");
    }

    static Offer.Builder offer() {
        return Offer.builder("contoso-analytics", "Contoso Analytics", OfferType.SAAS).live()
                .coSellCountries("US", "KR").contact("Jane Doe", "jane@contoso.com", "Sales lead", "*")
                .contact("Kim Min-jun", "min-jun.kim@contoso.co.kr", "Sales", "KR")
                .onePager("one-pager.pdf").landingPage("https://contoso.com/analytics")
                .socialMedia("HTTPS://www.linkedin.com/company/contoso").otherDocument("case-study.pdf")
                .azureIpSharePercent("80");
    }

    static List<String> problems(Partner partner, Offer offer) {
        return SubmissionValidator.validate(Submission.of(partner, offer, AS_OF)).stream()
                .map(Violation::toString).toList();
    }

    static List<String> problems(Offer offer) {
        return problems(partner().build(), offer);
    }

    static List<String> problems(Partner partner) {
        return problems(partner, offer().build());
    }

    @Test
    void givenAValidSubmission_whenValidated_thenThereIsNoProblem() {
        assertEquals(List.of(), problems(partner().build(), offer().build()));
    }

    @Test
    void givenNoSubmission_whenValidated_thenItIsMissing() {
        assertEquals(List.of(new Violation("submission", "is missing")), SubmissionValidator.validate(null));
    }

    @Test
    void givenANegativeAmount_whenValidated_thenItIsNamed() {
        assertEquals(List.of("partner.revenue[0].acrUsd: is -0.01; an amount cannot be negative"),
                problems(Partner.builder("contoso", "Contoso").revenue("App", YearMonth.of(2020, 1), "-0.01", "0")
                        .build()));
    }

    @Test
    void givenAnAmountAboveTheSanityBound_whenValidated_thenItIsNamed_andTheBoundItselfPasses() {
        Partner partner = Partner.builder("contoso", "Contoso")
                .revenue("App", YearMonth.of(2020, 1), "1000000000000.00", "1000000000000.01").build();

        assertEquals(List.of("partner.revenue[0].billedUsd: is 1000000000000.01; more than 1,000,000,000,000 USD in "
                + "a month is taken as an error"), problems(partner));
    }

    @Test
    void givenAnAmountWithFractionsOfACent_whenValidated_thenItIsNamed_butTrailingZerosPass() {
        Partner partner = Partner.builder("contoso", "Contoso")
                .revenue("App", YearMonth.of(2020, 1), "99999.995", "10.5000").build();

        assertEquals(List.of("partner.revenue[0].acrUsd: is 99999.995; amounts are in USD with at most 2 decimal "
                + "places"), problems(partner));
    }

    @Test
    void givenAnIpShareOutside0To100_whenValidated_thenItIsNamed_andTheEndsPass() {
        assertEquals(List.of("offer.azureIpSharePercent: is -1; must be between 0 and 100"),
                problems(offer().azureIpSharePercent("-1").build()));
        assertEquals(List.of("offer.azureIpSharePercent: is 100.01; must be between 0 and 100"),
                problems(offer().azureIpSharePercent("100.01").build()));
        assertEquals(List.of(), problems(offer().azureIpSharePercent("0").build()));
        assertEquals(List.of(), problems(offer().azureIpSharePercent("100").build()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html,hi", "ftp://contoso.com/a", "/analytics",
            "contoso.com", "https://", "https:///path", "https://contoso.com/a b", "mailto:jane@contoso.com"})
    void givenALandingPageThatIsNotAnAbsoluteWebUrl_whenValidated_thenItIsNamed(String url) {
        assertEquals(List.of("offer.collateral.landingPageUrl: \"" + url + "\" is not an absolute http(s) URL"),
                problems(offer().landingPage(url).build()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://contoso.com", "http://contoso.com:8080/a?b=c#d", "https://회사.kr/제품",
            "HTTPS://WWW.CONTOSO.COM/"})
    void givenAnAbsoluteWebUrl_whenValidated_thenItPasses(String url) {
        assertEquals(List.of(), problems(offer().landingPage(url).socialMedia(url).build()));
    }

    @Test
    void givenABadSocialMediaUrl_whenValidated_thenItIsNamed_andBlankUrlsCountAsNotGiven() {
        assertEquals(List.of("offer.collateral.socialMediaUrl: \"linkedin.com/company/contoso\" is not an absolute "
                + "http(s) URL"), problems(offer().socialMedia("linkedin.com/company/contoso").build()));
        assertEquals(List.of(), problems(offer().landingPage(" ").socialMedia(null).build()));
    }

    @Test
    void givenAVeryLongBadUrl_whenValidated_thenTheMessageShowsItShortened() {
        String url = "javascript:" + "x".repeat(200);

        assertEquals(List.of("offer.collateral.landingPageUrl: \"" + url.substring(0, 80) + "\u2026\" is not an "
                + "absolute http(s) URL"), problems(offer().landingPage(url).build()));
    }

    @Test
    void givenFileNames_whenValidated_thenTheyAreNotCheckedAsUrls_butAMissingOtherDocumentIsNamed() {
        Offer offer = offer().onePager("one pager.pdf").presentationDeck("deck.pptx")
                .collateral(new Collateral("one pager.pdf", "deck.pptx", "https://contoso.com", null,
                        Arrays.asList("case-study.pdf", null))).build();

        assertEquals(List.of("offer.collateral.otherDocuments[1]: is missing"), problems(offer));
    }

    @Test
    void givenCoSellCountriesThatAreNotIsoCodes_whenValidated_thenEachIsNamed() {
        Offer offer = offer().coSellCountries("us", "USA", "ZZ", "*").build();

        assertEquals(List.of(
                "offer.coSellCountries[2]: \"us\" is not an ISO 3166-1 alpha-2 country code; write it in upper "
                        + "case: \"US\"",
                "offer.coSellCountries[3]: \"USA\" is not an ISO 3166-1 alpha-2 country code such as \"US\"",
                "offer.coSellCountries[4]: \"ZZ\" is not an ISO 3166-1 alpha-2 country code such as \"US\"",
                "offer.coSellCountries[5]: \"*\" (all countries) is valid only in a contact's countries; name "
                        + "each co-sell country"), problems(offer));
    }

    @Test
    void givenAContactWithABadCountry_whenValidated_thenItIsNamed_andTheAllCountriesMarkerPasses() {
        Offer offer = offer().contact(new SalesContact("Joe", "joe@contoso.com", "Sales",
                new LinkedHashSet<>(Arrays.asList("*", "DE", "Korea", null)))).build();

        assertEquals(List.of("offer.contacts[2].countries[2]: \"Korea\" is not an ISO 3166-1 alpha-2 country code "
                        + "such as \"US\" or \"*\" for all countries", "offer.contacts[2].countries[3]: is missing"),
                problems(offer));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jane.contoso.com", "@contoso.com", "jane@@contoso.com", "jane@contoso@com",
            "jane@contoso", "jane@.contoso.com", "jane@contoso.", "jane@contoso..com", "jane doe@contoso.com",
            "jane@contoso.com "})
    void givenAContactWithABadEmail_whenValidated_thenItIsNamed(String email) {
        Offer offer = offer().contact("Joe", email, "Sales", "US").build();

        assertEquals(List.of("offer.contacts[2].email: \"" + email + "\" is not an e-mail address "
                + "(name@example.com)"), problems(offer));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.co", "first.last+co-sell@mail.contoso.co.kr", "o'brien@contoso.ie"})
    void givenAContactWithAPlausibleEmail_whenValidated_thenItPasses(String email) {
        assertEquals(List.of(), problems(offer().contact("Joe", email, "Sales", "US").build()));
    }

    @Test
    void givenMonthsFarApart_whenValidated_thenTheyAreNotTakenForOneMonth() {
        // months counted in an int would wrap around for years this far apart and look alike
        Partner partner = Partner.builder("contoso", "Contoso")
                .revenue("App", YearMonth.of(1, 1), "1.00", "0")
                .revenue("App", YearMonth.of(357_913_942, 5), "1.00", "0").build();

        assertEquals(List.of(), problems(partner));
    }

    @Test
    void givenTwoRevenueRecordsForOneSolutionAndMonth_whenValidated_thenTheSecondIsNamed() {
        Partner partner = partner().revenue("Contoso Backup", YearMonth.of(2020, 3), "1.00", "0")
                .revenue("Contoso Analytics", YearMonth.of(2020, 3), "5.00", "0").build();

        assertEquals(List.of("partner.revenue[3].month: \"Contoso Analytics\" already has revenue for 2020-03 in "
                + "partner.revenue[0]; one record per solution and month"), problems(partner));
    }

    @Test
    void givenAnEndDateBeforeTheStartDate_whenValidated_thenItIsNamed_andASingleDayPasses() {
        Partner partner = partner()
                .competency("Data", CompetencyLevel.GOLD, LocalDate.of(2020, 5, 1), LocalDate.of(2020, 4, 30))
                .competency("Apps", CompetencyLevel.SILVER, LocalDate.of(2020, 5, 1), LocalDate.of(2020, 5, 1))
                .isvConnect(IsvConnectTier.PREMIUM, LocalDate.of(2020, 2, 1), LocalDate.of(2019, 2, 1)).build();

        assertEquals(List.of("partner.competencies[1].endDate: 2020-04-30 is before the start date 2020-05-01",
                "partner.isvConnectEnrollments[1].endDate: 2019-02-01 is before the start date 2020-02-01"),
                problems(partner));
    }

    @Test
    void givenAnEvaluationDateOutsideTheSaneYears_whenValidated_thenItIsNamed() {
        assertEquals(List.of(new Violation("asOf", "1899-12-31 is not a date between 1900-01-01 and 9999-12-31")),
                SubmissionValidator.validate(Submission.of(partner().build(), offer().build(),
                        LocalDate.of(1899, 12, 31))));
        assertEquals(List.of(new Violation("asOf", LocalDate.MAX + " is not a date between 1900-01-01 and "
                + "9999-12-31")), SubmissionValidator.validate(Submission.of(partner().build(), offer().build(),
                LocalDate.MAX)));
    }

    @Test
    void givenMissingRequiredValues_whenValidated_thenEachIsNamedInFieldOrder() {
        Partner partner = new Partner(" ", null, true,
                Arrays.asList(new Competency(null, null, null, null), null),
                Arrays.asList(new IsvConnectEnrollment(null, null, null)),
                Arrays.asList(new RevenueRecord(" ", null, null, null)));
        Offer offer = new Offer(null, "", null, null, false, false, null, null,
                Arrays.asList(new SalesContact(null, " ", null, null)), null);

        assertEquals(List.of("partner.id: is blank", "partner.name: is missing",
                "partner.competencies[0].area: is missing", "partner.competencies[0].level: is missing",
                "partner.competencies[0].startDate: is missing", "partner.competencies[0].endDate: is missing",
                "partner.competencies[1]: is missing",
                "partner.isvConnectEnrollments[0].tier: is missing",
                "partner.isvConnectEnrollments[0].startDate: is missing",
                "partner.isvConnectEnrollments[0].endDate: is missing",
                "partner.revenue[0].solution: is blank", "partner.revenue[0].month: is missing",
                "partner.revenue[0].acrUsd: is missing", "partner.revenue[0].billedUsd: is missing",
                "offer.id: is missing", "offer.name: is blank", "offer.type: is missing",
                "offer.listingState: is missing", "offer.azureIpSharePercent: is missing",
                "offer.contacts[0].name: is missing", "offer.contacts[0].email: is blank",
                "offer.collateral: is missing"), problems(partner, offer));
    }

    @Test
    void givenASubmissionWithManyProblems_whenValidated_thenEveryProblemIsNamedAtOnceInFieldOrder() {
        Partner partner = Partner.builder("contoso", null)
                .competency("Cloud Platform", CompetencyLevel.GOLD, LocalDate.of(2021, 1, 1), LocalDate.of(2020, 1, 1))
                .revenue("Contoso Analytics", YearMonth.of(2020, 3), "-5.00", "0")
                .revenue(new RevenueRecord("Contoso Analytics", YearMonth.of(2020, 4), BigDecimal.ONE, null))
                .revenue("Contoso Analytics", YearMonth.of(2020, 3), "1.001", "2000000000000").build();
        Offer offer = Offer.builder("contoso-analytics", " ", OfferType.SAAS).live()
                .coSellCountries("US", "kr", "*")
                .contact("Jane Doe", "jane@contoso.com", "Sales lead", "*")
                .contact("Joe", "joe at contoso.com", "Sales", "US")
                .contact(null)
                .onePager("one-pager.pdf").landingPage("javascript:alert(1)").socialMedia("data:text/html,x")
                .azureIpSharePercent("101").build();

        List<String> problems = SubmissionValidator.validate(Submission.of(partner, offer, null)).stream()
                .map(Violation::toString).toList();

        assertEquals(List.of(
                "partner.name: is missing",
                "partner.competencies[0].endDate: 2020-01-01 is before the start date 2021-01-01",
                "partner.revenue[0].acrUsd: is -5.00; an amount cannot be negative",
                "partner.revenue[1].billedUsd: is missing",
                "partner.revenue[2].month: \"Contoso Analytics\" already has revenue for 2020-03 in "
                        + "partner.revenue[0]; one record per solution and month",
                "partner.revenue[2].acrUsd: is 1.001; amounts are in USD with at most 2 decimal places",
                "partner.revenue[2].billedUsd: is 2000000000000; more than 1,000,000,000,000 USD in a month is "
                        + "taken as an error",
                "offer.name: is blank",
                "offer.azureIpSharePercent: is 101; must be between 0 and 100",
                "offer.coSellCountries[1]: \"kr\" is not an ISO 3166-1 alpha-2 country code; write it in upper "
                        + "case: \"KR\"",
                "offer.coSellCountries[2]: \"*\" (all countries) is valid only in a contact's countries; name "
                        + "each co-sell country",
                "offer.contacts[1].email: \"joe at contoso.com\" is not an e-mail address (name@example.com)",
                "offer.contacts[2]: is missing",
                "offer.collateral.landingPageUrl: \"javascript:alert(1)\" is not an absolute http(s) URL",
                "offer.collateral.socialMediaUrl: \"data:text/html,x\" is not an absolute http(s) URL",
                "asOf: is missing"), problems);
    }
}
