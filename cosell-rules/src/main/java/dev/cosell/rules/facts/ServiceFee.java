package dev.cosell.rules.facts;

import java.math.BigDecimal;

/** The marketplace service fee, in percent of billed sales, that applies to an evaluation's offer. */
public final class ServiceFee implements EvaluationFact {
    private final int evaluation;
    private final BigDecimal percent;

    public ServiceFee(int evaluation, BigDecimal percent) {
        this.evaluation = evaluation;
        this.percent = percent;
    }

    @Override
    public int getEvaluation() {
        return evaluation;
    }

    public BigDecimal getPercent() {
        return percent;
    }
}
