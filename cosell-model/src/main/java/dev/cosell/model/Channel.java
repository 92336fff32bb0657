package dev.cosell.model;

import java.util.Locale;

/** The three co-sell channels. */
public enum Channel {
    /** Direct to customers in Microsoft AppSource or Azure Marketplace: open once the offer is live (R1.1). */
    C1("C1"),
    /**
     * Together with other partners: open when the offer is live (R1.1) and available to CSP resellers (R2.1); nobody
     * resells an offer that is not live.
     */
    C2("C2"),
    /** Together with Microsoft sellers: open when the offer qualifies for co-sell ready or better. */
    C3("C3");

    private final String id;

    Channel(String id) {
        this.id = id;
    }

    /** {@return the channel's id, e.g. {@code "C3"}} */
    public String id() {
        return id;
    }

    /** {@return the channel in English} */
    public String title() {
        return title(Locale.ENGLISH);
    }

    /**
     * {@return the channel in the given language}
     *
     * @param locale the language of the title; {@code null} reads English
     */
    public String title(Locale locale) {
        return Messages.text("channel." + id, locale);
    }
}
