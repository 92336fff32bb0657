package dev.cosell.model;

/**
 * The solution type chosen on the offer's co-sell listing in Partner Center ("IP", "Service", "Managed Service",
 * "Device"). It is the partner's choice on the listing, not the one the offer type implies ({@link SolutionType}).
 *
 * <p>Read by R1.3 (solution type "IP" for the Azure IP route, 2023-08-24), R3.6 (offers of the "Service" solution
 * type, 2021-02-24 to 2021-10-21) and R3.9 (listing complete, from 2020-10-19). {@code null} is
 * {@link #NOT_GIVEN} wherever the model takes one.
 */
public enum ListingSolutionType {
    /** The caller does not say: a row that needs the solution type reports it as missing. */
    NOT_GIVEN,
    /** "IP" (application). */
    IP,
    /** "Service". */
    SERVICE,
    /** "Managed Service". */
    MANAGED_SERVICE,
    /** "Device". */
    DEVICE
}
