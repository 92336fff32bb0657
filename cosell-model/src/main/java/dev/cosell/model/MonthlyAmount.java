package dev.cosell.model;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One month of this offer's own commercial-marketplace billed revenue, in USD, as Partner Center reports it:
 * read by R4.1 where the revisions count billed revenue at offer level (paid offers, 2020-09-02 to 2021-02-23).
 * The partner's revenue per Azure solution stays in {@link Partner#revenue()}.
 *
 * @param month the calendar month
 * @param usd   the offer's billed revenue in that month, in USD
 */
public record MonthlyAmount(YearMonth month, BigDecimal usd) {

    /**
     * {@return a month of revenue from an amount written as a decimal string, e.g} {@code "12500.00"}. A
     * {@code null} month or amount is absent (the validator reports it).
     *
     * @param month the calendar month
     * @param usd   the offer's billed revenue in that month, in USD
     * @throws IllegalArgumentException naming the parameter if the amount is not a decimal number
     */
    public static MonthlyAmount of(YearMonth month, String usd) {
        return new MonthlyAmount(month, Decimals.parse(usd, "usd"));
    }
}
