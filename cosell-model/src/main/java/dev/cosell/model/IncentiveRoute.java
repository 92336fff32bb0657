package dev.cosell.model;

import java.util.Locale;

/** The two step-4 routes to co-sell incentivized, and {@link #NONE} for offers that take neither. */
public enum IncentiveRoute {
    /** IP solutions on Azure: requirements R4.1 and R4.2. */
    AZURE_IP,
    /** IP solutions on Dynamics 365 and the Power Platform: requirement R4.3. */
    BUSINESS_APPLICATIONS,
    /** Services, and any offer that has not reached co-sell incentivized. */
    NONE;

    /** {@return the route, e.g. "Azure IP", in English} */
    public String title() {
        return title(Locale.ENGLISH);
    }

    /**
     * {@return the route, e.g. "Azure IP", in the given language (English for a locale cosell has no texts for)}
     *
     * @param locale the language of the title; {@code null} reads English
     */
    public String title(Locale locale) {
        return Messages.text("route." + name(), locale);
    }
}
