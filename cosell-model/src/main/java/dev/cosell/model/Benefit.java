package dev.cosell.model;

import java.util.Locale;

/** What a co-sell status brings: benefits B1 to B6 (which a revision has is {@code Revision#benefits()}). */
public enum Benefit {
    /** The marketplace service fee on billed sales drops from 20 % to 10 % (IaaS and SaaS, transacted). */
    B1("B1"),
    /** CSP partners get a 10 % sales incentive for selling the offer (IaaS and SaaS, available to CSP). */
    B2("B2"),
    /** Purchases count toward the customer's Azure consumption commitment (transactable offers). */
    B3("B3"),
    /** The Microsoft preferred solution badge in the online stores. */
    B4("B4"),
    /** From revision 2023-08-24: the partner may submit co-sell referrals (Azure IP co-sell eligible). */
    B5("B5"),
    /**
     * From revision 2023-08-24: top-tier benefits such as seller incentivization and PRACR, for an Azure IP co-sell
     * eligible offer of a partner who meets one top-tier pathway.
     */
    B6("B6");

    private final String id;

    Benefit(String id) {
        this.id = id;
    }

    /** {@return the benefit's id, e.g. {@code "B1"}} */
    public String id() {
        return id;
    }

    /** {@return the benefit in English} */
    public String title() {
        return title(Locale.ENGLISH);
    }

    /**
     * {@return the benefit in the given language}
     *
     * @param locale the language of the title; {@code null} reads English
     */
    public String title(Locale locale) {
        return Messages.text("benefit." + id, locale);
    }
}
