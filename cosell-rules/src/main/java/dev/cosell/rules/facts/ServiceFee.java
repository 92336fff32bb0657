package dev.cosell.rules.facts;

import java.math.BigDecimal;

/** The marketplace service fee, in percent of billed sales, that applies to an evaluation's offer. */
public final class ServiceFee implements EvaluationFact {
    private final int evaluation;
    private final BigDecimal percent;

    /**
     * The service fee of one evaluation's offer.
     *
     * @param evaluation the id of the evaluation
     * @param percent    the fee, in percent of billed sales
     */
    public ServiceFee(int evaluation, BigDecimal percent) {
        this.evaluation = evaluation;
        this.percent = percent;
    }

    @Override
    public int getEvaluation() {
        return evaluation;
    }

    /** {@return the fee, in percent of billed sales} */
    public BigDecimal getPercent() {
        return percent;
    }
}
