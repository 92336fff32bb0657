package dev.cosell.rules.facts;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The partner's revenue that R4.1 weighs: Azure consumed revenue over the trailing twelve months, and
 * cumulative marketplace billed revenue, both summed over all the partner's Azure solutions.
 */
public final class TrailingRevenue implements EvaluationFact {
    private final int evaluation;
    private final YearMonth from;
    private final YearMonth to;
    private final BigDecimal acrUsd;
    private final YearMonth billedThrough;
    private final BigDecimal billedUsd;

    public TrailingRevenue(int evaluation, YearMonth from, YearMonth to, BigDecimal acrUsd, YearMonth billedThrough,
                           BigDecimal billedUsd) {
        this.evaluation = evaluation;
        this.from = from;
        this.to = to;
        this.acrUsd = acrUsd;
        this.billedThrough = billedThrough;
        this.billedUsd = billedUsd;
    }

    @Override
    public int getEvaluation() {
        return evaluation;
    }

    /** First month of the ACR window. */
    public YearMonth getFrom() {
        return from;
    }

    /** Last month of the ACR window. */
    public YearMonth getTo() {
        return to;
    }

    /** ACR summed over the window, in USD. */
    public BigDecimal getAcrUsd() {
        return acrUsd;
    }

    /** Last month of billed revenue counted. */
    public YearMonth getBilledThrough() {
        return billedThrough;
    }

    /** Billed revenue summed over every month up to {@link #getBilledThrough()}, in USD. */
    public BigDecimal getBilledUsd() {
        return billedUsd;
    }
}
