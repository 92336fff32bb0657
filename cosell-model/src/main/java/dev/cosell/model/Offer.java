package dev.cosell.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A commercial-marketplace offer and its "Co-sell with Microsoft" tab.
 *
 * @param id                      the offer's id in Partner Center
 * @param name                    the offer's name
 * @param type                    the offer type; it decides the solution type and the step-4 route
 * @param listingState            where the offer stands in marketplace publishing (R1.1)
 * @param transactable            whether customers buy it through the commercial marketplace (R4.1, B1, B3)
 * @param availableToCspResellers whether it is configured for CSP resellers (R2.1, B2, C2)
 * @param azureIpSharePercent     share of the repeatable IP code built on Azure, in percent from 0 to 100 (R4.2)
 * @param coSellCountries         ISO 3166-1 alpha-2 codes of the countries where the partner wants to co-sell
 *                                the offer (R3.1)
 * @param contacts                the sales contacts (R3.1)
 * @param collateral              the co-sell documents and URLs (R3.2 to R3.5)
 * @param reviewState             where the co-sell section stands in Microsoft's review, as the caller knows it
 *                                (M1 to M7); {@link ReviewState#NOT_KNOWN} if {@code null}
 */
public record Offer(String id, String name, OfferType type, ListingState listingState, boolean transactable,
                    boolean availableToCspResellers, BigDecimal azureIpSharePercent, Set<String> coSellCountries,
                    List<SalesContact> contacts, Collateral collateral, ReviewState reviewState) {

    /**
     * An offer; the lists are copied, and a missing review state is {@link ReviewState#NOT_KNOWN}.
     *
     * @param id                      the offer's id in Partner Center
     * @param name                    the offer's name
     * @param type                    the offer type
     * @param listingState            where the offer stands in marketplace publishing
     * @param transactable            whether customers buy it through the commercial marketplace
     * @param availableToCspResellers whether it is configured for CSP resellers
     * @param azureIpSharePercent     share of the repeatable IP code built on Azure, in percent
     * @param coSellCountries         countries where the partner wants to co-sell the offer; copied
     * @param contacts                the sales contacts; copied
     * @param collateral              the co-sell documents and URLs
     * @param reviewState             where the co-sell section stands in Microsoft's review; {@code null} is not known
     */
    public Offer {
        coSellCountries = Copies.set(coSellCountries);
        contacts = Copies.list(contacts);
        reviewState = reviewState == null ? ReviewState.NOT_KNOWN : reviewState;
    }

    /**
     * An offer whose review state is not known ({@link ReviewState#NOT_KNOWN}).
     *
     * @param id                      the offer's id in Partner Center
     * @param name                    the offer's name
     * @param type                    the offer type
     * @param listingState            where the offer stands in marketplace publishing
     * @param transactable            whether customers buy it through the commercial marketplace
     * @param availableToCspResellers whether it is configured for CSP resellers
     * @param azureIpSharePercent     share of the repeatable IP code built on Azure, in percent
     * @param coSellCountries         countries where the partner wants to co-sell the offer; copied
     * @param contacts                the sales contacts; copied
     * @param collateral              the co-sell documents and URLs
     */
    public Offer(String id, String name, OfferType type, ListingState listingState, boolean transactable,
                 boolean availableToCspResellers, BigDecimal azureIpSharePercent, Set<String> coSellCountries,
                 List<SalesContact> contacts, Collateral collateral) {
        this(id, name, type, listingState, transactable, availableToCspResellers, azureIpSharePercent,
                coSellCountries, contacts, collateral, ReviewState.NOT_KNOWN);
    }

    /** {@return IP or services, from the offer type; {@code null} if the type is missing} */
    public SolutionType solutionType() {
        return type == null ? null : type.solutionType();
    }

    /**
     * {@return a builder for an offer of the given type: a draft, with no collateral, contacts or countries}
     *
     * @param id   the offer's id in Partner Center
     * @param name the offer's name
     * @param type the offer type
     */
    public static Builder builder(String id, String name, OfferType type) {
        return new Builder(id, name, type);
    }

    /** {@return a builder that starts from this offer's values} */
    public Builder toBuilder() {
        Builder b = new Builder(id, name, type).listingState(listingState).transactable(transactable)
                .availableToCspResellers(availableToCspResellers).azureIpSharePercent(azureIpSharePercent)
                .reviewState(reviewState);
        b.countries.addAll(coSellCountries);
        b.contacts.addAll(contacts);
        b.collateral = collateral;
        return b;
    }

    /** Builds an {@link Offer} step by step. Not thread-safe; the offer it builds is immutable. */
    public static final class Builder {
        private final String id;
        private final String name;
        private final OfferType type;
        private ListingState listingState = ListingState.DRAFT;
        private boolean transactable;
        private boolean availableToCspResellers;
        private BigDecimal azureIpSharePercent = BigDecimal.ZERO;
        private final Set<String> countries = new LinkedHashSet<>();
        private final List<SalesContact> contacts = new ArrayList<>();
        private Collateral collateral = Collateral.NONE;
        private ReviewState reviewState = ReviewState.NOT_KNOWN;

        private Builder(String id, String name, OfferType type) {
            this.id = id;
            this.name = name;
            this.type = type;
        }

        /**
         * The marketplace listing state; {@link ListingState#DRAFT} unless set.
         *
         * @param state the listing state
         * @return this builder
         */
        public Builder listingState(ListingState state) {
            this.listingState = state;
            return this;
        }

        /**
         * Shorthand for {@code listingState(ListingState.LIVE)}.
         *
         * @return this builder
         */
        public Builder live() {
            return listingState(ListingState.LIVE);
        }

        /**
         * Where the co-sell section stands in Microsoft's review, as the caller knows it;
         * {@link ReviewState#NOT_KNOWN} unless set.
         *
         * @param state the review state of the co-sell section
         * @return this builder
         */
        public Builder reviewState(ReviewState state) {
            this.reviewState = state;
            return this;
        }

        /**
         * Whether customers buy the offer through the commercial marketplace.
         *
         * @param transactable {@code true} if the offer is transactable
         * @return this builder
         */
        public Builder transactable(boolean transactable) {
            this.transactable = transactable;
            return this;
        }

        /**
         * Whether the offer is configured for CSP resellers.
         *
         * @param available {@code true} if CSP resellers may sell the offer
         * @return this builder
         */
        public Builder availableToCspResellers(boolean available) {
            this.availableToCspResellers = available;
            return this;
        }

        /**
         * Share of the repeatable IP code built on Azure, in percent; {@code null} is absent.
         *
         * @param percent the share, from 0 to 100
         * @return this builder
         */
        public Builder azureIpSharePercent(BigDecimal percent) {
            this.azureIpSharePercent = percent;
            return this;
        }

        /**
         * Share of the repeatable IP code built on Azure, in percent, e.g. {@code "50.5"}; {@code null} is absent
         * (the validator reports it).
         *
         * @param percent the share as a decimal string, from 0 to 100
         * @return this builder
         * @throws IllegalArgumentException naming the parameter if the text is not a decimal number
         */
        public Builder azureIpSharePercent(String percent) {
            return azureIpSharePercent(Decimals.parse(percent, "percent"));
        }

        /**
         * Adds countries (ISO 3166-1 alpha-2) where the partner wants to co-sell the offer; {@code null} adds
         * none, and a {@code null} code is kept for the validator to report.
         *
         * @param codes the country codes to add
         * @return this builder
         */
        public Builder coSellCountries(String... codes) {
            if (codes != null) {
                countries.addAll(Arrays.asList(codes));
            }
            return this;
        }

        /**
         * Adds a sales contact for the given countries, or {@link SalesContact#ALL_COUNTRIES}; see
         * {@link SalesContact#of} for {@code null} arguments.
         *
         * @param name      the contact's name
         * @param email     the contact's e-mail address
         * @param role      the contact's role, e.g. "Sales lead"
         * @param countries the country codes the contact covers
         * @return this builder
         */
        public Builder contact(String name, String email, String role, String... countries) {
            return contact(SalesContact.of(name, email, role, countries));
        }

        /**
         * Adds a sales contact.
         *
         * @param contact the contact to add
         * @return this builder
         */
        public Builder contact(SalesContact contact) {
            contacts.add(contact);
            return this;
        }

        /**
         * Replaces the collateral.
         *
         * @param collateral the offer's documents and URLs
         * @return this builder
         */
        public Builder collateral(Collateral collateral) {
            this.collateral = collateral;
            return this;
        }

        /**
         * Sets the one-pager's file name.
         *
         * @param fileName the one-pager's file name
         * @return this builder
         */
        public Builder onePager(String fileName) {
            Collateral c = collateralOrNone();
            return collateral(new Collateral(fileName, c.presentationDeck(), c.landingPageUrl(), c.socialMediaUrl(),
                    c.otherDocuments()));
        }

        /**
         * Sets the presentation deck's file name.
         *
         * @param fileName the presentation deck's file name
         * @return this builder
         */
        public Builder presentationDeck(String fileName) {
            Collateral c = collateralOrNone();
            return collateral(new Collateral(c.onePager(), fileName, c.landingPageUrl(), c.socialMediaUrl(),
                    c.otherDocuments()));
        }

        /**
         * Sets the solution landing-page URL.
         *
         * @param url the landing page's URL
         * @return this builder
         */
        public Builder landingPage(String url) {
            Collateral c = collateralOrNone();
            return collateral(new Collateral(c.onePager(), c.presentationDeck(), url, c.socialMediaUrl(),
                    c.otherDocuments()));
        }

        /**
         * Sets the social-media channel URL.
         *
         * @param url the social-media channel's URL
         * @return this builder
         */
        public Builder socialMedia(String url) {
            Collateral c = collateralOrNone();
            return collateral(new Collateral(c.onePager(), c.presentationDeck(), c.landingPageUrl(), url,
                    c.otherDocuments()));
        }

        /**
         * Adds another document, such as a case study.
         *
         * @param fileName the document's file name
         * @return this builder
         */
        public Builder otherDocument(String fileName) {
            Collateral c = collateralOrNone();
            List<String> others = new ArrayList<>(c.otherDocuments());
            others.add(fileName);
            return collateral(new Collateral(c.onePager(), c.presentationDeck(), c.landingPageUrl(),
                    c.socialMediaUrl(), others));
        }

        private Collateral collateralOrNone() {
            return collateral == null ? Collateral.NONE : collateral;
        }

        /** {@return the offer} */
        public Offer build() {
            return new Offer(id, name, type, listingState, transactable, availableToCspResellers,
                    azureIpSharePercent, countries, contacts, collateral, reviewState);
        }
    }
}
