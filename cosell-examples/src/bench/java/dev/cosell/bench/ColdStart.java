package dev.cosell.bench;

import dev.cosell.model.Assessment;
import dev.cosell.model.Offer;
import dev.cosell.model.OfferType;
import dev.cosell.model.Partner;
import dev.cosell.rules.CoSellEvaluator;
import java.time.LocalDate;
import java.time.YearMonth;

/** A fresh JVM's first assessment: builds the classpath rules, evaluates one offer, prints its status. */
public final class ColdStart {
    private ColdStart() {
    }

    /** Evaluates the README's quickstart offer once. */
    public static void main(String[] args) {
        Partner partner = Partner.builder("contoso", "Contoso").businessProfileComplete(true)
                .revenue("Contoso Analytics", YearMonth.of(2020, 3), "60000.00", "0.00")
                .revenue("Contoso Backup", YearMonth.of(2020, 4), "39999.99", "0.00").build();
        Offer offer = Offer.builder("contoso-analytics", "Contoso Analytics", OfferType.SAAS).live()
                .coSellCountries("US", "KR").contact("Jane Doe", "jane@contoso.com", "Sales lead", "*")
                .onePager("one-pager.pdf").landingPage("https://contoso.com/analytics")
                .socialMedia("https://www.linkedin.com/company/contoso").azureIpSharePercent("80").build();
        Assessment assessment = CoSellEvaluator.create().evaluate(partner, offer, LocalDate.of(2020, 7, 1));
        System.out.println(assessment.status());
    }
}
