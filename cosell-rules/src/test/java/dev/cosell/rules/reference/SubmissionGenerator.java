package dev.cosell.rules.reference;

import dev.cosell.model.Answer;
import dev.cosell.model.Collateral;
import dev.cosell.model.CompetencyLevel;
import dev.cosell.model.IsvConnectTier;
import dev.cosell.model.ListingSolutionType;
import dev.cosell.model.ListingState;
import dev.cosell.model.MonthlyAmount;
import dev.cosell.model.Offer;
import dev.cosell.model.OfferType;
import dev.cosell.model.Partner;
import dev.cosell.model.ProductFamily;
import dev.cosell.model.ReviewState;
import dev.cosell.model.SalesContact;
import dev.cosell.model.Submission;
import dev.cosell.model.TopTierFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongFunction;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Seeded, reproducible submissions for differential tests and benchmarks.
 *
 * <p>The {@linkplain #boundaries(long) boundaries} flavour aims at the edges of every row: ACR sums of
 * 99,999.99 / 100,000.00 / 100,000.01 USD inside the trailing window with noise just outside it and in the
 * evaluation month, billed revenue on transactable and non-transactable offers, IP shares of 0 / 49.99 / 50 /
 * 50.01 / 100 %, competencies and ISV Connect enrollments starting or ending the day before, on, or after the
 * evaluation date, every {@link OfferType} and {@link ListingState}, co-sell countries with and without matching or
 * {@code "*"} contacts, blank and missing collateral. The {@linkplain #realistic(long) realistic} flavour gives
 * partners with three solutions and 24 months of revenue, two to five contacts and full collateral, in a mix of
 * statuses.
 *
 * <p>Submission {@code i} of a generator depends only on the seed and {@code i}: {@link #at(long)} rebuilds it.
 * Every submission is valid. A generator is not thread-safe.
 *
 * <p>By default the submissions leave every input of the later revisions not given (as before those inputs
 * existed). {@link #withRevisionInputs()} gives a generator of the same submissions with those inputs drawn too,
 * and {@link #withRevisionInputs(Submission, SplittableRandom)} adds them to any submission.
 */
public final class SubmissionGenerator {
    static final String[] COUNTRIES = {"US", "KR", "DE", "GB", "JP", "FR"};
    static final String[] SHARES = {"0", "49.99", "50", "50.00", "50.01", "100", "80", "12.5"};
    static final String[] TOTALS = {"99999.99", "100000.00", "100000.01", "0", "50000.00", "250000.00"};
    private static final LocalDate FIRST_AS_OF = LocalDate.of(2019, 1, 1);
    private static final int AS_OF_DAYS = 3 * 365;
    static final ReviewState[] REVIEW_STATES = ReviewState.values();

    private final long seed;
    private final boolean realistic;
    private final boolean revisionInputs;
    /** For the {@linkplain #acrossRevisions(long) revisions} flavour: the first and last evaluation date; else null. */
    private final LocalDate from;
    private final LocalDate until;
    /** The evaluation date of realistic submission {@code i}; null for the generator's own dates. */
    private final LongFunction<LocalDate> dates;
    private long index;

    private SubmissionGenerator(long seed, boolean realistic) {
        this(seed, realistic, false);
    }

    private SubmissionGenerator(long seed, boolean realistic, boolean revisionInputs) {
        this(seed, realistic, revisionInputs, null, null, null);
    }

    private SubmissionGenerator(long seed, boolean realistic, boolean revisionInputs, LocalDate from,
                                LocalDate until) {
        this(seed, realistic, revisionInputs, from, until, null);
    }

    private SubmissionGenerator(long seed, boolean realistic, boolean revisionInputs, LocalDate from,
                                LocalDate until, LongFunction<LocalDate> dates) {
        this.seed = seed;
        this.realistic = realistic;
        this.revisionInputs = revisionInputs;
        this.from = from;
        this.until = until;
        this.dates = dates;
    }

    /**
     * A generator of the same flavour and seed whose submission {@code i} is this generator's submission {@code i}
     * with the inputs of the later revisions added ({@link #withRevisionInputs(Submission, SplittableRandom)}),
     * drawn from a random of their own: the fields this generator draws stay the same.
     */
    public SubmissionGenerator withRevisionInputs() {
        return new SubmissionGenerator(seed, realistic, true, from, until, dates);
    }

    /**
     * A realistic generator of the same seed (and inputs) whose submission {@code i} is evaluated on
     * {@code asOf.apply(i)}: the same partners and offers, with revenue months, competencies and enrollments placed
     * around the given date as they are around the generator's own (2020-07-01 to 2021-06-30), so that the
     * submissions differ only by date.
     */
    public SubmissionGenerator dated(LongFunction<LocalDate> asOf) {
        return new SubmissionGenerator(seed, true, revisionInputs, null, null, asOf);
    }

    /** A generator of boundary submissions. */
    public static SubmissionGenerator boundaries(long seed) {
        return new SubmissionGenerator(seed, false);
    }

    /** A generator of realistic submissions (3 solutions × 24 months of revenue, full collateral). */
    public static SubmissionGenerator realistic(long seed) {
        return new SubmissionGenerator(seed, true);
    }

    /**
     * A generator of submissions for every program revision: evaluation dates from 2020-05-19 through 2026-12-31,
     * one in four on a revision's first day, the day before it, or a date a revision states for one row (B1
     * 2021-07-13/14, B4 2021-07-31/08-01, 2023-07-10/11, the gap's ends, 2023-10-23/24), and every input of the
     * later revisions drawn, each mostly at the value that meets its row and otherwise at the one that does not or
     * not given, so that every revision's statuses, routes and outcomes are reached. See {@link RevisionSubmissions}.
     */
    public static SubmissionGenerator acrossRevisions(long seed) {
        return within(seed, RevisionSubmissions.FIRST_DAY, RevisionSubmissions.LAST_DAY);
    }

    /**
     * As {@link #acrossRevisions(long)}, with evaluation dates from {@code from} through {@code until} (both
     * inclusive): e.g. the span of one revision.
     */
    public static SubmissionGenerator within(long seed, LocalDate from, LocalDate until) {
        if (until.isBefore(from)) {
            throw new IllegalArgumentException(until + " is before " + from);
        }
        return new SubmissionGenerator(seed, false, false, from, until);
    }

    /** The first {@code count} boundary submissions of the given seed. */
    public static Stream<Submission> submissions(long seed, int count) {
        return boundaries(seed).stream(count);
    }

    /** The first {@code count} realistic submissions of the given seed. */
    public static Stream<Submission> realisticSubmissions(long seed, int count) {
        return realistic(seed).stream(count);
    }

    /** The seed this generator was made with. */
    public long seed() {
        return seed;
    }

    /** The next submission. */
    public Submission next() {
        return at(index++);
    }

    /** The next {@code count} submissions, lazily. */
    public Stream<Submission> stream(int count) {
        long from = index;
        index += count;
        return LongStream.range(from, from + count).mapToObj(this::at);
    }

    /** Submission number {@code i} of this generator, the same on every call. */
    public Submission at(long i) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        Submission submission = from != null ? RevisionSubmissions.submission(random, i, from, until)
                : realistic ? realisticSubmission(random, i, dates) : boundarySubmission(random, i);
        return revisionInputs ? withRevisionInputs(submission, new SplittableRandom(~seed * 0xBF58476D1CE4E5B9L + i))
                : submission;
    }

    // ---------------------------------------------------------------------------------------------------------
    // inputs of the later revisions

    private static final String[] TOP_TIER_SALES = {"3999999.99", "4000000.00", "4000000.01", "0", "250000.00"};
    private static final String[] COMMITMENTS = {"29999999.99", "30000000.00", "199999999.99", "200000000.00", "0"};
    private static final LocalDate R44_FROM = LocalDate.of(2023, 7, 11);

    /**
     * {@return the submission with every input of the later revisions drawn, valid} Each answer is yes, no or not
     * given; the listing solution type and product family any value; the offer's billed revenue not given, given
     * with no month, or months before the evaluation month summing to 99,999.99 / 100,000.00 / 100,000.01 USD or
     * other totals; the co-sell solution's creation date the day before, on or after 2023-07-11 (R4.4), or not
     * given; an architecture diagram given, blank or missing; an MPN ID or none; solutions partner designations
     * starting or ending around the evaluation date; top-tier figures at the edges of the B6 pathways, each figure
     * sometimes not given, or none at all.
     *
     * @param submission the submission to add the inputs to; its partner and offer must be present
     * @param r          the random to draw from
     */
    public static Submission withRevisionInputs(Submission submission, SplittableRandom r) {
        LocalDate asOf = submission.asOf();
        YearMonth evaluationMonth = YearMonth.from(asOf);
        Offer.Builder offer = submission.offer().toBuilder().paidPlan(answer(r)).listingComplete(answer(r))
                .listingSolutionType(pick(r, ListingSolutionType.values())).productFamily(pick(r,
                        ProductFamily.values())).technicalValidation(answer(r)).officeAppOrAddIn(answer(r))
                .cloudSpecialistRequested(answer(r));
        switch (r.nextInt(4)) {
            case 0 -> offer.offerBilledRevenue((List<MonthlyAmount>) null);
            case 1 -> offer.offerBilledRevenue(List.of());
            default -> {
                BigDecimal total = new BigDecimal(TOTALS[r.nextInt(TOTALS.length)]);
                int parts = 1 + r.nextInt(4);
                List<BigDecimal> amounts = split(r, total, parts);
                for (int p = 0; p < parts; p++) {
                    // distinct months back from the evaluation month, far back too (cumulative at offer level)
                    offer.offerBilledRevenue(evaluationMonth.minusMonths(1 + p + r.nextInt(3) * parts),
                            amounts.get(p).toPlainString());
                }
            }
        }
        offer.coSellSolutionCreated(switch (r.nextInt(5)) {
            case 0 -> null;
            case 1 -> R44_FROM.minusDays(1);
            case 2 -> R44_FROM;
            case 3 -> R44_FROM.plusDays(1);
            default -> asOf.minusDays(r.nextInt(1_000));
        });
        offer.architectureDiagram(text(r, "architecture.png"));

        Partner.Builder partner = submission.partner().toBuilder()
                .mpnId(r.nextInt(4) == 0 ? null : String.valueOf(1_000_000 + r.nextInt(9_000_000)))
                .marketplaceAccountActive(answer(r));
        int designations = r.nextInt(3);
        for (int d = 0; d < designations; d++) {
            LocalDate[] period = period(r, asOf);
            partner.designation(new String[] {"Infrastructure (Azure)", "Data & AI (Azure)", "Digital & App "
                + "Innovation (Azure)", "Security"}[r.nextInt(4)], period[0], period[1]);
        }
        if (r.nextInt(3) != 0) {
            partner.topTier(new TopTierFigures(
                    r.nextInt(4) == 0 ? null : new BigDecimal(TOP_TIER_SALES[r.nextInt(TOP_TIER_SALES.length)]),
                    r.nextInt(4) == 0 ? null : 11 + r.nextInt(3),
                    r.nextInt(4) == 0 ? null : new int[] {4, 5, 29, 30, 31}[r.nextInt(5)],
                    r.nextInt(4) == 0 ? null : 7 + r.nextInt(3),
                    r.nextInt(4) == 0 ? null : new BigDecimal(COMMITMENTS[r.nextInt(COMMITMENTS.length)])));
        }
        return new Submission(partner.build(), offer.build(), asOf);
    }

    private static Answer answer(SplittableRandom r) {
        return pick(r, Answer.values());
    }

    private static <E> E pick(SplittableRandom r, E[] values) {
        return values[r.nextInt(values.length)];
    }

    // ---------------------------------------------------------------------------------------------------------
    // boundaries

    private static Submission boundarySubmission(SplittableRandom r, long i) {
        LocalDate asOf = FIRST_AS_OF.plusDays(r.nextInt(AS_OF_DAYS));
        if (r.nextInt(4) == 0) {
            asOf = asOf.withDayOfMonth(1); // the first day of the month: the window edge is a day away
        } else if (r.nextInt(4) == 0) {
            asOf = asOf.withDayOfMonth(asOf.lengthOfMonth());
        }
        YearMonth evaluationMonth = YearMonth.from(asOf);

        Partner.Builder partner = Partner.builder("partner-" + i, "Partner " + i)
                .businessProfileComplete(r.nextInt(6) != 0);
        acr(r, partner, evaluationMonth);
        billed(r, partner, evaluationMonth);
        int competencies = r.nextInt(4);
        for (int c = 0; c < competencies; c++) {
            LocalDate[] period = period(r, asOf);
            partner.competency("Area " + c, r.nextInt(3) == 0 ? CompetencyLevel.SILVER : CompetencyLevel.GOLD,
                    period[0], period[1]);
        }
        int enrollments = r.nextInt(4);
        for (int e = 0; e < enrollments; e++) {
            LocalDate[] period = period(r, asOf);
            partner.isvConnect(r.nextInt(3) == 0 ? IsvConnectTier.STANDARD : IsvConnectTier.PREMIUM, period[0],
                    period[1]);
        }

        OfferType[] types = OfferType.values();
        OfferType type = types[r.nextInt(types.length)];
        ListingState[] states = ListingState.values();
        ListingState state = r.nextInt(3) == 0 ? states[r.nextInt(states.length)] : ListingState.LIVE;
        Offer.Builder offer = Offer.builder("offer-" + i, "Offer " + i, type).listingState(state)
                .transactable(r.nextBoolean()).availableToCspResellers(r.nextBoolean())
                .azureIpSharePercent(SHARES[r.nextInt(SHARES.length)]);
        countriesAndContacts(r, offer);
        offer.collateral(collateral(r));
        // drawn last, so that every earlier field is the same as before the review state existed
        offer.reviewState(REVIEW_STATES[r.nextInt(REVIEW_STATES.length)]);
        return new Submission(partner.build(), offer.build(), asOf);
    }

    /** ACR that sums to a boundary inside the window, plus records just outside it and in the evaluation month. */
    static void acr(SplittableRandom r, Partner.Builder partner, YearMonth evaluationMonth) {
        BigDecimal total = new BigDecimal(TOTALS[r.nextInt(TOTALS.length)]);
        int parts = 1 + r.nextInt(4);
        List<BigDecimal> amounts = split(r, total, parts);
        for (int p = 0; p < parts; p++) {
            // offsets 1..12 months back: the window's edges (1 and 12) are favoured
            int back = switch (r.nextInt(4)) {
                case 0 -> 1;
                case 1 -> 12;
                default -> 1 + r.nextInt(12);
            };
            partner.revenue("Solution " + p, evaluationMonth.minusMonths(back), amounts.get(p).toPlainString(), "0");
        }
        if (r.nextBoolean()) {
            partner.revenue("Solution 9", evaluationMonth.minusMonths(13), noise(r), "0");
        }
        if (r.nextBoolean()) {
            partner.revenue("Solution 9", evaluationMonth, noise(r), "0");
        }
        if (r.nextInt(4) == 0) {
            partner.revenue("Solution 9", evaluationMonth.plusMonths(1), noise(r), "0");
        }
    }

    /** Billed revenue summing to a boundary over the complete months before the evaluation month, plus noise. */
    static void billed(SplittableRandom r, Partner.Builder partner, YearMonth evaluationMonth) {
        if (r.nextInt(3) == 0) {
            return;
        }
        BigDecimal total = new BigDecimal(TOTALS[r.nextInt(TOTALS.length)]);
        int parts = 1 + r.nextInt(3);
        List<BigDecimal> amounts = split(r, total, parts);
        for (int p = 0; p < parts; p++) {
            // billed revenue is cumulative: months far back count too
            int back = r.nextBoolean() ? 1 : 1 + r.nextInt(30);
            partner.revenue("Billed " + p, evaluationMonth.minusMonths(back), "0", amounts.get(p).toPlainString());
        }
        if (r.nextBoolean()) {
            partner.revenue("Billed 9", evaluationMonth, "0", noise(r));
        }
    }

    /** Amounts that would push a sum over the threshold if they were wrongly counted. */
    private static String noise(SplittableRandom r) {
        return switch (r.nextInt(3)) {
            case 0 -> "0.01";
            case 1 -> "100000.00";
            default -> "1000.00";
        };
    }

    /** Splits {@code total} into {@code parts} non-negative amounts with two decimals that sum to it exactly. */
    static List<BigDecimal> split(SplittableRandom r, BigDecimal total, int parts) {
        List<BigDecimal> amounts = new ArrayList<>(parts);
        BigDecimal rest = total;
        for (int p = 0; p < parts - 1; p++) {
            BigDecimal share = rest.multiply(BigDecimal.valueOf(r.nextInt(101)))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
            amounts.add(share);
            rest = rest.subtract(share);
        }
        amounts.add(rest.setScale(2, RoundingMode.UNNECESSARY));
        return amounts;
    }

    /** A period that starts or ends the day before, on, or after {@code asOf}, or lies well around it. */
    static LocalDate[] period(SplittableRandom r, LocalDate asOf) {
        LocalDate start = switch (r.nextInt(5)) {
            case 0 -> asOf.minusDays(1);
            case 1 -> asOf;
            case 2 -> asOf.plusDays(1);
            default -> asOf.minusDays(30 + r.nextInt(700));
        };
        LocalDate end = switch (r.nextInt(5)) {
            case 0 -> asOf.minusDays(1);
            case 1 -> asOf;
            case 2 -> asOf.plusDays(1);
            default -> asOf.plusDays(30 + r.nextInt(700));
        };
        if (end.isBefore(start)) {
            end = start.plusDays(r.nextInt(3));
        }
        return new LocalDate[] {start, end};
    }

    static void countriesAndContacts(SplittableRandom r, Offer.Builder offer) {
        int countryCount = r.nextInt(6) == 0 ? 0 : 1 + r.nextInt(3);
        Set<String> countries = new LinkedHashSet<>();
        while (countries.size() < countryCount) {
            countries.add(COUNTRIES[r.nextInt(COUNTRIES.length)]);
        }
        offer.coSellCountries(countries.toArray(String[]::new));
        int contacts = r.nextInt(4);
        for (int c = 0; c < contacts; c++) {
            String[] covered;
            int kind = r.nextInt(4);
            if (kind == 0) {
                covered = new String[] {SalesContact.ALL_COUNTRIES};
            } else if (kind == 1 && !countries.isEmpty()) {
                covered = countries.toArray(String[]::new); // covers every chosen country
            } else {
                covered = new String[] {COUNTRIES[r.nextInt(COUNTRIES.length)]};
            }
            offer.contact("Contact " + c, "contact" + c + "@example.com", "Sales", covered);
        }
    }

    private static Collateral collateral(SplittableRandom r) {
        List<String> others = switch (r.nextInt(5)) {
            case 0 -> List.of("case-study.pdf");
            case 1 -> List.of(" ");
            case 2 -> List.of("", "white-paper.pdf");
            default -> List.of();
        };
        return new Collateral(text(r, "one-pager.pdf"), text(r, "deck.pptx"), text(r, "https://example.com/solution"),
                text(r, "https://www.linkedin.com/company/example"), others);
    }

    /** The value most of the time, otherwise missing, empty or blank. */
    static String text(SplittableRandom r, String value) {
        return switch (r.nextInt(8)) {
            case 0 -> null;
            case 1 -> "";
            case 2 -> "   ";
            default -> value;
        };
    }

    // ---------------------------------------------------------------------------------------------------------
    // realistic

    private static Submission realisticSubmission(SplittableRandom r, long i, LongFunction<LocalDate> dates) {
        LocalDate drawn = LocalDate.of(2020, 7, 1).plusDays(r.nextInt(365));
        // drawn whatever the date given, so that every later draw is the same
        LocalDate asOf = dates == null ? drawn : dates.apply(i);
        YearMonth evaluationMonth = YearMonth.from(asOf);
        Partner.Builder partner = Partner.builder("partner-" + i, "Partner " + i)
                .businessProfileComplete(r.nextInt(10) != 0);
        // about a third of partners stay below 100,000 USD a year: monthly ACR per solution up to ~4,000 or ~12,000
        int monthlyCeiling = r.nextInt(3) == 0 ? 4_000_00 : 12_000_00;
        for (int s = 0; s < 3; s++) {
            for (int m = 1; m <= 24; m++) {
                BigDecimal acr = BigDecimal.valueOf(r.nextInt(monthlyCeiling), 2);
                BigDecimal billed = BigDecimal.valueOf(r.nextInt(monthlyCeiling / 2), 2);
                partner.revenue("Solution " + s, evaluationMonth.minusMonths(m), acr.toPlainString(),
                        billed.toPlainString());
            }
        }
        partner.competency("Cloud Platform", r.nextInt(4) == 0 ? CompetencyLevel.SILVER : CompetencyLevel.GOLD,
                asOf.minusDays(200 + r.nextInt(300)), asOf.plusDays(r.nextInt(5) == 0 ? -10 : 100 + r.nextInt(300)));
        if (r.nextBoolean()) {
            partner.isvConnect(r.nextInt(3) == 0 ? IsvConnectTier.STANDARD : IsvConnectTier.PREMIUM,
                    asOf.minusDays(100 + r.nextInt(300)), asOf.plusDays(r.nextInt(5) == 0 ? -10 : 100));
        }

        OfferType[] types = OfferType.values();
        OfferType type = types[r.nextInt(types.length)];
        Offer.Builder offer = Offer.builder("offer-" + i, "Offer " + i, type)
                .listingState(r.nextInt(8) == 0 ? ListingState.IN_REVIEW : ListingState.LIVE)
                .transactable(r.nextBoolean()).availableToCspResellers(r.nextBoolean())
                .azureIpSharePercent(BigDecimal.valueOf(r.nextInt(10_001), 2));
        List<String> countries = new ArrayList<>(List.of(COUNTRIES));
        int countryCount = 1 + r.nextInt(4);
        offer.coSellCountries(countries.subList(0, countryCount).toArray(String[]::new));
        int contacts = 2 + r.nextInt(4);
        for (int c = 0; c < contacts; c++) {
            // one contact in ten covers all countries; otherwise contacts cover countries one by one, and with
            // few contacts a country may stay uncovered
            String[] covered = r.nextInt(10) == 0 ? new String[] {SalesContact.ALL_COUNTRIES}
                    : new String[] {COUNTRIES[c % COUNTRIES.length]};
            offer.contact("Contact " + c, "contact" + c + "@example.com", "Sales", covered);
        }
        offer.onePager("one-pager.pdf").presentationDeck("deck.pptx").landingPage("https://example.com/" + i)
                .socialMedia("https://www.linkedin.com/company/partner-" + i).otherDocument("case-study.pdf");
        // mostly not known, as most callers do not say; drawn last, so that every earlier field is as before
        offer.reviewState(r.nextInt(2) == 0 ? ReviewState.NOT_KNOWN : REVIEW_STATES[r.nextInt(REVIEW_STATES.length)]);
        return new Submission(partner.build(), offer.build(), asOf);
    }
}
