package dev.cosell.examples.report;

import dev.cosell.model.CompetencyLevel;
import dev.cosell.model.IsvConnectTier;
import dev.cosell.model.Offer;
import dev.cosell.model.OfferType;
import dev.cosell.model.Partner;
import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionResult;
import dev.cosell.rules.CoSellEvaluator;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * One submission per status and route, a hostile offer name and a rejected submission, evaluated by the real
 * rules: what the report tests render.
 */
final class ReportFixtures {
    static final LocalDate AS_OF = LocalDate.of(2020, 7, 15);
    static final String HOSTILE_NAME = "<script>alert(1)</script>";
    static final String HOSTILE_PARTNER = "Fabrikam & Sons \"<b>Bold</b>\"";

    /** Not ready: a draft offer of a partner whose business profile is incomplete; its name is hostile. */
    static final Submission NOT_READY = Submission.of(
            Partner.builder("fabrikam", HOSTILE_PARTNER).build(),
            Offer.builder("fabrikam-draft", HOSTILE_NAME, OfferType.SAAS)
                    .coSellCountries("US").contact("Kim Lee", "kim@fabrikam.com", "Sales", "US").build(),
            AS_OF);

    /** Co-sell ready on the Azure IP route, one cent short of R4.1: 99,999.99 USD of ACR. */
    static final Submission READY = Submission.of(
            Partner.builder("contoso", "Contoso").businessProfileComplete(true)
                    .revenue("Contoso Analytics", YearMonth.of(2020, 3), "60000.00", "0.00")
                    .revenue("Contoso Backup", YearMonth.of(2020, 4), "39999.99", "0.00").build(),
            Offer.builder("contoso-analytics", "Contoso Analytics", OfferType.SAAS).live()
                    .coSellCountries("US", "KR").contact("Jane Doe", "jane@contoso.com", "Sales lead", "*")
                    .onePager("one-pager.pdf").landingPage("https://contoso.com/analytics")
                    .socialMedia("https://www.linkedin.com/company/contoso").azureIpSharePercent("80").build(),
            AS_OF);

    /** Co-sell incentivized on the Azure IP route: transactable SaaS open to CSP resellers, so B1 to B4. */
    static final Submission INCENTIVIZED_AZURE_IP = Submission.of(
            Partner.builder("northwind", "Northwind Traders").businessProfileComplete(true)
                    .revenue("Northwind Insights", YearMonth.of(2019, 12), "70000.00", "0.00")
                    .revenue("Northwind Insights", YearMonth.of(2020, 5), "50000.00", "0.00").build(),
            Offer.builder("northwind-insights", "Northwind Insights", OfferType.SAAS).live().transactable(true)
                    .availableToCspResellers(true).coSellCountries("US", "DE")
                    .contact("Ana Ruiz", "ana@northwind.com", "Partner sales", "*")
                    .onePager("insights-one-pager.pdf").presentationDeck("insights-deck.pptx")
                    .landingPage("https://northwind.com/insights").otherDocument("case-study.pdf")
                    .azureIpSharePercent("75").build(),
            AS_OF);

    /** Co-sell incentivized on the Business Applications route: a Power App with ISV Connect premium. */
    static final Submission INCENTIVIZED_BUSINESS_APPS = Submission.of(
            Partner.builder("adatum", "Adatum").businessProfileComplete(true)
                    .isvConnect(IsvConnectTier.PREMIUM, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31))
                    .competency("Cloud Business Applications", CompetencyLevel.GOLD, LocalDate.of(2019, 1, 1),
                            LocalDate.of(2021, 1, 1))
                    .build(),
            Offer.builder("adatum-field-service", "Adatum Field Service", OfferType.POWER_APP).live()
                    .coSellCountries("GB").contact("Tom Reed", "tom@adatum.com", "Account executive", "GB")
                    .onePager("field-service.pdf").landingPage("https://adatum.com/field-service")
                    .socialMedia("https://www.linkedin.com/company/adatum").build(),
            AS_OF);

    /** Rejected: no evaluation date, and a sales contact without an e-mail address. */
    static final Submission REJECTED = Submission.of(
            Partner.builder("litware", "Litware").businessProfileComplete(true).build(),
            Offer.builder("litware-backup", "Litware Backup", OfferType.SAAS).live()
                    .coSellCountries("US").contact("Pat Moss", null, "Sales", "US").build(),
            null);

    static final List<Submission> ALL = List.of(NOT_READY, READY, INCENTIVIZED_AZURE_IP,
            INCENTIVIZED_BUSINESS_APPS, REJECTED);

    private static List<SubmissionResult> results;

    private ReportFixtures() {
    }

    /** The results of {@link #ALL}, in order, evaluated once by the bundled rules. */
    static synchronized List<SubmissionResult> results() {
        if (results == null) {
            results = CoSellEvaluator.create().evaluateAll(ALL.stream()).toList();
        }
        return results;
    }

    /** The report of {@link #results()} in the given locale. */
    static String report(Locale locale) throws IOException {
        StringWriter out = new StringWriter();
        HtmlReport.write(results(), locale, out);
        return out.toString();
    }

}
