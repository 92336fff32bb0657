package dev.cosell.rules.facts;

import dev.cosell.model.Benefit;

/** A benefit B1 to B4 applies to an evaluation's offer. */
public final class BenefitGranted implements EvaluationFact {
    private final int evaluation;
    private final Benefit benefit;

    /**
     * A benefit granted to one evaluation's offer.
     *
     * @param evaluation the id of the evaluation
     * @param benefit    the benefit that applies
     */
    public BenefitGranted(int evaluation, Benefit benefit) {
        this.evaluation = evaluation;
        this.benefit = benefit;
    }

    @Override
    public int getEvaluation() {
        return evaluation;
    }

    /** {@return the benefit that applies} */
    public Benefit getBenefit() {
        return benefit;
    }
}
