package dev.cosell.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Numbers at the edge of {@link BigDecimal} (R4.1 amounts, R4.2 share) and text with control or invisible
 * characters (R3.1 e-mail addresses, R3.4/R3.5 URLs), generated from fixed seeds: the validator answers every one
 * with the right verdict and a short message, never with an exception.
 */
class SubmissionValidatorEdgeTest {
    private static final long SEED = 20261130L;
    private static final BigDecimal MAX = SubmissionValidator.MAX_AMOUNT_USD;
    private static final int[] EXTREME_SCALES = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -2_147_483_647,
        -1_000_000_000, -100_000, -13, -12, 0, 1, 2, 3, 11, 100_000, 1_000_000_000, Integer.MAX_VALUE - 1,
        Integer.MAX_VALUE};

    /** A decimal built as d × 10^zeros × 10^-scale with d not ending in 0, so its decimal places are known. */
    record Extreme(BigDecimal value, long decimals) {
        @Override
        public String toString() {
            return "unscaled of " + value.precision() + " digits, scale " + value.scale();
        }
    }

    static Stream<Extreme> extremes() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<Extreme> cases = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            BigInteger d = new BigInteger(1 + random.nextInt(i % 10 == 0 ? 3000 : 60), new java.util.Random(
                    random.nextLong()));
            while (d.signum() == 0 || d.mod(BigInteger.TEN).signum() == 0) {
                d = d.add(BigInteger.ONE);
            }
            int zeros = random.nextInt(4) == 0 ? random.nextInt(2000) : random.nextInt(4);
            BigInteger unscaled = d.multiply(BigInteger.TEN.pow(zeros));
            if (random.nextInt(5) == 0) {
                unscaled = unscaled.negate();
            }
            int scale = random.nextBoolean() ? EXTREME_SCALES[random.nextInt(EXTREME_SCALES.length)]
                    : random.nextInt(-30, 30);
            cases.add(new Extreme(new BigDecimal(unscaled, scale), (long) scale - zeros));
        }
        for (int scale : EXTREME_SCALES) {
            cases.add(new Extreme(new BigDecimal(BigInteger.ONE, scale), scale));
            cases.add(new Extreme(new BigDecimal(BigInteger.ZERO, scale), Long.MIN_VALUE));
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("extremes")
    void givenAnAmountOfAnyScaleAndPrecision_whenValidated_thenTheVerdictIsRightAndTheMessageShort(Extreme amount) {
        Partner partner = Partner.builder("contoso", "Contoso")
                .revenue(new RevenueRecord("App", YearMonth.of(2020, 3), amount.value(), BigDecimal.ZERO)).build();

        List<Violation> violations = assertDoesNotThrow(() -> SubmissionValidator.validate(
                Submission.of(partner, SubmissionValidatorTest.offer().build(), SubmissionValidatorTest.AS_OF)));

        boolean valid = amount.value().signum() >= 0 && amount.value().compareTo(MAX) <= 0
                && amount.decimals() <= SubmissionValidator.MAX_AMOUNT_SCALE;
        assertEquals(valid ? 0 : 1, violations.size(), violations.toString());
        violations.forEach(v -> {
            assertEquals("partner.revenue[0].acrUsd", v.path());
            assertTrue(v.message().length() < 160, v.message());
        });
    }

    @ParameterizedTest
    @MethodSource("extremes")
    void givenAShareOfAnyScaleAndPrecision_whenValidated_thenTheVerdictIsRightAndTheMessageShort(Extreme share) {
        Offer offer = SubmissionValidatorTest.offer().azureIpSharePercent(share.value()).build();

        List<Violation> violations = assertDoesNotThrow(() -> SubmissionValidator.validate(
                Submission.of(SubmissionValidatorTest.partner().build(), offer, SubmissionValidatorTest.AS_OF)));

        boolean valid = share.value().signum() >= 0 && share.value().compareTo(BigDecimal.valueOf(100)) <= 0
                && share.decimals() <= SubmissionValidator.MAX_SHARE_SCALE;
        assertEquals(valid ? 0 : 1, violations.size(), violations.toString());
        violations.forEach(v -> assertTrue(v.message().length() < 160, v.message()));
    }

    @ParameterizedTest
    @MethodSource("extremes")
    void givenAnyDecimal_whenShown_thenItIsShortAndNamesItsLeadingDigits(Extreme number) {
        String shown = SubmissionValidator.show(number.value());

        assertTrue(shown.length() <= 60, shown);
        String digits = number.value().unscaledValue().abs().toString().replaceFirst("0+$", "");
        assertTrue(shown.replace(".", "").replace("-", "").replaceFirst("^0+", "").startsWith(digits.substring(0, Math.min(5,
                digits.length()))) || number.value().signum() == 0, shown + " for " + number);
    }

    /** Characters that show nothing or something other than themselves. */
    static final int[] INVISIBLE = {0x00, 0x07, 0x08, 0x09, 0x0A, 0x0D, 0x1B, 0x7F, 0x85, 0x9B, 0xA0, 0xAD, 0x034F,
        0x115F, 0x1160, 0x17B4, 0x180E, 0x2000, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A,
        0x202E, 0x2060, 0x2066, 0x2069, 0x2800, 0x3000, 0x3164, 0xFE0F, 0xFEFF, 0xFFA0, 0xE000, 0xFFF9, 0x1D173,
        0xE0001, 0xE0041, 0xE0100, 0x10FFFF};

    static Stream<String> invisibleEmails() {
        return withInvisible(List.of("jane@contoso.com", "min-jun.kim@contoso.co.kr", "a@b.io", "sales@회사.kr"),
                SEED + 1);
    }

    static Stream<String> invisibleUrls() {
        return withInvisible(List.of("https://contoso.com/analytics", "http://www.linkedin.com/company/contoso",
                "https://회사.kr/제품", "https://contoso.com:8443/a?b=c#d"), SEED + 2);
    }

    /** Each base text with an invisible character at a random place (start, middle, end). */
    private static Stream<String> withInvisible(List<String> bases, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return IntStream.range(0, 300).mapToObj(i -> {
            String base = bases.get(random.nextInt(bases.size()));
            int c = INVISIBLE[i % INVISIBLE.length];
            int at = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> base.length();
                default -> 1 + random.nextInt(base.length() - 1);
            };
            return base.substring(0, at) + Character.toString(c) + base.substring(at);
        });
    }

    @ParameterizedTest
    @MethodSource("invisibleEmails")
    void givenAnEmailWithAControlOrInvisibleCharacter_whenValidated_thenItIsRejectedShowingTheCharacter(
            String email) {
        Offer offer = SubmissionValidatorTest.offer().contact("Jane", email, "Sales", "*").build();

        List<String> problems = SubmissionValidatorTest.problems(offer);

        assertEquals(1, problems.size(), escape(email) + ": " + problems);
        assertTrue(problems.get(0).startsWith("offer.contacts[2].email: ") && problems.get(0).contains("\\u"),
                escape(problems.get(0)));
        assertEquals(-1, SubmissionValidator.firstInvisible(problems.get(0)), escape(problems.get(0)));
    }

    @ParameterizedTest
    @MethodSource("invisibleUrls")
    void givenAUrlWithAControlOrInvisibleCharacter_whenValidated_thenItIsRejectedShowingTheCharacter(String url) {
        Offer landing = SubmissionValidatorTest.offer().landingPage(url).build();
        Offer social = SubmissionValidatorTest.offer().socialMedia(url).build();

        List<String> problems = new ArrayList<>(SubmissionValidatorTest.problems(landing));
        problems.addAll(SubmissionValidatorTest.problems(social));

        assertEquals(2, problems.size(), escape(url) + ": " + problems);
        assertTrue(problems.get(0).startsWith("offer.collateral.landingPageUrl: "), escape(problems.get(0)));
        assertTrue(problems.get(1).startsWith("offer.collateral.socialMediaUrl: "), escape(problems.get(1)));
        problems.forEach(p -> assertEquals(-1, SubmissionValidator.firstInvisible(p), escape(p)));
    }

    @ParameterizedTest
    @MethodSource("invisibleUrls")
    void givenTheSameUrlsWithoutTheInvisibleCharacter_whenValidated_thenTheyPass(String url) {
        String visible = url.codePoints().filter(c -> !SubmissionValidator.isInvisible(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();

        assertEquals(List.of(), SubmissionValidatorTest.problems(SubmissionValidatorTest.offer().landingPage(visible)
                .socialMedia(visible).build()));
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c)
                : Character.toString(c)));
        return out.toString();
    }
}
