package dev.cosell.examples.cli;

import dev.cosell.json.ReadError;
import dev.cosell.json.SubmissionRecord;
import dev.cosell.model.Assessment;
import dev.cosell.model.SubmissionResult;
import dev.cosell.model.Violation;
import java.util.List;
import java.util.Optional;

/**
 * One record of an input file and what became of it: the record as read (file, position, read errors) and the
 * evaluator's result for it.
 *
 * @param record the record as read
 * @param result the evaluator's result: an assessment, the violations of a submission the validator rejected, or
 *               the failure of the rules on it; for a record that could not be read, a rejected result whose
 *               violations are not meaningful (use {@link #toResult()})
 */
public record EvaluatedRecord(SubmissionRecord record, SubmissionResult result) {
    /** The path of the violation that stands for a failure of the rules in {@link #toResult()}. */
    public static final String RULES = "rules";

    /** {@return the assessment, present exactly when the record was read and its submission was valid} */
    public Optional<Assessment> assessment() {
        return record.isRead() ? result.assessment() : Optional.empty();
    }

    /** {@return whether the record was read and evaluated} */
    public boolean isAssessed() {
        return assessment().isPresent();
    }

    /**
     * {@return whether the record was read and valid but the rules failed on it (a rule's action threw or did not
     * stop)}
     */
    public boolean isFailed() {
        return record.isRead() && result.isFailed();
    }

    /**
     * {@return the result with every problem of the record as violations: a read error becomes a violation whose
     * path is {@code file:line:column} followed by the field at fault, and a failure of the rules a violation whose
     * path is {@value #RULES} and whose message names the rule and the offer, so that a report of
     * {@link SubmissionResult}s shows where it is}
     */
    public SubmissionResult toResult() {
        if (isFailed()) {
            return SubmissionResult.rejected(result.position(), result.submission(),
                    List.of(new Violation(RULES, result.failure().orElseThrow().getMessage())));
        }
        if (record.isRead()) {
            return result;
        }
        List<Violation> violations = record.errors().stream().map(EvaluatedRecord::violation).toList();
        return SubmissionResult.rejected(result.position(), null, violations);
    }

    private static Violation violation(ReadError error) {
        String where = error.source() + ":" + error.line() + ":" + error.column();
        return new Violation(error.path().isEmpty() ? where : where + " " + error.path(), error.message());
    }
}
