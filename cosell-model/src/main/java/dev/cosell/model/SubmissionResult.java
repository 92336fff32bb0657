package dev.cosell.model;

import java.util.List;
import java.util.Optional;

/**
 * What batch evaluation made of one submission: its assessment, the violations that kept it from the rules, or
 * the failure of the rules on it. In a batch one invalid submission, or one submission the rules fail on, never
 * stops the others.
 *
 * @param position   the submission's position in the batch, from 0
 * @param submission the submission as given (may be {@code null} if the batch held a {@code null})
 * @param assessment the assessment, present exactly when the submission was valid and the rules succeeded
 * @param violations every problem of an invalid submission, each with its field path; empty otherwise
 * @param failure    how the rules failed on this valid submission (a rule's action threw, a rule did not stop,
 *                   or the rules broke their contract): the {@code EvaluationException} of cosell-rules, whose
 *                   message names the rule and the offer; empty otherwise
 */
public record SubmissionResult(long position, Submission submission, Optional<Assessment> assessment,
                               List<Violation> violations, Optional<RuntimeException> failure) {

    /**
     * A result; {@code null} stands for an empty optional or list.
     *
     * @param position   the submission's position in the batch, from 0
     * @param submission the submission as given
     * @param assessment the assessment of a valid submission
     * @param violations every problem of an invalid submission
     * @param failure    how the rules failed on a valid submission
     * @throws IllegalArgumentException unless exactly one of {@code assessment}, {@code violations} and
     *                                  {@code failure} is present
     */
    public SubmissionResult {
        assessment = assessment == null ? Optional.empty() : assessment;
        violations = Copies.list(violations);
        failure = failure == null ? Optional.empty() : failure;
        int present = (assessment.isPresent() ? 1 : 0) + (violations.isEmpty() ? 0 : 1) + (failure.isPresent() ? 1 : 0);
        if (present != 1) {
            throw new IllegalArgumentException("a result holds exactly one of an assessment, violations or a failure");
        }
    }

    /**
     * A result that holds an assessment or violations, without failure.
     *
     * @param position   the submission's position in the batch, from 0
     * @param submission the submission as given
     * @param assessment the assessment of a valid submission
     * @param violations every problem of an invalid submission
     * @throws IllegalArgumentException unless exactly one of {@code assessment} and {@code violations} is present
     */
    public SubmissionResult(long position, Submission submission, Optional<Assessment> assessment,
                            List<Violation> violations) {
        this(position, submission, assessment, violations, Optional.empty());
    }

    /**
     * {@return the result of a valid submission}
     *
     * @param position   the submission's position in the batch, from 0
     * @param submission the submission as given
     * @param assessment its assessment
     * @throws IllegalArgumentException if {@code assessment} is {@code null}
     */
    public static SubmissionResult assessed(long position, Submission submission, Assessment assessment) {
        if (assessment == null) {
            throw new IllegalArgumentException("assessment is missing");
        }
        return new SubmissionResult(position, submission, Optional.of(assessment), List.of(), Optional.empty());
    }

    /**
     * {@return the result of an invalid submission}
     *
     * @param position   the submission's position in the batch, from 0
     * @param submission the submission as given
     * @param violations every problem found in it
     * @throws IllegalArgumentException if {@code violations} is {@code null} or empty
     */
    public static SubmissionResult rejected(long position, Submission submission, List<Violation> violations) {
        if (violations == null || violations.isEmpty()) {
            throw new IllegalArgumentException("violations is missing: a rejected submission has at least one");
        }
        return new SubmissionResult(position, submission, Optional.empty(), violations, Optional.empty());
    }

    /**
     * {@return the result of a valid submission on which the rules failed}
     *
     * @param position   the submission's position in the batch, from 0
     * @param submission the submission as given
     * @param failure the failure, an {@code EvaluationException} of cosell-rules when the evaluator made it
     * @throws IllegalArgumentException if {@code failure} is {@code null}
     */
    public static SubmissionResult failed(long position, Submission submission, RuntimeException failure) {
        if (failure == null) {
            throw new IllegalArgumentException("failure is missing");
        }
        return new SubmissionResult(position, submission, Optional.empty(), List.of(), Optional.of(failure));
    }

    /** {@return whether the submission was valid and has an assessment} */
    public boolean isAssessed() {
        return assessment.isPresent();
    }

    /** {@return whether the submission was valid but the rules failed on it (see {@link #failure()})} */
    public boolean isFailed() {
        return failure.isPresent();
    }
}
