package dev.cosell.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Pins what the validator reports — every violation's path and message, in order — on a fixed set of seeded
 * submissions, most of them hostile: each starts from a realistic partner (up to four solutions with up to 30
 * months of revenue, in ascending, descending, shuffled or interleaved order) and offer, and gets up to five
 * problems from a list that hits every rule (missing, blank, negative, huge and sub-cent values, bad URLs,
 * countries and e-mail addresses, duplicate revenue months, reversed dates, holes in lists) or none.
 *
 * <p>The expected output, {@value #EXPECTED}, was recorded from the validator; a change to any violation of any
 * of these submissions fails this test, naming the first submission that differs.
 */
class SubmissionValidatorCharacterizationTest {
    static final String EXPECTED = "submission-validator-characterization.txt";
    static final int COUNT = 600;
    static final long SEED = 20261125;

    @Test
    void givenSeededHostileSubmissions_whenValidated_thenTheViolationsAreExactlyTheRecordedOnes() throws IOException {
        List<String> expected = List.of(read().split("\n(?=#)"));
        List<String> actual = render(hostileSubmissions(SEED, COUNT));

        assertEquals(COUNT, expected.size(), "submissions recorded");
        for (int i = 0; i < COUNT; i++) {
            assertEquals(expected.get(i), actual.get(i), "submission #" + i);
        }
    }

    @Test
    void givenTheSeededSubmissions_thenMostHaveProblems_andSomeAreValid() {
        List<String> rendered = render(hostileSubmissions(SEED, COUNT));
        long valid = rendered.stream().filter(s -> !s.contains("\n")).count();

        assertTrue(valid >= COUNT / 20 && valid <= COUNT / 4, valid + " valid of " + COUNT);
    }

    private static String read() throws IOException {
        try (InputStream in = SubmissionValidatorCharacterizationTest.class.getResourceAsStream(EXPECTED)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        }
    }

    /** Per submission, a {@code #index} line followed by one line per violation, escaped to printable ASCII. */
    static List<String> render(List<Submission> submissions) {
        List<String> rendered = new ArrayList<>(submissions.size());
        for (int i = 0; i < submissions.size(); i++) {
            StringBuilder b = new StringBuilder("#").append(i);
            for (Violation v : SubmissionValidator.validate(submissions.get(i))) {
                b.append('\n').append(escape(v.toString()));
            }
            rendered.add(b.toString());
        }
        return rendered;
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= 0x20 && c < 0x7f && c != '\\') {
                b.append(c);
            } else {
                b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b.toString();
    }

    // ---------------------------------------------------------------------------------------------------------
    // the submissions

    static final String[] URLS = {
        "https://example.com/solution", "http://example.com:8080/a?b=c#d", "https://회사.kr/제품", "HTTPS://WWW.X.COM/",
        "https://www.linkedin.com/company/partner-7", "https://example.com", "https://example.com/",
        "javascript:alert(1)", "data:text/html,hi", "ftp://example.com/a", "/solution", "example.com", "https://",
        "https:///path", "https://example.com/a b", "mailto:jane@example.com", "https://exa_mple.com/",
        "https://-x.com/", "https://x-.com/", "https://1.2.3/", "https://1.2.3.4/", "https://[::1]/",
        "https://user@example.com/", "https://example.com:abc/", "https://example.com/%zz", "https://example.com/%20",
        "https://x..com/", "https://example.com./", "https://localhost", "https://123", "http://example.com/a|b",
        "https://example.com?q=1", "https://example.com#top", "https:example.com", "https:/example.com",
        "https://é.fr/", "https://example.com/é", " https://example.com", "https://example.com ", "https://a.b-c.d/",
        "https://example.com/a\u00a0b", "HtTp://Example.COM/Path_~x.y-z", "https://x.y.z.com//a/./b/../c",
        "https://a.1b/", "https://a.b1/", "https://ex%61mple.com/", "https://example.com:/", "https://example.com:0/",
        "http://[v1.x]/", "https://example.com/a\"b", "https://example.com/\\", "ws://example.com/", "https://.com/",
        "https://com./", "https://x.com/a^b", "https://x.com/{}", "https://x.com/'()*!$&+,;=:@", "https://x.com/\t",
        "javascript://example.com/%0aalert(1)", "http://例え.テスト", "https://xn--9n2bp8q.kr/", "",
    };
    static final String[] EMAILS = {
        "contact0@example.com", "a@b.co", "first.last+co-sell@mail.contoso.co.kr", "o'brien@contoso.ie",
        "jane.example.com", "@example.com", "jane@@example.com", "jane@example@com", "jane@example",
        "jane@.example.com", "jane@example.", "jane@example..com", "jane doe@example.com", "jane@example.com ",
        "jane@example.com\t", "jane\u2003@example.com", "jane@exa\u00a0mple.com", "jane@例え.jp", "", " ", "@", "a@.",
        "a@b.", "a@b..c", "a@.b", "a@b.c.", ".@b.c", "a.@b.c", "a@b.c", "a@b.c..", "a@b@c.d", "a@\u001fb.c",
    };
    static final String[] COUNTRY_CODES = {
        "US", "KR", "DE", "GB", "JP", "FR", "us", "kr", "USA", "ZZ", "UK", "uk", "*", "", " ", "U", "XK", "Us", "İT",
    };
    static final String[] AMOUNTS = {
        "0", "0.00", "12.5", "1000.00", "10.5000", "-0.01", "-0", "99999.995", "1.001", "1000000000000",
        "1000000000000.00", "1000000000000.01", "2000000000000", "0E+3", "1E+12", "1E+13", "1.00E+2", "0.000",
        "123456789.12", "1E-2", "1E-3", "-1E+20",
    };
    static final String[] TEXTS = {
        null, "", " ", "\t", "x", "Solution 0", "Solution 1", "solution 0", "Cloud Platform",
    };
    static final String[] SHARES = {"-1", "-0.01", "100", "100.00", "100.01", "0", "1E+2"};

    /** {@code count} submissions from the seed; submission {@code i} depends only on the seed and {@code i}. */
    static List<Submission> hostileSubmissions(long seed, int count) {
        List<Submission> submissions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            submissions.add(hostile(new SplittableRandom(seed * 31 + i), i));
        }
        return submissions;
    }

    private static Submission hostile(SplittableRandom r, int i) {
        LocalDate asOf = LocalDate.of(2020, 7, 1).plusDays(r.nextInt(365));
        List<RevenueRecord> revenue = revenue(r, YearMonth.from(asOf));
        List<Competency> competencies = new ArrayList<>();
        for (int c = r.nextInt(3); c > 0; c--) {
            competencies.add(new Competency("Area " + c, CompetencyLevel.GOLD, asOf.minusDays(100),
                    asOf.plusDays(100)));
        }
        List<IsvConnectEnrollment> enrollments = new ArrayList<>();
        for (int e = r.nextInt(3); e > 0; e--) {
            enrollments.add(new IsvConnectEnrollment(IsvConnectTier.PREMIUM, asOf.minusDays(50), asOf.plusDays(50)));
        }
        List<String> countries = new ArrayList<>(List.of("US", "KR", "DE", "GB", "JP", "FR").subList(0, r.nextInt(5)));
        List<SalesContact> contacts = new ArrayList<>();
        for (int c = r.nextInt(6); c > 0; c--) {
            contacts.add(SalesContact.of("Contact " + c, "contact" + c + "@example.com", "Sales",
                    r.nextInt(8) == 0 ? "*" : COUNTRY_CODES[r.nextInt(6)]));
        }
        String[] texts = {"partner-" + i, "Partner " + i, "offer-" + i, "Offer " + i};
        String[] urls = {"https://example.com/" + i, "https://www.linkedin.com/company/partner-" + i};
        List<String> others = new ArrayList<>(r.nextBoolean() ? List.of("case-study.pdf") : List.of());
        Object[] values = {OfferType.values()[r.nextInt(OfferType.values().length)], ListingState.LIVE,
            BigDecimal.valueOf(r.nextInt(10_001), 2), asOf};
        boolean replaced = false;
        Submission replacement = null;

        int mutations = r.nextInt(8) == 0 ? 0 : 1 + r.nextInt(5);
        for (int m = 0; m < mutations; m++) {
            switch (r.nextInt(16)) {
                case 0, 1, 14, 15 -> mutateRevenue(r, revenue);
                case 2 -> mutateCompetency(r, competencies, asOf);
                case 3 -> mutateEnrollment(r, enrollments, asOf);
                case 4 -> texts[r.nextInt(texts.length)] = TEXTS[r.nextInt(4)];
                case 5 -> countries.add(r.nextInt(10) == 0 ? null : COUNTRY_CODES[r.nextInt(COUNTRY_CODES.length)]);
                case 6 -> mutateContact(r, contacts);
                case 7, 8 -> urls[r.nextInt(2)] = r.nextInt(10) == 0 ? null : URLS[r.nextInt(URLS.length)];
                case 9 -> others.add(r.nextInt(3) == 0 ? null : "white paper.pdf");
                case 10 -> values[r.nextInt(3)] = r.nextInt(3) == 0 ? null
                        : new BigDecimal(SHARES[r.nextInt(SHARES.length)]);
                case 11 -> values[3] = new LocalDate[] {null, LocalDate.of(1899, 12, 31), LocalDate.of(1900, 1, 1),
                    LocalDate.of(9999, 12, 31), LocalDate.of(10000, 1, 1), LocalDate.MIN, LocalDate.MAX}[r.nextInt(7)];
                case 12 -> {
                    if (r.nextInt(6) != 0) {
                        mutateRevenue(r, revenue);
                        continue;
                    }
                    replaced = true;
                    replacement = r.nextInt(4) == 0 ? null : new Submission(null, r.nextBoolean() ? null
                            : Offer.builder("o", "O", OfferType.SAAS).build(), null);
                }
                default -> countries.add(0, r.nextBoolean() ? "*" : "us");
            }
        }
        if (replaced) {
            return replacement;
        }
        Partner partner = new Partner(texts[0], texts[1], true, competencies, enrollments, revenue);
        BigDecimal share = values[2] instanceof BigDecimal b ? b : null;
        Collateral collateral = r.nextInt(60) == 0 ? null
                : new Collateral("one-pager.pdf", "deck.pptx", urls[0], urls[1], others);
        Offer offer = new Offer(texts[2], texts[3], values[0] instanceof OfferType t ? t : null,
                values[1] instanceof ListingState s ? s : null, true, false, share,
                r.nextInt(50) == 0 ? null : new LinkedHashSet<>(countries), contacts, collateral);
        return new Submission(partner, offer, (LocalDate) values[3]);
    }

    private static List<RevenueRecord> revenue(SplittableRandom r, YearMonth evaluationMonth) {
        int solutions = r.nextInt(5);
        int months = 1 + r.nextInt(30);
        List<RevenueRecord> revenue = new ArrayList<>();
        boolean bySolution = r.nextBoolean();
        boolean ascending = r.nextBoolean();
        for (int a = 0; a < (bySolution ? solutions : months); a++) {
            for (int b = 0; b < (bySolution ? months : solutions); b++) {
                int s = bySolution ? a : b;
                int m = 1 + (bySolution ? b : a);
                YearMonth month = evaluationMonth.minusMonths(ascending ? months + 1 - m : m);
                revenue.add(new RevenueRecord("Solution " + s, month, BigDecimal.valueOf(r.nextInt(1_200_000), 2),
                        BigDecimal.valueOf(r.nextInt(600_000), 2)));
            }
        }
        if (r.nextInt(6) == 0) {
            Collections.shuffle(revenue, new java.util.Random(r.nextLong()));
        }
        return revenue;
    }

    private static void mutateRevenue(SplittableRandom r, List<RevenueRecord> revenue) {
        if (revenue.isEmpty() || r.nextInt(8) == 0) {
            revenue.add(r.nextInt(revenue.size() + 1), r.nextBoolean() ? null
                    : new RevenueRecord("Far", YearMonth.of(r.nextBoolean() ? -999_999_999 : 999_999_999,
                    1 + r.nextInt(12)), BigDecimal.ONE, BigDecimal.ONE));
            return;
        }
        int at = r.nextInt(revenue.size());
        RevenueRecord old = revenue.get(at);
        if (old == null) {
            return;
        }
        RevenueRecord changed = switch (r.nextInt(7)) {
            case 0 -> new RevenueRecord(TEXTS[r.nextInt(TEXTS.length)], old.month(), old.acrUsd(), old.billedUsd());
            case 1 -> new RevenueRecord(old.solution(),
                    old.month() == null || r.nextInt(4) == 0 ? null : old.month().plusMonths(r.nextInt(5) - 2),
                    old.acrUsd(), old.billedUsd());
            case 2 -> new RevenueRecord(old.solution(), old.month(), amount(r), old.billedUsd());
            case 3 -> new RevenueRecord(old.solution(), old.month(), old.acrUsd(), amount(r));
            case 4 -> null;
            default -> old; // a duplicate of a record at a random place
        };
        if (changed == old) {
            revenue.add(r.nextInt(revenue.size() + 1), old);
        } else {
            revenue.set(at, changed);
        }
    }

    private static BigDecimal amount(SplittableRandom r) {
        return r.nextInt(8) == 0 ? null : new BigDecimal(AMOUNTS[r.nextInt(AMOUNTS.length)]);
    }

    private static void mutateCompetency(SplittableRandom r, List<Competency> competencies, LocalDate asOf) {
        LocalDate start = r.nextInt(5) == 0 ? null : asOf.minusDays(r.nextInt(3));
        LocalDate end = r.nextInt(5) == 0 ? null : asOf.minusDays(r.nextInt(3));
        competencies.add(r.nextInt(6) == 0 ? null : new Competency(TEXTS[r.nextInt(5)],
                r.nextBoolean() ? null : CompetencyLevel.SILVER, start, end));
    }

    private static void mutateEnrollment(SplittableRandom r, List<IsvConnectEnrollment> enrollments, LocalDate asOf) {
        LocalDate start = r.nextInt(5) == 0 ? null : asOf.minusDays(r.nextInt(3));
        LocalDate end = r.nextInt(5) == 0 ? null : asOf.minusDays(r.nextInt(3));
        enrollments.add(r.nextInt(6) == 0 ? null
                : new IsvConnectEnrollment(r.nextBoolean() ? null : IsvConnectTier.STANDARD, start, end));
    }

    private static void mutateContact(SplittableRandom r, List<SalesContact> contacts) {
        if (r.nextInt(6) == 0) {
            contacts.add(r.nextInt(contacts.size() + 1), null);
            return;
        }
        Set<String> countries = new LinkedHashSet<>();
        for (int c = r.nextInt(4); c > 0; c--) {
            countries.add(r.nextInt(8) == 0 ? null : COUNTRY_CODES[r.nextInt(COUNTRY_CODES.length)]);
        }
        contacts.add(r.nextInt(contacts.size() + 1), new SalesContact(TEXTS[r.nextInt(5)],
                r.nextInt(8) == 0 ? null : EMAILS[r.nextInt(EMAILS.length)], "Sales",
                r.nextInt(10) == 0 ? null : countries));
    }
}
