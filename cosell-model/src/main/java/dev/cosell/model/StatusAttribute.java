package dev.cosell.model;

import java.util.Locale;

/**
 * What a revision says of a status that {@link Status} and {@link IncentiveRoute} cannot: decided by the rules of
 * the revisions that name it.
 */
public enum StatusAttribute {
    /**
     * "In market" (revision 2023-08-24): the offer is live, but the requirements for co-sell ready are not met.
     * The status stays {@link Status#NOT_READY}.
     */
    IN_MARKET,
    /**
     * Business Applications Standard (from revision 2021-03-17): the offer's active ISV Connect enrollment is in
     * the standard tier. The revisions give no criterion of their own: the tier is reported only as the input
     * states it.
     */
    BUSINESS_APPLICATIONS_STANDARD,
    /** Business Applications Premium (from revision 2021-03-17): the active ISV Connect enrollment is premium. */
    BUSINESS_APPLICATIONS_PREMIUM;

    /** {@return the attribute in English, e.g. "In market"} */
    public String title() {
        return title(Locale.ENGLISH);
    }

    /**
     * {@return the attribute in the given language}
     *
     * @param locale the language; {@code null} reads English
     */
    public String title(Locale locale) {
        return Messages.text("attribute." + name(), locale);
    }
}
