package dev.cosell.model;

import java.math.BigDecimal;

/**
 * The partner's figures for the top-tier pathways of B6 (2023-08-24 revision, stated from 2023-07-01), over the
 * trailing twelve months. Each component is optional: {@code null} means not given, and a pathway whose figures
 * are not given is not evaluated (never taken as zero).
 *
 * @param marketplaceBilledSalesUsd commercial-marketplace billed sales, in USD (pathway: USD 4 million); or null
 * @param netNewCustomersAbove10k   net-new marketplace customers above USD 10,000 each (pathway: 12); or null
 * @param marketplaceTransactions   marketplace transactions (pathways: 30 with eight unique customers; five with a
 *                                  USD 30 million consumption commitment); or null
 * @param transactionCustomers      unique customers of those transactions (pathway: eight); or null
 * @param consumptionCommitmentUsd  the cloud consumption commitment the partner signed, in USD (pathways: USD 30
 *                                  million with five transactions, USD 200 million with a transactable listing);
 *                                  or null
 */
public record TopTierFigures(BigDecimal marketplaceBilledSalesUsd, Integer netNewCustomersAbove10k,
                             Integer marketplaceTransactions, Integer transactionCustomers,
                             BigDecimal consumptionCommitmentUsd) {

    /**
     * {@return figures from amounts written as decimal strings, e.g} {@code "4000000.00"}. Any {@code null}
     * argument is not given.
     *
     * @param marketplaceBilledSalesUsd commercial-marketplace billed sales, in USD
     * @param netNewCustomersAbove10k   net-new marketplace customers above USD 10,000 each
     * @param marketplaceTransactions   marketplace transactions
     * @param transactionCustomers      unique customers of those transactions
     * @param consumptionCommitmentUsd  the cloud consumption commitment signed, in USD
     * @throws IllegalArgumentException naming the parameter if an amount is not a decimal number
     */
    public static TopTierFigures of(String marketplaceBilledSalesUsd, Integer netNewCustomersAbove10k,
                                    Integer marketplaceTransactions, Integer transactionCustomers,
                                    String consumptionCommitmentUsd) {
        return new TopTierFigures(Decimals.parse(marketplaceBilledSalesUsd, "marketplaceBilledSalesUsd"),
                netNewCustomersAbove10k, marketplaceTransactions, transactionCustomers,
                Decimals.parse(consumptionCommitmentUsd, "consumptionCommitmentUsd"));
    }
}
