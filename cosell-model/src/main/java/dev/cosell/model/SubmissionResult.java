package dev.cosell.model;

import java.util.List;
import java.util.Optional;

/**
 * What batch evaluation made of one submission: its assessment, or the violations that kept it from the
 * rules. In a batch one invalid submission never stops the others.
 *
 * @param position   the submission's position in the batch, from 0
 * @param submission the submission as given (may be {@code null} if the batch held a {@code null})
 * @param assessment the assessment, present exactly when the submission was valid
 * @param violations every problem of an invalid submission, each with its field path; empty when valid
 */
public record SubmissionResult(long position, Submission submission, Optional<Assessment> assessment,
                               List<Violation> violations) {

    public SubmissionResult {
        assessment = assessment == null ? Optional.empty() : assessment;
        violations = Copies.list(violations);
        if (assessment.isPresent() == !violations.isEmpty()) {
            throw new IllegalArgumentException("a result holds either an assessment or violations");
        }
    }

    /** The result of a valid submission. */
    public static SubmissionResult assessed(long position, Submission submission, Assessment assessment) {
        return new SubmissionResult(position, submission, Optional.of(assessment), List.of());
    }

    /** The result of an invalid submission. */
    public static SubmissionResult rejected(long position, Submission submission, List<Violation> violations) {
        return new SubmissionResult(position, submission, Optional.empty(), violations);
    }

    /** Whether the submission was valid and has an assessment. */
    public boolean isAssessed() {
        return assessment.isPresent();
    }
}
