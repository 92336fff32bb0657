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

    public FindingFact(int evaluation, Finding finding) {
        this.evaluation = evaluation;
        this.finding = finding;
    }

    /** A finding with its message key and the figures the message shows. */
    public static FindingFact of(int evaluation, Requirement requirement, Outcome outcome, String messageKey,
                                 Object... arguments) {
        return new FindingFact(evaluation, new Finding(requirement, outcome, messageKey, Arrays.asList(arguments)));
    }

    @Override
    public int getEvaluation() {
        return evaluation;
    }

    public Finding getFinding() {
        return finding;
    }

    public Requirement getRequirement() {
        return finding.requirement();
    }

    public Outcome getOutcome() {
        return finding.outcome();
    }

    /** The status the row unlocks, or null for an optional row. */
    public Status getUnlocks() {
        return finding.requirement().unlocks().orElse(null);
    }

    @Override
    public String toString() {
        return "FindingFact[" + evaluation + ", " + finding.requirement().id() + " " + finding.outcome() + "]";
    }
}
