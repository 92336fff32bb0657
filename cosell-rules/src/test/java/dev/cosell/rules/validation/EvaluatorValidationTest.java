package dev.cosell.rules.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.Offer;
import dev.cosell.model.OfferType;
import dev.cosell.model.Partner;
import dev.cosell.model.Status;
import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionResult;
import dev.cosell.model.Violation;
import dev.cosell.rules.CoSellEvaluator;
import dev.cosell.rules.InvalidSubmissionException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No submission reaches the rules unvalidated, through either entry point of the evaluator. */
class EvaluatorValidationTest {
    static final CoSellEvaluator EVALUATOR = CoSellEvaluator.create().forRevision("2020-05-19");
    static final LocalDate AS_OF = LocalDate.of(2020, 7, 1);
    static final Partner PARTNER = Partner.builder("contoso", "Contoso").businessProfileComplete(true)
            .revenue("Contoso Analytics", YearMonth.of(2020, 3), "60000.00", "0.00").build();
    static final Offer VALID = Offer.builder("analytics", "Contoso Analytics", OfferType.SAAS).live()
            .coSellCountries("US").contact("Jane Doe", "jane@contoso.com", "Sales lead", "*")
            .onePager("one-pager.pdf").landingPage("https://contoso.com/analytics")
            .socialMedia("https://www.linkedin.com/company/contoso").build();
    static final Offer INVALID = VALID.toBuilder().landingPage("javascript:alert(1)")
            .contact("Joe", "joe.contoso.com", "Sales", "us").build();
    static final List<Violation> INVALID_PROBLEMS = List.of(
            new Violation("offer.contacts[1].email", "\"joe.contoso.com\" is not an e-mail address (name@example.com)"),
            new Violation("offer.contacts[1].countries[0]",
                    "\"us\" is not an ISO 3166-1 alpha-2 country code; write it in upper case: \"US\""),
            new Violation("offer.collateral.landingPageUrl", "\"javascript:alert(1)\" is not an absolute http(s) URL"));

    @Test
    void givenAnInvalidSubmission_whenEvaluated_thenItIsRejectedWithEveryProblem() {
        InvalidSubmissionException e = assertThrows(InvalidSubmissionException.class,
                () -> EVALUATOR.evaluate(PARTNER, INVALID, AS_OF));

        assertEquals(INVALID_PROBLEMS, e.violations());
        assertTrue(e.getMessage().contains("offer analytics") && e.getMessage().contains("3 problems"),
                e.getMessage());
    }

    @Test
    void givenAnInvalidSubmissionInABatch_whenEvaluated_thenItAloneIsRejected() {
        List<SubmissionResult> results = EVALUATOR.evaluateAll(Stream.of(Submission.of(PARTNER, VALID, AS_OF),
                Submission.of(PARTNER, INVALID, AS_OF), Submission.of(PARTNER, VALID, LocalDate.of(1, 1, 1))))
                .toList();

        assertEquals(Status.CO_SELL_READY, results.get(0).assessment().orElseThrow().status());
        assertEquals(INVALID_PROBLEMS, results.get(1).violations());
        assertEquals(List.of(new Violation("asOf", "0001-01-01 is not a date between 1900-01-01 and 9999-12-31")),
                results.get(2).violations());
    }
}
