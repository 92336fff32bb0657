package dev.cosell.model;

/**
 * The Business Applications product family an offer is built on. From 2021-02-24 the revisions name families
 * rather than offer types: R3.10 (ISV Connect enrollment for co-sell ready) and R4.3 (the Business Applications
 * route) cover Dynamics 365 apps on Dataverse and Power Apps and Dynamics 365 Operations apps, and leave out
 * Business Central; Power BI apps are on no route. {@code null} is {@link #NOT_GIVEN} wherever the model takes
 * one; an offer that is not a Business Applications offer leaves it not given.
 */
public enum ProductFamily {
    /** The caller does not say (or the offer is not a Business Applications offer). */
    NOT_GIVEN,
    /** Dynamics 365 apps on Dataverse (Customer Engagement) and Power Apps. */
    DATAVERSE_AND_POWER_APPS,
    /** Dynamics 365 Operations apps (Finance and Operations). */
    OPERATIONS,
    /** Dynamics 365 Business Central. */
    BUSINESS_CENTRAL,
    /** Power BI apps. */
    POWER_BI
}
