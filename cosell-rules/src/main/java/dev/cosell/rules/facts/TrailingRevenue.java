package dev.cosell.rules.facts;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The partner's revenue that R4.1 weighs: Azure consumed revenue over the trailing twelve months, and
 * cumulative marketplace billed revenue, both summed over all the partner's Azure solutions.
 */
public final class TrailingRevenue extends DerivedFact {
    private final YearMonth from;
    private final YearMonth to;
    private final BigDecimal acrUsd;
    private final YearMonth billedThrough;
    private final BigDecimal billedUsd;

    /**
     * The revenue R4.1 weighs for one evaluation.
     *
     * @param evaluation    the evaluation
     * @param from          first month of the ACR window
     * @param to            last month of the ACR window
     * @param acrUsd        ACR summed over the window, in USD
     * @param billedThrough last month of billed revenue counted
     * @param billedUsd     billed revenue summed over every month up to {@code billedThrough}, in USD
     */
    public TrailingRevenue(Evaluation evaluation, YearMonth from, YearMonth to, BigDecimal acrUsd,
                           YearMonth billedThrough, BigDecimal billedUsd) {
        super(evaluation);
        this.from = from;
        this.to = to;
        this.acrUsd = acrUsd;
        this.billedThrough = billedThrough;
        this.billedUsd = billedUsd;
    }

    /** {@return first month of the ACR window} */
    public YearMonth getFrom() {
        return from;
    }

    /** {@return last month of the ACR window} */
    public YearMonth getTo() {
        return to;
    }

    /** {@return ACR summed over the window, in USD} */
    public BigDecimal getAcrUsd() {
        return acrUsd;
    }

    /** {@return last month of billed revenue counted} */
    public YearMonth getBilledThrough() {
        return billedThrough;
    }

    /** {@return billed revenue summed over every month up to {@link #getBilledThrough()}, in USD} */
    public BigDecimal getBilledUsd() {
        return billedUsd;
    }
}
