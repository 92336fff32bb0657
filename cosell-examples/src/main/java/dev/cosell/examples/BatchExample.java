package dev.cosell.examples;

import dev.cosell.model.CompetencyLevel;
import dev.cosell.model.IsvConnectTier;
import dev.cosell.model.ListingState;
import dev.cosell.model.Offer;
import dev.cosell.model.OfferType;
import dev.cosell.model.Partner;
import dev.cosell.model.Requirement;
import dev.cosell.model.Status;
import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionResult;
import dev.cosell.rules.CoSellEvaluator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Many offers of several partners through {@link CoSellEvaluator#evaluateAll(Stream)}: the submissions are made
 * lazily and evaluated a batch at a time, and only the counts are kept. Prints how many offers reached each
 * status, which requirements hold offers back most often, and the submissions that were rejected.
 */
public final class BatchExample {
    private static final LocalDate AS_OF = LocalDate.of(2020, 7, 1);
    private static final int OFFERS = 3_000;
    private static final OfferType[] TYPES = OfferType.values();

    private BatchExample() {
    }

    /**
     * Evaluates {@value #OFFERS} generated offers of three partners, and one invalid submission.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        List<Partner> partners = List.of(
                Partner.builder("contoso", "Contoso").businessProfileComplete(true)
                        .revenue("Contoso Analytics", YearMonth.of(2020, 3), "60000.00", "30000.00")
                        .revenue("Contoso Backup", YearMonth.of(2020, 4), "45000.00", "0.00")
                        .isvConnect(IsvConnectTier.PREMIUM, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))
                        .build(),
                Partner.builder("fabrikam", "Fabrikam").businessProfileComplete(false)
                        .revenue("Fabrikam Insights", YearMonth.of(2020, 5), "4200.00", "0.00").build(),
                Partner.builder("tailspin", "Tailspin Consulting").businessProfileComplete(true)
                        .competency("Data Analytics", CompetencyLevel.GOLD, LocalDate.of(2019, 10, 1),
                                LocalDate.of(2020, 9, 30))
                        .revenue("Tailspin Data Hub", YearMonth.of(2020, 2), "20000.00", "95000.00").build());

        Stream<Submission> submissions = Stream.concat(
                LongStream.range(0, OFFERS).mapToObj(i -> Submission.of(partners.get((int) (i % partners.size())),
                        offer(i), AS_OF)),
                // One submission without an offer type: reported, and it stops nothing.
                Stream.of(Submission.of(partners.get(0), Offer.builder("untyped", "Untyped", null).build(), AS_OF)));

        Map<Status, Long> byStatus = new EnumMap<>(Status.class);
        Map<Requirement, Long> blocking = new EnumMap<>(Requirement.class);
        long started = System.nanoTime();
        long count = 0;
        try (Stream<SubmissionResult> results = CoSellEvaluator.create().evaluateAll(submissions)) {
            for (SubmissionResult result : (Iterable<SubmissionResult>) results::iterator) {
                count++;
                if (result.isAssessed()) {
                    var assessment = result.assessment().orElseThrow();
                    byStatus.merge(assessment.status(), 1L, Long::sum);
                    assessment.nextSteps().forEach(step -> blocking.merge(step.requirement(), 1L, Long::sum));
                } else if (result.isFailed()) {
                    System.out.println("the rules failed on submission " + result.position() + ": "
                            + result.failure().orElseThrow().getMessage());
                } else {
                    System.out.println("rejected submission " + result.position() + ": " + result.violations());
                }
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        System.out.println(count + " submissions of " + partners.size() + " partners evaluated in " + millis
                + " ms (including compiling the rules):");
        for (Status status : Status.values()) {
            System.out.printf("  %-21s %5d%n", status, byStatus.getOrDefault(status, 0L));
        }
        System.out.println("requirements most often between an offer and its next status:");
        blocking.entrySet().stream().sorted(Map.Entry.<Requirement, Long>comparingByValue().reversed()).limit(5)
                .forEach(e -> System.out.printf("  %-5s %5d  %s%n", e.getKey().id(), e.getValue(), e.getKey().title()));
    }

    /** The i-th generated offer: a spread of types, listing states, contacts and collateral. */
    private static Offer offer(long i) {
        OfferType type = TYPES[(int) (i % TYPES.length)];
        Offer.Builder offer = Offer.builder("offer-" + i, "Offer " + i, type)
                .listingState(i % 7 == 0 ? ListingState.DRAFT : ListingState.LIVE)
                .transactable(type.isIaasOrSaas() && i % 2 == 0)
                .availableToCspResellers(i % 3 == 0)
                .azureIpSharePercent(String.valueOf(40 + i % 21))
                .coSellCountries("US", "DE");
        if (i % 5 != 0) {
            offer.contact("Sales", "sales" + i + "@example.com", "Sales lead", "*");
        }
        if (i % 11 != 0) {
            offer.onePager("offer-" + i + ".pdf");
        }
        offer.landingPage("https://example.com/offers/" + i);
        if (i % 4 != 0) {
            offer.socialMedia("https://www.linkedin.com/company/example");
        }
        return offer.build();
    }
}
