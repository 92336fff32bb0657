package dev.cosell.rules;

import dev.cosell.model.Answer;
import dev.cosell.model.Assessment;
import dev.cosell.model.ListingSolutionType;
import dev.cosell.model.Offer;
import dev.cosell.model.OfferType;
import dev.cosell.model.Partner;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What the rule tests share: one evaluator (compiling the rules takes a moment), the evaluation date, and a
 * partner and offers that meet every row, so that each test changes only what it is about.
 */
final class Fixtures {
    /** The shipped rules, compiled once for every test class. */
    /** The first revision of the program, 2020-05-19, which these tests encode (later revisions: RevisionTest). */
    static final String BASE = "2020-05-19";
    /** The shipped rules of revision 2020-05-19, loaded once for every test class. */
    static final CoSellEvaluator EVALUATOR = CoSellEvaluator.create().forRevision(BASE);

    /** The evaluation date: the trailing window is 2019-07 … 2020-06 and July 2020 is still open. */
    static final LocalDate AS_OF = LocalDate.of(2020, 7, 15);
    static final YearMonth EVALUATION_MONTH = YearMonth.of(2020, 7);
    static final YearMonth WINDOW_FIRST = YearMonth.of(2019, 7);
    static final YearMonth WINDOW_LAST = YearMonth.of(2020, 6);

    private Fixtures() {
    }

    /**
     * What an assessment says of the offer, without its revision record and notices: a rule folder is one revision
     * for every date, with a record of its own and no calendar, so that is all it can share with the classpath rules.
     */
    static Object withoutRevision(dev.cosell.model.SubmissionResult r) {
        return r.assessment().<Object>map(Fixtures::withoutRevision)
                .orElseGet(() -> r.failure().<Object>map(Throwable::getMessage).orElse(r.violations()));
    }

    static Assessment withoutRevision(Assessment a) {
        return new Assessment(a.partnerId(), a.offerId(), a.asOf(), a.status(), a.route(), a.standing(), a.findings(),
                a.benefits(), a.serviceFeePercent(), a.channels(), a.nextSteps(), a.ruleSetRevision(), a.firedRules());
    }

    /** A partner with a complete profile and no revenue, competency or enrollment. */
    static Partner.Builder partner() {
        return Partner.builder("contoso", "Contoso").businessProfileComplete(true);
    }

    /** A partner with exactly 100,000.00 USD of ACR in the trailing window. */
    static Partner.Builder partnerAtThreshold() {
        return partner().revenue("Contoso Analytics", YearMonth.of(2020, 3), "100000.00", "0.00");
    }

    /** An offer of the given type that meets every row of steps 1 and 3 (81 % of its IP code on Azure). */
    static Offer.Builder offer(OfferType type) {
        return Offer.builder("contoso-offer", "Contoso Offer", type).live().coSellCountries("US")
                .contact("Jane Doe", "jane@contoso.com", "Sales lead", "US").onePager("one-pager.pdf")
                .landingPage("https://contoso.com/analytics").socialMedia("https://www.linkedin.com/company/contoso")
                .azureIpSharePercent("81");
    }

    /**
     * An offer of the given type that meets every offer-level row of every program revision (the later revisions'
     * inputs given at their qualifying values): live, transactable with a paid plan, every document, the listing
     * complete, validated and not an Office add-in, 100,000.00 USD billed by itself in {@code billedMonth}, its
     * co-sell solution created on {@code created}. The revision tests change from it only what they are about.
     */
    static Offer.Builder offerOfEveryRevision(OfferType type, YearMonth billedMonth, LocalDate created) {
        return Offer.builder("contoso-offer", "Contoso Offer", type).live().transactable(true).paidPlan(Answer.YES)
                .availableToCspResellers(true).azureIpSharePercent("80").coSellCountries("US")
                .contact("Jane Doe", "jane@contoso.com", "Sales lead", "*").onePager("one-pager.pdf")
                .presentationDeck("deck.pptx").landingPage("https://contoso.com/analytics")
                .socialMedia("https://www.linkedin.com/company/contoso").architectureDiagram("architecture.png")
                .listingComplete(Answer.YES).listingSolutionType(ListingSolutionType.IP)
                .technicalValidation(Answer.YES).officeAppOrAddIn(Answer.NO)
                .coSellSolutionCreated(created).cloudSpecialistRequested(Answer.YES)
                .offerBilledRevenue(billedMonth, "100000.00");
    }

    /** A SaaS offer that meets every row of steps 1 and 3, and R4.2. */
    static Offer.Builder saas() {
        return offer(OfferType.SAAS);
    }

    static Assessment evaluate(Partner.Builder partner, Offer.Builder offer) {
        return EVALUATOR.evaluate(partner.build(), offer.build(), AS_OF);
    }

    static Assessment evaluate(Partner.Builder partner, Offer.Builder offer, LocalDate asOf) {
        return EVALUATOR.evaluate(partner.build(), offer.build(), asOf);
    }
}
