package dev.cosell.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a submission before the rules see it, and names every problem at once, in the order of the
 * submission's fields (the order of each record's components), each with its field path, e.g.
 * {@code offer.contacts[1].email: "jane.example.com" is not an e-mail address}.
 *
 * <p>What is checked:
 * <ul>
 *   <li><b>Required values</b>: the partner, the offer and the evaluation date; ids and names; the offer
 *       type, listing state and share of IP code on Azure; the area, level and dates of competencies; the tier
 *       and dates of ISV Connect enrollments; the solution, month and amounts of revenue records; the name and
 *       e-mail of sales contacts. Ids, names, solutions, competency areas and contact names must not be
 *       blank.</li>
 *   <li><b>No holes in lists</b>: no list or set holds a missing element (competencies, enrollments,
 *       revenue, solutions partner designations, contacts, countries, other documents, months of the offer's
 *       billed revenue).</li>
 *   <li><b>Inputs of the later revisions</b>, all optional (absent is not given, never an error): the MPN ID,
 *       if given, is not blank and holds no control or invisible character (R1.4); a solutions partner
 *       designation has an area that is not blank and a start and an end date (R3.6); the offer's own billed
 *       revenue, if given, has a month and an amount in each element and at most one element per month (R4.1);
 *       the top-tier figures, if given, are amounts as below (over twelve months) and counts of at least 0 (B6);
 *       the date the co-sell solution was created lies in the years 1900 to 9999 (R4.4).</li>
 *   <li><b>Amounts</b> (ACR and billed revenue, the offer's billed revenue, the top-tier billed sales and
 *       consumption commitment, USD): from 0 to {@link #MAX_AMOUNT_USD} (10<sup>12</sup>),
 *       with at most two decimal places. Revenue is never negative, a larger amount is a unit or typing
 *       error, and messages show amounts in cents: a finer amount would be shown rounded, so a total just
 *       under a threshold could read as reaching it.</li>
 *   <li><b>Share of IP code on Azure</b>: from 0 to 100 %, with at most {@value #MAX_SHARE_SCALE} decimal
 *       places.</li>
 *   <li><b>Numbers of any size</b>: every check holds for any scale and precision of a {@link BigDecimal}
 *       ({@code 1E+2147483647} is reported as too large, not as an exception), and a message shows a long
 *       number by its first digits in scientific notation.</li>
 *   <li><b>Revenue</b>: at most one record per solution and month.</li>
 *   <li><b>Dates</b>: a competency, enrollment or designation does not end before it starts; the evaluation
 *       date lies in the years 1900 to 9999 (the rules count months back from it).</li>
 *   <li><b>Countries</b>: a co-sell country is an ISO 3166-1 alpha-2 code in upper case ({@code "US"}, as
 *       {@link Locale#getISOCountries()} lists them). A contact's countries are such codes or the marker
 *       {@link SalesContact#ALL_COUNTRIES} ({@code "*"}); the marker is not a co-sell country, since the
 *       partner chooses the countries where it co-sells the offer one by one.</li>
 *   <li><b>E-mail addresses</b> of contacts, pragmatically: one {@code @}, a non-empty part before it, a
 *       domain with a dot after it (no empty label), no white space, no control or invisible character (see
 *       below).</li>
 *   <li><b>URLs</b>: the landing page and the social-media channel are absolute {@code http} or
 *       {@code https} URLs with a host ({@code javascript:}, {@code data:}, {@code ftp:} and relative paths
 *       are rejected). The one-pager, the presentation deck and the other documents are file names as
 *       uploaded in Partner Center and are not checked as URLs. A blank URL or file name counts as not
 *       given, as the rules read it. Internationalised host names ({@code https://회사.kr}) are accepted; a URL
 *       with a control or invisible character (NUL, ESC, a zero-width space, a bidirectional control, a
 *       variation selector, a filler such as U+3164) is not, wherever it stands, since it would show as another
 *       address than the one it leads to. Messages show such characters escaped, with their code.</li>
 * </ul>
 */
public final class SubmissionValidator {
    /** The largest monthly ACR or billed amount accepted, in USD: 10<sup>12</sup>. */
    public static final BigDecimal MAX_AMOUNT_USD = new BigDecimal("1000000000000");
    /** The most decimal places an amount may have: USD cents. */
    public static final int MAX_AMOUNT_SCALE = 2;
    /**
     * The most decimal places the share of IP code on Azure may have, as many as the JSON reader reads: a finer
     * share decides nothing more and would be printed in full in the R4.2 finding.
     */
    public static final int MAX_SHARE_SCALE = 10;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final LocalDate EARLIEST_AS_OF = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST_AS_OF = LocalDate.of(9999, 12, 31);
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    private static final int SHOWN_LENGTH = 80;
    /** The most digits a number in a message shows. */
    private static final int SHOWN_DIGITS = 30;
    /** The most solutions whose revenue {@link #isOrderlyRevenue} follows. */
    private static final int ORDERLY_SOLUTIONS = 8;

    private SubmissionValidator() {
    }

    /**
     * {@return every problem with the submission, in field order; empty when it can be evaluated}
     *
     * @param submission the submission to check; may be {@code null}
     */
    public static List<Violation> validate(Submission submission) {
        if (submission == null) {
            return List.of(new Violation("submission", "is missing"));
        }
        List<Violation> problems = new ArrayList<>();
        Partner partner = submission.partner();
        if (require(problems, "partner", partner)) {
            partner(problems, partner);
        }
        Offer offer = submission.offer();
        if (require(problems, "offer", offer)) {
            offer(problems, offer);
        }
        LocalDate asOf = submission.asOf();
        if (require(problems, "asOf", asOf) && (asOf.isBefore(EARLIEST_AS_OF) || asOf.isAfter(LATEST_AS_OF))) {
            problems.add(new Violation("asOf", asOf + " is not a date between " + EARLIEST_AS_OF + " and "
                    + LATEST_AS_OF));
        }
        return problems.isEmpty() ? List.of() : List.copyOf(problems);
    }

    // Each element of a list is first checked as a whole, without building the paths of problems it does not
    // have (a realistic submission has dozens of elements); only an element with a problem is checked field by
    // field, which names its problems in field order.

    private static void partner(List<Violation> problems, Partner partner) {
        requireText(problems, "partner.id", partner.id());
        requireText(problems, "partner.name", partner.name());
        List<Competency> competencies = partner.competencies();
        for (int i = 0; i < competencies.size(); i++) {
            Competency c = competencies.get(i);
            if (c == null || !isText(c.area()) || c.level() == null || !isPeriod(c.startDate(), c.endDate())) {
                competency(problems, "partner.competencies[" + i + "]", c);
            }
        }
        List<IsvConnectEnrollment> enrollments = partner.isvConnectEnrollments();
        for (int i = 0; i < enrollments.size(); i++) {
            IsvConnectEnrollment e = enrollments.get(i);
            if (e == null || e.tier() == null || !isPeriod(e.startDate(), e.endDate())) {
                enrollment(problems, "partner.isvConnectEnrollments[" + i + "]", e);
            }
        }
        if (!isOrderlyRevenue(partner.revenue())) {
            revenue(problems, partner.revenue());
        }
        String mpnId = partner.mpnId();
        if (mpnId != null) {
            if (mpnId.isBlank()) {
                problems.add(new Violation("partner.mpnId", "is blank; leave it out if it is not known"));
            } else if (firstInvisible(mpnId) >= 0) {
                problems.add(new Violation("partner.mpnId", quote(mpnId) + " is not an MPN ID"
                        + invisible(mpnId)));
            }
        }
        List<Designation> designations = partner.solutionsPartnerDesignations();
        for (int i = 0; i < designations.size(); i++) {
            Designation d = designations.get(i);
            if (d == null || !isText(d.area()) || !isPeriod(d.startDate(), d.endDate())) {
                designation(problems, "partner.solutionsPartnerDesignations[" + i + "]", d);
            }
        }
        TopTierFigures topTier = partner.topTier();
        if (topTier != null) {
            total(problems, "partner.topTier.marketplaceBilledSalesUsd", topTier.marketplaceBilledSalesUsd());
            count(problems, "partner.topTier.netNewCustomersAbove10k", topTier.netNewCustomersAbove10k());
            count(problems, "partner.topTier.marketplaceTransactions", topTier.marketplaceTransactions());
            count(problems, "partner.topTier.transactionCustomers", topTier.transactionCustomers());
            total(problems, "partner.topTier.consumptionCommitmentUsd", topTier.consumptionCommitmentUsd());
        }
    }

    private static void designation(List<Violation> problems, String path, Designation d) {
        if (require(problems, path, d)) {
            requireText(problems, path + ".area", d.area());
            period(problems, path, d.startDate(), d.endDate());
        }
    }

    /** A figure of the top-tier pathways over twelve months: absent is not given; otherwise an amount. */
    private static void total(List<Violation> problems, String path, BigDecimal amount) {
        if (amount != null) {
            amount(problems, path, amount, "");
        }
    }

    /** A count of the top-tier pathways: absent is not given; otherwise at least 0. */
    private static void count(List<Violation> problems, String path, Integer count) {
        if (count != null && count < 0) {
            problems.add(new Violation(path, "is " + count + "; a count cannot be negative"));
        }
    }

    /**
     * This offer's own billed revenue (R4.1 at offer level): absent is not given; otherwise each month is complete,
     * with a valid amount, and at most once.
     */
    private static void offerBilledRevenue(List<Violation> problems, List<MonthlyAmount> months) {
        if (months == null || isOrderlyMonths(months)) {
            return;
        }
        Map<Long, Integer> seen = null;
        for (int i = 0; i < months.size(); i++) {
            MonthlyAmount m = months.get(i);
            String path = "offer.offerBilledRevenue[" + i + "]";
            if (require(problems, path, m)) {
                if (require(problems, path + ".month", m.month())) {
                    if (seen == null) {
                        seen = new HashMap<>();
                    }
                    Integer first = seen.putIfAbsent(monthNumber(m.month()), i);
                    if (first != null) {
                        problems.add(new Violation(path + ".month", m.month() + " already has billed revenue in "
                                + "offer.offerBilledRevenue[" + first + "]; one amount per month"));
                    }
                }
                amount(problems, path + ".usd", m.usd());
            }
        }
    }

    /**
     * Whether every month of the offer's billed revenue is complete with a valid amount, in strictly ascending or
     * strictly descending order (as reports list them), so that no month repeats: then there is nothing to
     * report, found without building paths or a map.
     */
    private static boolean isOrderlyMonths(List<MonthlyAmount> months) {
        int direction = 0; // so far: 1 ascending, -1 descending, 0 a single month
        long last = 0;
        for (int i = 0; i < months.size(); i++) {
            MonthlyAmount m = months.get(i);
            if (m == null || m.month() == null || !isAmount(m.usd())) {
                return false;
            }
            long month = monthNumber(m.month());
            if (i > 0) {
                int step = Long.compare(month, last);
                if (step == 0 || step == -direction) {
                    return false;
                }
                direction = step;
            }
            last = month;
        }
        return true;
    }

    private static void competency(List<Violation> problems, String path, Competency c) {
        if (require(problems, path, c)) {
            requireText(problems, path + ".area", c.area());
            require(problems, path + ".level", c.level());
            period(problems, path, c.startDate(), c.endDate());
        }
    }

    private static void enrollment(List<Violation> problems, String path, IsvConnectEnrollment e) {
        if (require(problems, path, e)) {
            require(problems, path + ".tier", e.tier());
            period(problems, path, e.startDate(), e.endDate());
        }
    }

    /**
     * Whether every revenue record is complete with valid amounts, and the months of each solution come in
     * strictly ascending or strictly descending order (as reports list them), so that no month of a solution
     * repeats: then there is nothing to report, found without a map. Records of more than
     * {@value #ORDERLY_SOLUTIONS} solutions, or in any other order, are checked by {@link #revenue}.
     */
    private static boolean isOrderlyRevenue(List<RevenueRecord> revenue) {
        String[] solutions = new String[ORDERLY_SOLUTIONS];
        long[] lastMonth = new long[ORDERLY_SOLUTIONS];
        int[] direction = new int[ORDERLY_SOLUTIONS]; // so far: 1 ascending, -1 descending, 0 a single month
        int count = 0;
        int previous = 0;
        for (int i = 0; i < revenue.size(); i++) {
            RevenueRecord r = revenue.get(i);
            if (!isCompleteRecord(r)) {
                return false;
            }
            long month = monthNumber(r.month());
            // records usually come grouped by solution: the previous record's solution is tried first
            int s = previous < count && solutions[previous].equals(r.solution()) ? previous
                    : indexOf(solutions, count, r.solution());
            previous = s;
            if (s == count) {
                if (count == ORDERLY_SOLUTIONS) {
                    return false;
                }
                solutions[count++] = r.solution();
            } else {
                int step = Long.compare(month, lastMonth[s]);
                if (step == 0 || step == -direction[s]) {
                    return false;
                }
                direction[s] = step;
            }
            lastMonth[s] = month;
        }
        return true;
    }

    /** The index of the solution among the first {@code count}, or {@code count} if it is not among them. */
    private static int indexOf(String[] solutions, int count, String solution) {
        int s = 0;
        while (s < count && !solutions[s].equals(solution)) {
            s++;
        }
        return s;
    }

    /** Whether the revenue record has everything and valid amounts, whatever the other records. */
    private static boolean isCompleteRecord(RevenueRecord r) {
        return r != null && isText(r.solution()) && r.month() != null && isAmount(r.acrUsd())
                && isAmount(r.billedUsd());
    }

    private static void revenue(List<Violation> problems, List<RevenueRecord> revenue) {
        // per solution, the index of the first record of each month; a month is keyed by year * 12 + month
        // rather than by YearMonth, whose hash codes within one year all fall in one bucket
        Map<String, Map<Long, Integer>> seen = new HashMap<>();
        for (int i = 0; i < revenue.size(); i++) {
            RevenueRecord r = revenue.get(i);
            if (isCompleteRecord(r)) {
                Integer first = seen.computeIfAbsent(r.solution(), s -> new HashMap<>())
                        .putIfAbsent(monthNumber(r.month()), i);
                if (first != null) {
                    duplicate(problems, "partner.revenue[" + i + "]", r, first);
                }
                continue;
            }
            String path = "partner.revenue[" + i + "]";
            if (require(problems, path, r)) {
                boolean hasSolution = requireText(problems, path + ".solution", r.solution());
                if (require(problems, path + ".month", r.month()) && hasSolution) {
                    Integer first = seen.computeIfAbsent(r.solution(), s -> new HashMap<>())
                            .putIfAbsent(monthNumber(r.month()), i);
                    if (first != null) {
                        duplicate(problems, path, r, first);
                    }
                }
                amount(problems, path + ".acrUsd", r.acrUsd());
                amount(problems, path + ".billedUsd", r.billedUsd());
            }
        }
    }

    private static void offer(List<Violation> problems, Offer offer) {
        requireText(problems, "offer.id", offer.id());
        requireText(problems, "offer.name", offer.name());
        require(problems, "offer.type", offer.type());
        require(problems, "offer.listingState", offer.listingState());
        BigDecimal share = offer.azureIpSharePercent();
        if (require(problems, "offer.azureIpSharePercent", share)) {
            if (share.signum() < 0 || share.compareTo(HUNDRED) > 0) {
                problems.add(new Violation("offer.azureIpSharePercent",
                        "is " + show(share) + "; must be between 0 and 100"));
            } else if (!hasAtMostDecimals(share, MAX_SHARE_SCALE)) {
                problems.add(new Violation("offer.azureIpSharePercent",
                        "is " + show(share) + "; at most " + MAX_SHARE_SCALE + " decimal places"));
            }
        }
        int i = 0;
        for (String country : offer.coSellCountries()) {
            if (!isCountry(country, false)) {
                country(problems, "offer.coSellCountries[" + i + "]", country, false);
            }
            i++;
        }
        List<SalesContact> contacts = offer.contacts();
        for (i = 0; i < contacts.size(); i++) {
            SalesContact c = contacts.get(i);
            if (c == null || !isText(c.name()) || !isText(c.email()) || !isEmail(c.email())
                    || !areContactCountries(c.countries())) {
                contact(problems, "offer.contacts[" + i + "]", c);
            }
        }
        Collateral collateral = offer.collateral();
        if (require(problems, "offer.collateral", collateral)) {
            url(problems, "offer.collateral.landingPageUrl", collateral.landingPageUrl());
            url(problems, "offer.collateral.socialMediaUrl", collateral.socialMediaUrl());
            List<String> others = collateral.otherDocuments();
            for (i = 0; i < others.size(); i++) {
                if (others.get(i) == null) {
                    problems.add(new Violation("offer.collateral.otherDocuments[" + i + "]", "is missing"));
                }
            }
        }
        offerBilledRevenue(problems, offer.offerBilledRevenue());
        LocalDate created = offer.coSellSolutionCreated();
        if (created != null && (created.isBefore(EARLIEST_AS_OF) || created.isAfter(LATEST_AS_OF))) {
            problems.add(new Violation("offer.coSellSolutionCreated", created + " is not a date between "
                    + EARLIEST_AS_OF + " and " + LATEST_AS_OF));
        }
    }

    private static void contact(List<Violation> problems, String path, SalesContact c) {
        if (require(problems, path, c)) {
            requireText(problems, path + ".name", c.name());
            if (requireText(problems, path + ".email", c.email()) && !isEmail(c.email())) {
                problems.add(new Violation(path + ".email",
                        quote(c.email()) + " is not an e-mail address (name@example.com)" + invisible(c.email())));
            }
            int j = 0;
            for (String country : c.countries()) {
                country(problems, path + ".countries[" + j++ + "]", country, true);
            }
        }
    }

    private static boolean areContactCountries(Set<String> countries) {
        for (String country : countries) {
            if (!isCountry(country, true)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPeriod(LocalDate start, LocalDate end) {
        return start != null && end != null && !end.isBefore(start);
    }

    private static void period(List<Violation> problems, String path, LocalDate start, LocalDate end) {
        boolean hasStart = require(problems, path + ".startDate", start);
        if (require(problems, path + ".endDate", end) && hasStart && end.isBefore(start)) {
            problems.add(new Violation(path + ".endDate", end + " is before the start date " + start));
        }
    }

    /** The month counted from year 0; a long, as years run to ±999,999,999. */
    private static long monthNumber(YearMonth month) {
        return month.getYear() * 12L + month.getMonthValue() - 1;
    }

    private static void duplicate(List<Violation> problems, String path, RevenueRecord r, int first) {
        problems.add(new Violation(path + ".month", quote(r.solution()) + " already has revenue for "
                + r.month() + " in partner.revenue[" + first + "]; one record per solution and month"));
    }

    /** Whether {@link #amount} would find nothing wrong with the amount. */
    private static boolean isAmount(BigDecimal amount) {
        return amount != null && amount.signum() >= 0 && amount.compareTo(MAX_AMOUNT_USD) <= 0
                && hasAtMostDecimals(amount, MAX_AMOUNT_SCALE);
    }

    /**
     * Whether the value has at most {@code max} decimal places once trailing zeros are dropped ({@code 10.5000}
     * has one), told for any scale and precision: a value whose scale exceeds its digits by more than
     * {@code max} has a non-zero digit too far right, and any other value is cut once, never digit by digit.
     */
    static boolean hasAtMostDecimals(BigDecimal value, int max) {
        if (value.scale() <= max || value.signum() == 0) {
            return true;
        }
        if ((long) value.scale() - max > (long) value.precision() - 1) {
            return false;
        }
        return value.setScale(max, RoundingMode.DOWN).compareTo(value) == 0;
    }

    /**
     * The value for a message: in full when its plain form is short, otherwise its first
     * {@value #SHOWN_DIGITS} digits in scientific notation followed by an ellipsis ({@code 1.2345E+2147483647}),
     * so that a value of any scale or precision gives a short message and never an exception.
     */
    static String show(BigDecimal value) {
        int precision = value.precision();
        long scale = value.scale();
        boolean shortPlain = scale <= 0 ? precision - scale <= SHOWN_DIGITS
                : scale <= SHOWN_DIGITS && precision <= SHOWN_DIGITS;
        if (shortPlain) {
            return value.toPlainString();
        }
        if (value.signum() == 0) {
            return "0";
        }
        // d.ddd…E±n from the first digits, computed without building the number's plain form or a new scale
        BigInteger digits = value.unscaledValue().abs();
        boolean cut = false;
        if (precision > SHOWN_DIGITS) {
            BigInteger[] split = digits.divideAndRemainder(BigInteger.TEN.pow(precision - SHOWN_DIGITS));
            digits = split[0];
            cut = split[1].signum() != 0;
        }
        String lead = digits.toString().replaceFirst("0+$", "");
        long exponent = precision - 1 - scale;
        return (value.signum() < 0 ? "-" : "") + lead.charAt(0) + (lead.length() > 1 ? "." + lead.substring(1) : "")
                + "E" + (exponent >= 0 ? "+" : "") + exponent + (cut ? "\u2026" : "");
    }

    private static void amount(List<Violation> problems, String path, BigDecimal amount) {
        amount(problems, path, amount, " in a month");
    }

    /** An amount in USD; {@code period} ("" or " in a month") says in the message what the bound is for. */
    private static void amount(List<Violation> problems, String path, BigDecimal amount, String period) {
        if (!require(problems, path, amount)) {
            return;
        }
        if (amount.signum() < 0) {
            problems.add(new Violation(path, "is " + show(amount) + "; an amount cannot be negative"));
        } else if (amount.compareTo(MAX_AMOUNT_USD) > 0) {
            problems.add(new Violation(path, "is " + show(amount)
                    + "; more than 1,000,000,000,000 USD" + period + " is taken as an error"));
        } else if (!hasAtMostDecimals(amount, MAX_AMOUNT_SCALE)) {
            problems.add(new Violation(path, "is " + show(amount)
                    + "; amounts are in USD with at most 2 decimal places"));
        }
    }

    /** Whether {@link #country} would find nothing wrong with the code. */
    private static boolean isCountry(String code, boolean allowAll) {
        return code != null
                && (ISO_COUNTRIES.contains(code) || allowAll && SalesContact.ALL_COUNTRIES.equals(code));
    }

    private static void country(List<Violation> problems, String path, String code, boolean allowAll) {
        if (!requireText(problems, path, code)) {
            return;
        }
        if (SalesContact.ALL_COUNTRIES.equals(code)) {
            if (!allowAll) {
                problems.add(new Violation(path, "\"*\" (all countries) is valid only in a contact's countries; "
                        + "name each co-sell country"));
            }
        } else if (!ISO_COUNTRIES.contains(code)) {
            String upper = code.toUpperCase(Locale.ROOT);
            problems.add(new Violation(path, quote(code) + " is not an ISO 3166-1 alpha-2 country code"
                    + (ISO_COUNTRIES.contains(upper) ? "; write it in upper case: \"" + upper + "\""
                    : " such as \"US\"" + (allowAll ? " or \"*\" for all countries" : ""))));
        }
    }

    /** One {@code @}, a non-empty local part, a dotted domain without empty labels, no white space. */
    static boolean isEmail(String email) {
        int at = email.indexOf('@');
        if (at <= 0 || at != email.lastIndexOf('@') || hasWhitespace(email) || firstInvisible(email) >= 0) {
            return false;
        }
        // the domain, after the @, has a dot that is not its first character, and no empty label
        return email.indexOf('.', at + 1) > at + 1 && !email.endsWith(".") && email.indexOf("..", at + 1) < 0;
    }

    private static boolean hasWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static void url(List<Violation> problems, String path, String url) {
        if (url != null && !url.isBlank() && !isWebUrl(url)) {
            problems.add(new Violation(path, quote(url) + " is not an absolute http(s) URL" + invisible(url)));
        }
    }

    /** An absolute {@code http} or {@code https} URL with a host; the host may be internationalised. */
    static boolean isWebUrl(String url) {
        if (isPlainWebUrl(url)) {
            return true;
        }
        if (firstInvisible(url) >= 0) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                return false;
            }
            if (uri.getHost() != null) {
                return true;
            }
            // java.net.URI knows ASCII host names only: a host such as 회사.kr is checked in its ASCII form.
            String authority = uri.getRawAuthority();
            return authority != null && new URI("http://" + IDN.toASCII(authority)).getHost() != null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Whether the URL is plainly one that {@link #isWebUrl} accepts, told without {@link URI}: {@code http://}
     * or {@code https://} (in any case), an ASCII host name — dot-separated labels of letters, digits and inner
     * hyphens, the last starting with a letter — and nothing more or a path of letters, digits and
     * {@code -._~/}. Any other URL (with a port, user, query, fragment, escape, IP address, internationalised
     * host, ...) may still be valid and is parsed.
     */
    private static boolean isPlainWebUrl(String url) {
        int host;
        if (startsWithAsciiIgnoringCase(url, "https://")) {
            host = "https://".length();
        } else if (startsWithAsciiIgnoringCase(url, "http://")) {
            host = "http://".length();
        } else {
            return false;
        }
        int path = url.indexOf('/', host);
        if (path < 0) {
            path = url.length();
        }
        if (!isPlainHostName(url, host, path)) {
            return false;
        }
        for (int i = path; i < url.length(); i++) {
            char c = url.charAt(i);
            if (!isAsciiLetterOrDigit(c) && "-._~/".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Labels of ASCII letters, digits and inner hyphens, separated by single dots; the last starts with a letter. */
    private static boolean isPlainHostName(String url, int from, int to) {
        int label = from; // where the current label starts
        for (int i = from; i < to; i++) {
            char c = url.charAt(i);
            if (c == '.') {
                if (!isPlainLabel(url, label, i)) {
                    return false;
                }
                label = i + 1;
            } else if (!isAsciiLetterOrDigit(c) && c != '-') {
                return false;
            }
        }
        return isPlainLabel(url, label, to) && isAsciiLetter(url.charAt(label));
    }

    /** Whether the label of letters, digits and hyphens is not empty and neither starts nor ends with a hyphen. */
    private static boolean isPlainLabel(String url, int from, int to) {
        return from < to && url.charAt(from) != '-' && url.charAt(to - 1) != '-';
    }

    private static boolean startsWithAsciiIgnoringCase(String s, String lowerCasePrefix) {
        if (s.length() < lowerCasePrefix.length()) {
            return false;
        }
        for (int i = 0; i < lowerCasePrefix.length(); i++) {
            char c = s.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != lowerCasePrefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9';
    }

    /**
     * The value in quotes, shortened if long, so that a message stays readable; control and invisible
     * characters are shown escaped with their code (a zero-width space as backslash-u-200B), so that the
     * message shows what the value holds.
     */
    private static String quote(String value) {
        String shown = value.length() <= SHOWN_LENGTH ? value : value.substring(0, SHOWN_LENGTH);
        StringBuilder quoted = new StringBuilder(shown.length() + 8).append('"');
        shown.codePoints().forEach(c -> {
            if (isInvisible(c)) {
                quoted.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                quoted.appendCodePoint(c);
            }
        });
        return quoted.append(shown.length() < value.length() ? "\u2026\"" : "\"").toString();
    }

    /** The hint for a value holding a control or invisible character, or "" if it holds none. */
    private static String invisible(String value) {
        int at = firstInvisible(value);
        return at < 0 ? "" : String.format(Locale.ROOT, "; it holds the control or invisible character U+%04X",
                value.codePointAt(at));
    }

    /** The index of the first control or invisible character of the text, or -1. */
    static int firstInvisible(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isInvisible(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /**
     * Whether the character shows nothing, or something other than itself: controls (NUL, ESC, BEL, DEL, C1),
     * format characters (zero-width spaces and joiners, bidirectional controls, the byte-order mark, tags),
     * white space other than the plain space, lone surrogates, private-use and unassigned code points, and the other default
     * ignorable code points of Unicode (variation selectors, fillers such as U+3164).
     */
    static boolean isInvisible(int c) {
        if (c == ' ') {
            return false; // visible enough in quotes; where it is not allowed, the message says so on its own
        }
        switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> {
                return true;
            }
            default -> {
                return c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x17B4 || c == 0x17B5
                        || c >= 0x180B && c <= 0x180F || c == 0x2800 || c == 0x3164 || c >= 0xFE00 && c <= 0xFE0F
                        || c == 0xFFA0 || c >= 0x1BCA0 && c <= 0x1BCA3 || c >= 0x1D173 && c <= 0x1D17A
                        || c >= 0xE0000 && c <= 0xE0FFF;
            }
        }
    }

    private static boolean require(List<Violation> problems, String path, Object value) {
        if (value == null) {
            problems.add(new Violation(path, "is missing"));
            return false;
        }
        return true;
    }

    /** Whether {@link #requireText} would find nothing wrong with the value. */
    private static boolean isText(String value) {
        return value != null && !value.isBlank();
    }

    private static boolean requireText(List<Violation> problems, String path, String value) {
        if (!require(problems, path, value)) {
            return false;
        }
        if (value.isBlank()) {
            problems.add(new Violation(path, "is blank"));
            return false;
        }
        return true;
    }
}
