package dev.cosell.examples;

import dev.cosell.model.Assessment;
import dev.cosell.model.Offer;
import dev.cosell.model.OfferType;
import dev.cosell.model.Partner;
import dev.cosell.model.ReviewState;
import dev.cosell.rules.CoSellEvaluator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/** The README quickstart, line for line: one partner, one offer, what it qualifies for and why. */
public final class QuickstartExample {
    private QuickstartExample() {
    }

    /**
     * Prints the assessment of one SaaS offer.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        Partner partner = Partner.builder("contoso", "Contoso").businessProfileComplete(true)
                .revenue("Contoso Analytics", YearMonth.of(2020, 3), "60000.00", "0.00")
                .revenue("Contoso Backup", YearMonth.of(2020, 4), "39999.99", "0.00").build();
        Offer offer = Offer.builder("contoso-analytics", "Contoso Analytics", OfferType.SAAS).live()
                .coSellCountries("US", "KR").contact("Jane Doe", "jane@contoso.com", "Sales lead", "*")
                .onePager("one-pager.pdf").landingPage("https://contoso.com/analytics")
                .socialMedia("https://www.linkedin.com/company/contoso").azureIpSharePercent("80")
                .reviewState(ReviewState.NOT_SUBMITTED).build();
        Assessment assessment = CoSellEvaluator.create().evaluate(partner, offer, LocalDate.of(2020, 7, 1));
        System.out.println(assessment.offerId() + ": " + assessment.standingText(Locale.ENGLISH));
        assessment.findings().forEach(f -> System.out.println("  " + f));
        assessment.nextSteps().forEach(s -> System.out.println("  next: " + s));
        assessment.standing().step(Locale.ENGLISH).ifPresent(step -> System.out.println("  next: "
                + assessment.standing().id() + ": " + step + " (" + assessment.standing().where(Locale.ENGLISH).orElseThrow() + ")"));
    }
}
