package dev.cosell.model;

import java.util.List;

/**
 * The co-sell collateral uploaded in the "Documents" section of the "Co-sell with Microsoft" tab.
 * A {@code null} document or URL means it has not been provided.
 *
 * @param onePager         file name of the customer-facing one-pager (R3.2), or null
 * @param presentationDeck file name of the customer presentation deck (R3.3, optional), or null
 * @param landingPageUrl   the solution landing-page URL (R3.4), or null
 * @param socialMediaUrl   a social-media channel URL (R3.5), or null
 * @param otherDocuments   file names of other collateral such as case studies (R3.5)
 * @param architectureDiagram file name of the (reference) architecture diagram (R3.7, from the 2020-09-02
 *                            revision; SaaS only in 2020-09-02 and from 2023-08-24), or null
 */
public record Collateral(String onePager, String presentationDeck, String landingPageUrl, String socialMediaUrl,
                         List<String> otherDocuments, String architectureDiagram) {

    /** No collateral at all. */
    public static final Collateral NONE = new Collateral(null, null, null, null, List.of(), null);

    /**
     * Collateral; the other documents are copied.
     *
     * @param onePager         file name of the one-pager, or null
     * @param presentationDeck file name of the presentation deck, or null
     * @param landingPageUrl   the solution landing-page URL, or null
     * @param socialMediaUrl   a social-media channel URL, or null
     * @param otherDocuments   file names of other collateral
     * @param architectureDiagram file name of the architecture diagram, or null
     */
    public Collateral {
        otherDocuments = Copies.list(otherDocuments);
    }

    /**
     * Collateral without an architecture diagram; the other documents are copied.
     *
     * @param onePager         file name of the one-pager, or null
     * @param presentationDeck file name of the presentation deck, or null
     * @param landingPageUrl   the solution landing-page URL, or null
     * @param socialMediaUrl   a social-media channel URL, or null
     * @param otherDocuments   file names of other collateral
     */
    public Collateral(String onePager, String presentationDeck, String landingPageUrl, String socialMediaUrl,
                      List<String> otherDocuments) {
        this(onePager, presentationDeck, landingPageUrl, socialMediaUrl, otherDocuments, null);
    }

    /** {@return whether a one-pager is provided} */
    public boolean hasOnePager() {
        return present(onePager);
    }

    /** {@return whether a presentation deck is provided} */
    public boolean hasPresentationDeck() {
        return present(presentationDeck);
    }

    /** {@return whether a landing-page URL is provided} */
    public boolean hasLandingPage() {
        return present(landingPageUrl);
    }

    /** {@return whether a social-media channel URL is provided} */
    public boolean hasSocialMedia() {
        return present(socialMediaUrl);
    }

    /** {@return whether an architecture diagram is provided (R3.7)} */
    public boolean hasArchitectureDiagram() {
        return present(architectureDiagram);
    }

    /** {@return whether at least one other document (case study, white paper, ...) is provided} */
    public boolean hasOtherDocuments() {
        return otherDocuments.stream().anyMatch(Collateral::present);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
