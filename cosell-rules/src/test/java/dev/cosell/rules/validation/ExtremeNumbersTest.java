package dev.cosell.rules.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.Offer;
import dev.cosell.model.Partner;
import dev.cosell.model.RevenueRecord;
import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionResult;
import dev.cosell.rules.InvalidSubmissionException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * R4.1 amounts and the R4.2 share at the edge of {@link BigDecimal} (exponents near the limits of an int, huge
 * precision), generated from a fixed seed, through both entry points of the evaluator: each invalid one is an
 * {@link InvalidSubmissionException} or a rejected result with a short message, never a raw exception, and a
 * batch goes on with the submissions after it.
 */
class ExtremeNumbersTest {
    private static final long SEED = 20261130L;
    private static final int[] SCALES = {Integer.MIN_VALUE, -2_147_483_647, -1_000_000_000, -20, 11, 1_000_000_000,
        Integer.MAX_VALUE};

    /** Values no amount or share may take: too large, too fine, or negative, at any scale. */
    static List<BigDecimal> extremes() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            BigInteger unscaled = new BigInteger(1 + random.nextInt(i % 8 == 0 ? 20_000 : 200),
                    new Random(random.nextLong())).add(BigInteger.ONE);
            if (unscaled.mod(BigInteger.TEN).signum() == 0) {
                unscaled = unscaled.add(BigInteger.ONE);
            }
            int scale = SCALES[random.nextInt(SCALES.length)];
            values.add(new BigDecimal(random.nextInt(4) == 0 ? unscaled.negate() : unscaled, scale));
        }
        values.add(new BigDecimal("1E+2147483647"));
        values.add(new BigDecimal("-1E-2147483647"));
        return values;
    }

    @Test
    void givenExtremeAmountsAndShares_whenEvaluatedOneByOne_thenEachIsAnInvalidSubmissionWithAShortMessage() {
        for (BigDecimal value : extremes()) {
            for (Submission submission : submissions(value)) {
                InvalidSubmissionException e = assertThrows(InvalidSubmissionException.class,
                        () -> EvaluatorValidationTest.EVALUATOR.evaluate(submission.partner(), submission.offer(),
                                submission.asOf()), describe(value));
                assertEquals(1, e.violations().size(), e.getMessage());
                assertTrue(e.getMessage().length() < 400, e.getMessage());
            }
        }
    }

    @Test
    void givenExtremeValuesInABatch_whenEvaluatedAll_thenEachIsRejectedAndEveryValidOneIsEvaluated() {
        List<Submission> batch = new ArrayList<>();
        for (BigDecimal value : extremes()) {
            batch.add(Submission.of(EvaluatorValidationTest.PARTNER, EvaluatorValidationTest.VALID,
                    EvaluatorValidationTest.AS_OF));
            batch.addAll(submissions(value));
        }

        List<SubmissionResult> results = EvaluatorValidationTest.EVALUATOR.evaluateAll(batch.stream()).toList();

        assertEquals(batch.size(), results.size());
        for (int i = 0; i < results.size(); i++) {
            SubmissionResult result = results.get(i);
            assertEquals(i % 3 == 0, result.assessment().isPresent(), "submission " + i + ": " + result);
            if (i % 3 != 0) {
                assertEquals(1, result.violations().size(), result.violations().toString());
                assertTrue(result.violations().get(0).message().length() < 200, result.violations().toString());
            }
        }
    }

    /** A submission with the value as an ACR amount, and one with it as the share of IP code on Azure. */
    private static List<Submission> submissions(BigDecimal value) {
        Partner partner = EvaluatorValidationTest.PARTNER.toBuilder()
                .revenue(new RevenueRecord("Contoso Backup", YearMonth.of(2020, 4), value, BigDecimal.ZERO)).build();
        Offer offer = EvaluatorValidationTest.VALID.toBuilder().azureIpSharePercent(value).build();
        return List.of(Submission.of(partner, EvaluatorValidationTest.VALID, EvaluatorValidationTest.AS_OF),
                Submission.of(EvaluatorValidationTest.PARTNER, offer, EvaluatorValidationTest.AS_OF));
    }

    private static String describe(BigDecimal value) {
        return "a value of " + value.precision() + " digits with scale " + value.scale();
    }
}
