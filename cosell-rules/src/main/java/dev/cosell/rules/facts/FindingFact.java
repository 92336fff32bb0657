package dev.cosell.rules.facts;

import dev.cosell.model.Finding;
import dev.cosell.model.Outcome;
import dev.cosell.model.Requirement;
import dev.cosell.model.Status;
import java.util.Arrays;

/** A rule's verdict on one requirement row of one evaluation. */
public final class FindingFact implements EvaluationFact {
    private final int evaluation;
    private final Finding finding;

    /**
     * A finding on one evaluation's offer.
     *
     * @param evaluation the id of the evaluation
     * @param finding    the verdict on one requirement row
     */
    public FindingFact(int evaluation, Finding finding) {
        this.evaluation = evaluation;
        this.finding = finding;
    }

    /**
     * {@return a finding with its message key and the figures the message shows}
     *
     * @param evaluation  the id of the evaluation
     * @param requirement the requirement row
     * @param outcome     the verdict on that row
     * @param messageKey  key of the explanation in the message bundle, e.g. {@code "R4.1.unmet"}
     * @param arguments   the figures the explanation shows
     */
    public static FindingFact of(int evaluation, Requirement requirement, Outcome outcome, String messageKey,
                                 Object... arguments) {
        return new FindingFact(evaluation, new Finding(requirement, outcome, messageKey, Arrays.asList(arguments)));
    }

    @Override
    public int getEvaluation() {
        return evaluation;
    }

    /** {@return the verdict on one requirement row} */
    public Finding getFinding() {
        return finding;
    }

    /** {@return the requirement row of the finding} */
    public Requirement getRequirement() {
        return finding.requirement();
    }

    /** {@return the finding's outcome} */
    public Outcome getOutcome() {
        return finding.outcome();
    }

    /**
     * {@return whether the finding blocks the status its row unlocks: unmet, or an input the revision needs is
     * missing}
     */
    public boolean isBlocking() {
        return finding.isBlocking();
    }

    /** {@return the status the row unlocks, or null for an optional row} */
    public Status getUnlocks() {
        return finding.requirement().unlocks().orElse(null);
    }

    @Override
    public String toString() {
        return "FindingFact[" + evaluation + ", " + finding.requirement().id() + " " + finding.outcome() + "]";
    }
}
