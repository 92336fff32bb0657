package dev.cosell.rules.reference;

import dev.cosell.model.Answer;
import dev.cosell.model.CompetencyLevel;
import dev.cosell.model.IsvConnectTier;
import dev.cosell.model.ListingSolutionType;
import dev.cosell.model.ListingState;
import dev.cosell.model.Offer;
import dev.cosell.model.OfferType;
import dev.cosell.model.Partner;
import dev.cosell.model.ProductFamily;
import dev.cosell.model.SalesContact;
import dev.cosell.model.SolutionType;
import dev.cosell.model.Submission;
import dev.cosell.model.TopTierFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The submissions of {@link SubmissionGenerator#acrossRevisions(long)} and {@link SubmissionGenerator#within}: one
 * submission from a random and a span of evaluation dates. Each input is drawn mostly at the value that meets the
 * rows that read it (so that a revision with a dozen rows still reaches co-sell ready and incentivized often), and
 * otherwise at the value that does not, or not given; amounts and dates sit on the rows' edges as in the boundary
 * flavour. Every submission is valid.
 */
public final class RevisionSubmissions {
    /** The first day a revision is in force. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2020, 5, 19);
    /** The last evaluation date drawn by {@link SubmissionGenerator#acrossRevisions(long)}. */
    public static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 31);
    /** Dates where something changes: each revision's first day, and the dates the revisions state for one row. */
    public static final List<LocalDate> EDGES;

    static {
        List<LocalDate> edges = new ArrayList<>();
        for (String id : RevisionReference.REVISIONS) {
            edges.add(LocalDate.parse(id));
        }
        for (String day : new String[] {"2021-07-14", "2021-08-01", "2023-07-11", "2023-07-01", "2023-10-24"}) {
            edges.add(LocalDate.parse(day));
        }
        EDGES = List.copyOf(edges);
    }

    private static final String[] TOP_TIER_SALES = {"3999999.99", "4000000.00", "4000000.01", "0", "250000.00"};
    private static final String[] COMMITMENTS = {"29999999.99", "30000000.00", "199999999.99", "200000000.00", "0"};
    private static final LocalDate NEW_OFFERS_FROM = LocalDate.of(2023, 7, 11);

    private RevisionSubmissions() {
    }

    /** Submission {@code i}, evaluated on a date from {@code from} through {@code until}. */
    static Submission submission(SplittableRandom r, long i, LocalDate from, LocalDate until) {
        LocalDate asOf = date(r, from, until);
        YearMonth evaluationMonth = YearMonth.from(asOf);

        Partner.Builder partner = Partner.builder("partner-" + i, "Partner " + i)
                .businessProfileComplete(r.nextInt(10) != 0);
        SubmissionGenerator.acr(r, partner, evaluationMonth);
        SubmissionGenerator.billed(r, partner, evaluationMonth);
        if (r.nextInt(3) != 0) {
            // a competency surely active, often enough for services to pass R3.6
            partner.competency("Cloud Platform", CompetencyLevel.GOLD, asOf.minusDays(r.nextInt(400)),
                    asOf.plusDays(r.nextInt(400)));
        }
        for (int c = r.nextInt(3); c > 0; c--) {
            LocalDate[] period = SubmissionGenerator.period(r, asOf);
            partner.competency("Area " + c, r.nextInt(3) == 0 ? CompetencyLevel.SILVER : CompetencyLevel.GOLD,
                    period[0], period[1]);
        }
        if (r.nextInt(3) != 0) {
            partner.isvConnect(r.nextBoolean() ? IsvConnectTier.PREMIUM : IsvConnectTier.STANDARD,
                    asOf.minusDays(r.nextInt(400)), asOf.plusDays(r.nextInt(400)));
        }
        for (int e = r.nextInt(3); e > 0; e--) {
            LocalDate[] period = SubmissionGenerator.period(r, asOf);
            partner.isvConnect(r.nextInt(3) == 0 ? IsvConnectTier.STANDARD : IsvConnectTier.PREMIUM, period[0],
                    period[1]);
        }
        if (r.nextInt(3) != 0) {
            partner.designation("Infrastructure (Azure)", asOf.minusDays(r.nextInt(400)), asOf.plusDays(r.nextInt(400)));
        }
        for (int d = r.nextInt(3); d > 0; d--) {
            LocalDate[] period = SubmissionGenerator.period(r, asOf);
            partner.designation(d % 2 == 0 ? "Data & AI (Azure)" : "Security", period[0], period[1]);
        }
        partner.mpnId(r.nextInt(8) == 0 ? null : String.valueOf(1_000_000 + r.nextInt(9_000_000)))
                .marketplaceAccountActive(answer(r, Answer.YES));
        partner.topTier(topTier(r));

        OfferType[] types = OfferType.values();
        OfferType type = types[r.nextInt(types.length)];
        ListingState[] states = ListingState.values();
        Offer.Builder offer = Offer.builder("offer-" + i, "Offer " + i, type)
                .listingState(r.nextInt(7) == 0 ? states[r.nextInt(states.length)] : ListingState.LIVE)
                .transactable(r.nextInt(3) != 0).availableToCspResellers(r.nextBoolean())
                .azureIpSharePercent(r.nextInt(3) == 0 ? SubmissionGenerator.SHARES[r.nextInt(
                        SubmissionGenerator.SHARES.length)] : "80");
        if (r.nextInt(3) != 0) {
            offer.coSellCountries(countries(r)).contact("Everyone", "sales@example.com", "Sales",
                    SalesContact.ALL_COUNTRIES);
        } else {
            SubmissionGenerator.countriesAndContacts(r, offer);
        }
        offer.onePager(document(r, "one-pager.pdf")).presentationDeck(document(r, "deck.pptx"))
                .landingPage(document(r, "https://example.com/solution"))
                .socialMedia(document(r, "https://www.linkedin.com/company/example"))
                .architectureDiagram(document(r, "architecture.png"));
        if (r.nextInt(4) == 0) {
            offer.otherDocument("case-study.pdf");
        }
        offer.paidPlan(answer(r, Answer.YES)).listingComplete(answer(r, Answer.YES))
                .technicalValidation(answer(r, Answer.YES)).officeAppOrAddIn(answer(r, Answer.NO))
                .cloudSpecialistRequested(answer(r, Answer.YES))
                .listingSolutionType(listingSolutionType(r, type)).productFamily(productFamily(r, type));
        offerBilledRevenue(r, offer, evaluationMonth);
        offer.coSellSolutionCreated(switch (r.nextInt(8)) {
            case 0 -> null;
            case 1 -> NEW_OFFERS_FROM.minusDays(1);
            case 2 -> NEW_OFFERS_FROM;
            case 3 -> NEW_OFFERS_FROM.plusDays(1);
            default -> asOf.minusDays(r.nextInt(1_500));
        });
        offer.reviewState(SubmissionGenerator.REVIEW_STATES[r.nextInt(SubmissionGenerator.REVIEW_STATES.length)]);
        return new Submission(partner.build(), offer.build(), asOf);
    }

    /** A date of the span: one in four on an edge or the day before it (if inside the span), else any. */
    private static LocalDate date(SplittableRandom r, LocalDate from, LocalDate until) {
        if (r.nextInt(4) == 0) {
            LocalDate edge = EDGES.get(r.nextInt(EDGES.size())).minusDays(r.nextInt(2));
            if (!edge.isBefore(from) && !edge.isAfter(until)) {
                return edge;
            }
        }
        long days = ChronoUnit.DAYS.between(from, until) + 1;
        LocalDate day = from.plusDays(r.nextLong(days));
        return switch (r.nextInt(6)) { // month edges move the trailing window
            case 0 -> max(from, day.withDayOfMonth(1));
            case 1 -> min(until, day.withDayOfMonth(day.lengthOfMonth()));
            default -> day;
        };
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** The wanted answer eight times in ten, else the other one or not given. */
    private static Answer answer(SplittableRandom r, Answer wanted) {
        int draw = r.nextInt(10);
        return draw < 8 ? wanted : draw == 8 ? (wanted == Answer.YES ? Answer.NO : Answer.YES) : Answer.NOT_GIVEN;
    }

    /** A document most of the time; otherwise missing or blank. */
    private static String document(SplittableRandom r, String value) {
        return switch (r.nextInt(10)) {
            case 0 -> null;
            case 1 -> "  ";
            default -> value;
        };
    }

    private static String[] countries(SplittableRandom r) {
        List<String> countries = new ArrayList<>(List.of(SubmissionGenerator.COUNTRIES));
        return countries.subList(0, 1 + r.nextInt(3)).toArray(String[]::new);
    }

    /** The listing's solution type that matches the offer type, mostly; else another one or not given. */
    private static ListingSolutionType listingSolutionType(SplittableRandom r, OfferType type) {
        int draw = r.nextInt(10);
        if (draw == 0) {
            return ListingSolutionType.NOT_GIVEN;
        }
        if (draw == 1) {
            ListingSolutionType[] all = ListingSolutionType.values();
            return all[1 + r.nextInt(all.length - 1)];
        }
        return switch (type) {
            case CONSULTING_SERVICE -> ListingSolutionType.SERVICE;
            case MANAGED_SERVICE -> r.nextBoolean() ? ListingSolutionType.MANAGED_SERVICE : ListingSolutionType.SERVICE;
            default -> type.solutionType() == SolutionType.IP ? ListingSolutionType.IP : ListingSolutionType.SERVICE;
        };
    }

    /** The product family of a Business Applications offer (any of them), mostly not given for other offers. */
    private static ProductFamily productFamily(SplittableRandom r, OfferType type) {
        ProductFamily[] all = ProductFamily.values();
        return switch (type) {
            case DYNAMICS_365_APP -> r.nextInt(10) == 0 ? ProductFamily.NOT_GIVEN : switch (r.nextInt(5)) {
                case 0, 1 -> ProductFamily.DATAVERSE_AND_POWER_APPS;
                case 2, 3 -> ProductFamily.OPERATIONS;
                default -> ProductFamily.BUSINESS_CENTRAL;
            };
            case POWER_APP -> r.nextInt(10) == 0 ? ProductFamily.NOT_GIVEN
                    : r.nextInt(8) == 0 ? all[1 + r.nextInt(all.length - 1)] : ProductFamily.DATAVERSE_AND_POWER_APPS;
            case POWER_BI_APP -> r.nextInt(5) == 0 ? ProductFamily.NOT_GIVEN : ProductFamily.POWER_BI;
            default -> r.nextInt(10) == 0 ? all[r.nextInt(all.length)] : ProductFamily.NOT_GIVEN;
        };
    }

    /** This offer's billed revenue: not given, none, or distinct months before the evaluation month summing to an edge. */
    private static void offerBilledRevenue(SplittableRandom r, Offer.Builder offer, YearMonth evaluationMonth) {
        switch (r.nextInt(6)) {
            case 0 -> offer.offerBilledRevenue((List<dev.cosell.model.MonthlyAmount>) null);
            case 1 -> offer.offerBilledRevenue(List.of());
            default -> {
                BigDecimal total = new BigDecimal(SubmissionGenerator.TOTALS[r.nextInt(SubmissionGenerator.TOTALS.length)]);
                int parts = 1 + r.nextInt(3);
                List<BigDecimal> amounts = SubmissionGenerator.split(r, total, parts);
                for (int p = 0; p < parts; p++) {
                    // distinct months: p + 1 + a multiple of parts; far back too (cumulative)
                    offer.offerBilledRevenue(evaluationMonth.minusMonths(1 + p + (long) r.nextInt(20) * parts),
                            amounts.get(p).toPlainString());
                }
                if (r.nextInt(3) == 0) {
                    offer.offerBilledRevenue(evaluationMonth, "100000.00"); // the evaluation month: never counted
                }
            }
        }
    }

    /** Top-tier figures at the pathways' edges, each figure sometimes not given; or none at all. */
    private static TopTierFigures topTier(SplittableRandom r) {
        if (r.nextInt(4) == 0) {
            return null;
        }
        return new TopTierFigures(
                r.nextInt(4) == 0 ? null : new BigDecimal(TOP_TIER_SALES[r.nextInt(TOP_TIER_SALES.length)]),
                r.nextInt(4) == 0 ? null : 11 + r.nextInt(3),
                r.nextInt(4) == 0 ? null : new int[] {4, 5, 29, 30, 31}[r.nextInt(5)],
                r.nextInt(4) == 0 ? null : 7 + r.nextInt(3),
                r.nextInt(4) == 0 ? null : new BigDecimal(COMMITMENTS[r.nextInt(COMMITMENTS.length)]));
    }
}
