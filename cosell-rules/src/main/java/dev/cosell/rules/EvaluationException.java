package dev.cosell.rules;

import java.util.Optional;

/**
 * The rules failed while evaluating a valid submission: a rule's action threw, a rule did not stop (it passed
 * the evaluator's fire limit or time limit, see {@link CoSellEvaluator#withFireLimit(int)}), the evaluation was
 * interrupted, or the rule set broke its contract (for example no finding, or two, for one requirement row).
 * Except for an interruption, always a defect of the rule set. The message names the rule, when one is at fault,
 * and the offer.
 */
public class EvaluationException extends CoSellException {
    private static final long serialVersionUID = 1L;

    /** The rule at fault, or null. */
    private final String rule;

    /**
     * An exception with the given message.
     *
     * @param message what went wrong, naming the offer
     */
    public EvaluationException(String message) {
        this(message, null, null);
    }

    /**
     * An exception with the given message and cause.
     *
     * @param message what went wrong, naming the offer
     * @param cause   the exception that caused it
     */
    public EvaluationException(String message, Throwable cause) {
        this(message, null, cause);
    }

    /**
     * An exception with the given message, naming the rule at fault.
     *
     * @param message what went wrong, naming the rule and the offer
     * @param rule  the rule's name, or {@code null} if no one rule is at fault
     * @param cause what the rule threw, or {@code null}
     */
    public EvaluationException(String message, String rule, Throwable cause) {
        super(message, cause);
        this.rule = rule;
    }

    /** {@return the name of the rule at fault (the one that threw or did not stop), if one rule is at fault} */
    public Optional<String> rule() {
        return Optional.ofNullable(rule);
    }
}
