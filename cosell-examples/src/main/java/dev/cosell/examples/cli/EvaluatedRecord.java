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
 * @param result the evaluator's result: an assessment, or the violations of a submission the validator rejected;
 *               for a record that could not be read, a rejected result whose violations are not meaningful (use
 *               {@link #toResult()})
 */
public record EvaluatedRecord(SubmissionRecord record, SubmissionResult result) {

    /** The assessment, present exactly when the record was read and its submission was valid. */
    public Optional<Assessment> assessment() {
        return record.isRead() ? result.assessment() : Optional.empty();
    }

    /** Whether the record was read and evaluated. */
    public boolean isAssessed() {
        return assessment().isPresent();
    }

    /**
     * The result with every problem of the record as violations: a read error becomes a violation whose path is
     * {@code file:line:column} followed by the field at fault, so that a report of {@link SubmissionResult}s
     * shows where it is.
     */
    public SubmissionResult toResult() {
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
