package dev.cosell.rules.facts;

import dev.cosell.model.NextStep;

/** An unmet requirement between an evaluation's offer and its next status. */
public final class NextStepFact implements EvaluationFact {
    private final int evaluation;
    private final NextStep step;

    /**
     * A next step resolving an unmet finding.
     *
     * @param evaluation the id of the evaluation
     * @param unmet      the unmet finding the step resolves
     */
    public NextStepFact(int evaluation, FindingFact unmet) {
        this.evaluation = evaluation;
        this.step = new NextStep(unmet.getFinding());
    }

    @Override
    public int getEvaluation() {
        return evaluation;
    }

    /** {@return the step to take} */
    public NextStep getStep() {
        return step;
    }
}
