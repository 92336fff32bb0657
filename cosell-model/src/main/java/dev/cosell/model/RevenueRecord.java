package dev.cosell.model;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One month of revenue of one of the partner's Azure solutions, as Partner Center reports it.
 *
 * @param solution  the Azure solution the revenue belongs to
 * @param month     the calendar month
 * @param acrUsd    Azure consumed revenue in that month, in USD
 * @param billedUsd commercial-marketplace billed revenue in that month, in USD
 */
public record RevenueRecord(String solution, YearMonth month, BigDecimal acrUsd, BigDecimal billedUsd) {

    /**
     * {@return a record from amounts written as decimal strings, e.g} {@code "12500.00"}. A {@code null} amount is
     * absent (the validator reports it), as is any {@code null} argument.
     *
     * @param solution  the Azure solution the revenue belongs to
     * @param month     the calendar month
     * @param acrUsd    Azure consumed revenue in that month, in USD
     * @param billedUsd commercial-marketplace billed revenue in that month, in USD
     * @throws IllegalArgumentException naming the parameter if an amount is not a decimal number
     */
    public static RevenueRecord of(String solution, YearMonth month, String acrUsd, String billedUsd) {
        return new RevenueRecord(solution, month, Decimals.parse(acrUsd, "acrUsd"), Decimals.parse(billedUsd,
                "billedUsd"));
    }
}
