package dev.cosell.json;

import dev.cosell.model.Submission;
import java.util.List;
import java.util.Optional;

/**
 * One record read from a submission file: a submission, or the problems that kept it from being one.
 *
 * @param source     the file (or stream) name
 * @param index      the record's number in its file, from 1
 * @param line       the line where the record starts, from 1
 * @param column     the column where the record starts, from 1
 * @param submission the submission, present exactly when the record was read without problems
 * @param errors     every problem of the record, each with its line and column; empty when it was read
 */
public record SubmissionRecord(String source, long index, long line, long column, Optional<Submission> submission,
                               List<ReadError> errors) {

    /**
     * A record of a submission or of errors.
     *
     * @param source     the file (or stream) name
     * @param index      the record's number in its file, from 1
     * @param line       the line where the record starts, from 1
     * @param column     the column where the record starts, from 1
     * @param submission the submission read, or empty
     * @param errors     every problem of the record; empty when it was read
     * @throws IllegalArgumentException unless exactly one of a submission and errors is given
     */
    public SubmissionRecord {
        submission = submission == null ? Optional.empty() : submission;
        errors = errors == null ? List.of() : List.copyOf(errors);
        if (submission.isPresent() == !errors.isEmpty()) {
            throw new IllegalArgumentException("a record holds either a submission or errors");
        }
    }

    /** {@return whether the record was read into a submission} */
    public boolean isRead() {
        return submission.isPresent();
    }

    /** {@return where the record starts: {@code source:line:column}} */
    public String where() {
        return source + ":" + line + ":" + column;
    }
}
