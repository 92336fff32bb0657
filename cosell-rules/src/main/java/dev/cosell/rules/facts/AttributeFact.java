package dev.cosell.rules.facts;

import dev.cosell.model.StatusAttribute;

/** What the revision says of an evaluation's status beyond status and route ("In market", a tier). */
public final class AttributeFact implements EvaluationFact {
    private final int evaluation;
    private final StatusAttribute attribute;

    /**
     * An attribute of one evaluation's status.
     *
     * @param evaluation the id of the evaluation
     * @param attribute  the attribute
     */
    public AttributeFact(int evaluation, StatusAttribute attribute) {
        this.evaluation = evaluation;
        this.attribute = attribute;
    }

    @Override
    public int getEvaluation() {
        return evaluation;
    }

    /** {@return the attribute} */
    public StatusAttribute getAttribute() {
        return attribute;
    }
}
