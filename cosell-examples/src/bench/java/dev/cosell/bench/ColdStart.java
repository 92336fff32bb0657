package dev.cosell.bench;

import dev.cosell.model.Assessment;
import dev.cosell.model.Offer;
import dev.cosell.model.OfferType;
import dev.cosell.model.Partner;
import dev.cosell.rules.CoSellEvaluator;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A fresh JVM's first assessment: builds the classpath rules, evaluates one offer, prints its status and
 * where the time went: {@code phases: jvm=<ms> create=<ms> evaluate=<ms>} (JVM start to main, building the
 * evaluator, the first evaluation).
 */
public final class ColdStart {
    private ColdStart() {
    }

    /** Evaluates the README's quickstart offer once. */
    public static void main(String[] args) {
        long enteredMain = System.currentTimeMillis();
        long jvm = enteredMain - ManagementFactory.getRuntimeMXBean().getStartTime();
        long start = System.nanoTime();
        CoSellEvaluator evaluator = CoSellEvaluator.create();
        long created = System.nanoTime();
        Partner partner = Partner.builder("contoso", "Contoso").businessProfileComplete(true)
                .revenue("Contoso Analytics", YearMonth.of(2020, 3), "60000.00", "0.00")
                .revenue("Contoso Backup", YearMonth.of(2020, 4), "39999.99", "0.00").build();
        Offer offer = Offer.builder("contoso-analytics", "Contoso Analytics", OfferType.SAAS).live()
                .coSellCountries("US", "KR").contact("Jane Doe", "jane@contoso.com", "Sales lead", "*")
                .onePager("one-pager.pdf").landingPage("https://contoso.com/analytics")
                .socialMedia("https://www.linkedin.com/company/contoso").azureIpSharePercent("80").build();
        Assessment assessment = evaluator.evaluate(partner, offer, LocalDate.of(2020, 7, 1));
        long evaluated = System.nanoTime();
        System.out.println(assessment.status());
        System.out.printf("phases: jvm=%d create=%d evaluate=%d%n", jvm, (created - start) / 1_000_000,
                (evaluated - created) / 1_000_000);
    }
}
