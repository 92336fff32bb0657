package dev.cosell.rules;

import dev.cosell.model.Violation;
import java.util.List;
import java.util.stream.Collectors;

/** A submission cannot be evaluated; {@link #violations()} names every problem, each with its field path. */
public class InvalidSubmissionException extends CoSellException {
    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /**
     * An exception listing the given violations ({@code null}: none).
     *
     * @param subject    what is invalid, as the message names it, e.g. {@code "submission"}
     * @param violations every problem found; copied
     */
    public InvalidSubmissionException(String subject, List<Violation> violations) {
        this(subject, violations == null ? List.<Violation>of() : List.copyOf(violations), true);
    }

    private InvalidSubmissionException(String subject, List<Violation> violations, boolean copied) {
        super(subject + " is invalid (" + violations.size() + (violations.size() == 1 ? " problem" : " problems")
                + "):" + violations.stream().map(v -> "\n  " + v).collect(Collectors.joining()));
        this.violations = violations;
    }

    /** {@return every problem found, in the order of the submission's fields} */
    public List<Violation> violations() {
        return violations;
    }
}
