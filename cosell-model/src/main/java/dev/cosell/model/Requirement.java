package dev.cosell.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The rows of the co-sell requirement tables of every revision cosell encodes, in id order (ids are stable
 * across revisions; a removed id is never reused). Which rows a revision has is {@code Revision#rows()}.
 *
 * <p>Each row names the status it unlocks: every row that unlocks {@link Status#CO_SELL_READY} must be met
 * for an offer to be co-sell ready (steps 1 and 3 are cumulative), and every row of the offer's route that
 * unlocks {@link Status#CO_SELL_INCENTIVIZED} must be met on top of that. Optional rows unlock nothing.
 */
public enum Requirement {
    /** The offer meets the commercial-marketplace publishing requirements: it is live. */
    R1_1("R1.1", 1, Status.CO_SELL_READY, IncentiveRoute.NONE),
    /** The partner has a complete business profile in Partner Center. */
    R1_2("R1.2", 1, Status.CO_SELL_READY, IncentiveRoute.NONE),
    /** Azure IP, from revision 2023-08-24: the co-sell listing's solution type is "IP". */
    R1_3("R1.3", 1, Status.CO_SELL_INCENTIVIZED, IncentiveRoute.AZURE_IP),
    /** From revision 2021-02-24: an MPN ID (PartnerID) and an active commercial marketplace account. */
    R1_4("R1.4", 1, Status.CO_SELL_READY, IncentiveRoute.NONE),
    /** From revision 2021-07-13: the offer is not an Office app or add-in. */
    R1_5("R1.5", 1, Status.CO_SELL_READY, IncentiveRoute.NONE),
    /** Optional, revision 2020-05-19 only: the offer is configured for CSP resellers. Never blocks a status. */
    R2_1("R2.1", 2, null, IncentiveRoute.NONE),
    /** A sales contact for each co-sell country (from 2020-10-19: geography) of the offer. */
    R3_1("R3.1", 3, Status.CO_SELL_READY, IncentiveRoute.NONE),
    /** Collateral: a customer-facing one-pager. */
    R3_2("R3.2", 3, Status.CO_SELL_READY, IncentiveRoute.NONE),
    /**
     * Collateral: a customer presentation (pitch) deck. Optional until revision 2020-10-19, which makes it required:
     * a revision that keeps it optional reports it as {@link Outcome#OPTIONAL_MISSING}, never blocking.
     */
    R3_3("R3.3", 3, Status.CO_SELL_READY, IncentiveRoute.NONE),
    /** A solution landing-page URL (until revision 2020-10-19). */
    R3_4("R3.4", 3, Status.CO_SELL_READY, IncentiveRoute.NONE),
    /** A social-media channel URL or other collateral such as a case study (until revision 2020-10-19). */
    R3_5("R3.5", 3, Status.CO_SELL_READY, IncentiveRoute.NONE),
    /** Services: an active Gold competency; from revision 2023-08-24 a solutions partner designation. */
    R3_6("R3.6", 3, Status.CO_SELL_READY, IncentiveRoute.NONE),
    /** Azure IP, from revision 2020-09-02: a (reference) architecture diagram uploaded for review. */
    R3_7("R3.7", 3, Status.CO_SELL_INCENTIVIZED, IncentiveRoute.AZURE_IP),
    /**
     * Revisions 2020-09-02 to 2021-02-23: offers without the Partner Center co-sell option, and consulting services,
     * request a Cloud Specialist instead of uploading the materials.
     */
    R3_8("R3.8", 3, Status.CO_SELL_READY, IncentiveRoute.NONE),
    /** From revision 2020-10-19: the co-sell listing is complete. */
    R3_9("R3.9", 3, Status.CO_SELL_READY, IncentiveRoute.NONE),
    /** From revision 2021-02-24: ISV Connect enrollment for Business Applications co-sell ready. */
    R3_10("R3.10", 3, Status.CO_SELL_READY, IncentiveRoute.NONE),
    /** Azure IP: 100,000 USD of trailing-twelve-month ACR, or of billed revenue for a transactable offer. */
    R4_1("R4.1", 4, Status.CO_SELL_INCENTIVIZED, IncentiveRoute.AZURE_IP),
    /** Azure IP: more than 50 % on Azure; from revision 2021-02-24 Microsoft's technical validation. */
    R4_2("R4.2", 4, Status.CO_SELL_INCENTIVIZED, IncentiveRoute.AZURE_IP),
    /** Business Applications: ISV Connect enrollment (premium tier until revision 2021-03-17). */
    R4_3("R4.3", 4, Status.CO_SELL_INCENTIVIZED, IncentiveRoute.BUSINESS_APPLICATIONS),
    /** Azure IP, from revision 2023-08-24: a new offer is transactable. */
    R4_4("R4.4", 4, Status.CO_SELL_INCENTIVIZED, IncentiveRoute.AZURE_IP);

    private final String id;
    private final int step;
    private final Status unlocks;
    private final IncentiveRoute route;

    Requirement(String id, int step, Status unlocks, IncentiveRoute route) {
        this.id = id;
        this.step = step;
        this.unlocks = unlocks;
        this.route = route;
    }

    /** {@return the row's id as the program reference writes it, e.g. {@code "R3.2"}} */
    public String id() {
        return id;
    }

    /** {@return the step of revision 2020-05-19 its id names (1 to 4); later revisions group rows by status} */
    public int step() {
        return step;
    }

    /** {@return the status this row unlocks; empty for the optional row R2.1} */
    public Optional<Status> unlocks() {
        return Optional.ofNullable(unlocks);
    }

    /** {@return whether an unmet row never blocks a status} */
    public boolean isOptional() {
        return unlocks == null;
    }

    /** {@return the step-4 route this row belongs to; {@link IncentiveRoute#NONE} for steps 1 to 3} */
    public IncentiveRoute route() {
        return route;
    }

    /** {@return the row's requirement in English, e.g. "Collateral: a customer-facing one-pager"} */
    public String title() {
        return title(Locale.ENGLISH);
    }

    /**
     * {@return the row's requirement in the given language (falls back to English)}
     *
     * @param locale the language of the text; {@code null} reads English
     */
    public String title(Locale locale) {
        return Messages.text("requirement." + id, locale);
    }

    /** {@return where in Partner Center (or elsewhere) a partner acts on this row, in English} */
    public String where() {
        return where(Locale.ENGLISH);
    }

    /**
     * {@return where in Partner Center a partner acts on this row, in the given language: the program document's
     * own navigation, or a text that says the document names no place, or one that starts by saying it comes from
     * outside the program document}
     *
     * @param locale the language of the text; {@code null} reads English
     */
    public String where(Locale locale) {
        return Messages.text("where." + id, locale);
    }

    /**
     * {@return the row with the given id}
     *
     * @param id the row's id as the program reference writes it, e.g. {@code "R3.2"}
     * @throws IllegalArgumentException naming the known ids if there is no such row
     */
    public static Requirement byId(String id) {
        for (Requirement r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown requirement id '" + id + "'; known ids are "
                + java.util.Arrays.stream(values()).map(Requirement::id).collect(java.util.stream.Collectors.joining(", ")));
    }
}
