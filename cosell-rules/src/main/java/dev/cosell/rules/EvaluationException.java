package dev.cosell.rules;

/**
 * The rules failed while evaluating valid submissions: a rule's action threw, or the rule set broke its
 * contract (for example no finding, or two, for one requirement row). Always a defect of the rule set.
 */
public class EvaluationException extends CoSellException {
    private static final long serialVersionUID = 1L;

    /** An exception with the given message. */
    public EvaluationException(String message) {
        super(message);
    }

    /** An exception with the given message and cause. */
    public EvaluationException(String message, Throwable cause) {
        super(message, cause);
    }
}
