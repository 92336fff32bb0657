package dev.cosell.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
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
 * @param paidPlan                whether the offer has a pricing plan above 0 USD (R4.1 from the 2020-09-02
 *                                revision, B3 from 2021-03-17); {@link Answer#NOT_GIVEN} if {@code null}
 * @param offerBilledRevenue      this offer's own marketplace billed revenue per month (R4.1 at offer level,
 *                                2020-09-02 to 2021-02-23); {@code null} is not given, an empty list is given with
 *                                no revenue
 * @param listingComplete         whether the co-sell listing's required information is complete (R3.9 from
 *                                2020-10-19); {@link Answer#NOT_GIVEN} if {@code null}
 * @param listingSolutionType     the solution type chosen on the co-sell listing (R1.3 2023-08-24, R3.6 from
 *                                2021-02-24, R3.9); {@link ListingSolutionType#NOT_GIVEN} if {@code null}
 * @param productFamily           the Business Applications product family (routes, R3.10 and R4.3 from
 *                                2021-02-24); {@link ProductFamily#NOT_GIVEN} if {@code null}
 * @param technicalValidation     whether Microsoft's technical validation passed (R4.2 from 2021-02-24);
 *                                {@link Answer#NOT_GIVEN} if {@code null}
 * @param officeAppOrAddIn        whether the offer is an Office app or add-in, e.g. for Teams, SharePoint, Outlook
 *                                or Excel (R1.5 from 2021-07-13); {@link Answer#NOT_GIVEN} if {@code null}
 * @param coSellSolutionCreated   the date the co-sell solution was created (R4.4, 2023-08-24: new offers from
 *                                2023-07-11); {@code null} is not given
 * @param cloudSpecialistRequested whether the partner requested to work with a Cloud Specialist on the co-sell
 *                                documentation (R3.8, 2020-09-02 to 2021-02-23); {@link Answer#NOT_GIVEN} if
 *                                {@code null}
 */
public record Offer(String id, String name, OfferType type, ListingState listingState, boolean transactable,
                    boolean availableToCspResellers, BigDecimal azureIpSharePercent, Set<String> coSellCountries,
                    List<SalesContact> contacts, Collateral collateral, ReviewState reviewState, Answer paidPlan,
                    List<MonthlyAmount> offerBilledRevenue, Answer listingComplete,
                    ListingSolutionType listingSolutionType, ProductFamily productFamily, Answer technicalValidation,
                    Answer officeAppOrAddIn, LocalDate coSellSolutionCreated, Answer cloudSpecialistRequested) {

    /**
     * An offer; the lists are copied (the offer's billed revenue stays {@code null} if not given), a missing review
     * state is {@link ReviewState#NOT_KNOWN}, and a missing answer, listing solution type or product family is
     * not given.
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
     * @param paidPlan                whether the offer has a pricing plan above 0 USD; {@code null} is not given
     * @param offerBilledRevenue      this offer's billed revenue per month; {@code null} is not given; copied
     * @param listingComplete         whether the co-sell listing is complete; {@code null} is not given
     * @param listingSolutionType     the co-sell listing's solution type; {@code null} is not given
     * @param productFamily           the Business Applications product family; {@code null} is not given
     * @param technicalValidation     whether Microsoft's technical validation passed; {@code null} is not given
     * @param officeAppOrAddIn        whether the offer is an Office app or add-in; {@code null} is not given
     * @param coSellSolutionCreated   the date the co-sell solution was created; {@code null} is not given
     * @param cloudSpecialistRequested whether a Cloud Specialist was requested; {@code null} is not given
     */
    public Offer {
        coSellCountries = Copies.set(coSellCountries);
        contacts = Copies.list(contacts);
        reviewState = reviewState == null ? ReviewState.NOT_KNOWN : reviewState;
        paidPlan = given(paidPlan);
        offerBilledRevenue = offerBilledRevenue == null ? null : Copies.list(offerBilledRevenue);
        listingComplete = given(listingComplete);
        listingSolutionType = listingSolutionType == null ? ListingSolutionType.NOT_GIVEN : listingSolutionType;
        productFamily = productFamily == null ? ProductFamily.NOT_GIVEN : productFamily;
        technicalValidation = given(technicalValidation);
        officeAppOrAddIn = given(officeAppOrAddIn);
        cloudSpecialistRequested = given(cloudSpecialistRequested);
    }

    /**
     * An offer without the inputs of the later revisions (each not given); the lists are copied, and a missing
     * review state is {@link ReviewState#NOT_KNOWN}.
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
    public Offer(String id, String name, OfferType type, ListingState listingState, boolean transactable,
                 boolean availableToCspResellers, BigDecimal azureIpSharePercent, Set<String> coSellCountries,
                 List<SalesContact> contacts, Collateral collateral, ReviewState reviewState) {
        this(id, name, type, listingState, transactable, availableToCspResellers, azureIpSharePercent,
                coSellCountries, contacts, collateral, reviewState, Answer.NOT_GIVEN, null, Answer.NOT_GIVEN,
                ListingSolutionType.NOT_GIVEN, ProductFamily.NOT_GIVEN, Answer.NOT_GIVEN, Answer.NOT_GIVEN, null,
                Answer.NOT_GIVEN);
    }

    private static Answer given(Answer answer) {
        return answer == null ? Answer.NOT_GIVEN : answer;
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

    /**
     * {@return whether this offer's own billed revenue is given (R4.1 at offer level), even as no month at all}
     */
    public boolean hasOfferBilledRevenue() {
        return offerBilledRevenue != null;
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
                .reviewState(reviewState).paidPlan(paidPlan).offerBilledRevenue(offerBilledRevenue)
                .listingComplete(listingComplete).listingSolutionType(listingSolutionType).productFamily(productFamily)
                .technicalValidation(technicalValidation).officeAppOrAddIn(officeAppOrAddIn)
                .coSellSolutionCreated(coSellSolutionCreated).cloudSpecialistRequested(cloudSpecialistRequested);
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
        private Answer paidPlan = Answer.NOT_GIVEN;
        private List<MonthlyAmount> offerBilledRevenue;
        private Answer listingComplete = Answer.NOT_GIVEN;
        private ListingSolutionType listingSolutionType = ListingSolutionType.NOT_GIVEN;
        private ProductFamily productFamily = ProductFamily.NOT_GIVEN;
        private Answer technicalValidation = Answer.NOT_GIVEN;
        private Answer officeAppOrAddIn = Answer.NOT_GIVEN;
        private LocalDate coSellSolutionCreated;
        private Answer cloudSpecialistRequested = Answer.NOT_GIVEN;

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
                    c.otherDocuments(), c.architectureDiagram()));
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
                    c.otherDocuments(), c.architectureDiagram()));
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
                    c.otherDocuments(), c.architectureDiagram()));
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
                    c.otherDocuments(), c.architectureDiagram()));
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
                    c.socialMediaUrl(), others, c.architectureDiagram()));
        }

        /**
         * Sets the architecture diagram's file name (R3.7).
         *
         * @param fileName the architecture diagram's file name
         * @return this builder
         */
        public Builder architectureDiagram(String fileName) {
            Collateral c = collateralOrNone();
            return collateral(new Collateral(c.onePager(), c.presentationDeck(), c.landingPageUrl(),
                    c.socialMediaUrl(), c.otherDocuments(), fileName));
        }

        /**
         * Whether the offer has a pricing plan above 0 USD (R4.1, B3); {@link Answer#NOT_GIVEN} unless set.
         *
         * @param answer yes, no, or not given ({@code null} is not given)
         * @return this builder
         */
        public Builder paidPlan(Answer answer) {
            this.paidPlan = answer;
            return this;
        }

        /**
         * Replaces this offer's own billed revenue per month (R4.1 at offer level): {@code null} is not given (as
         * unless set), an empty list is given with no revenue.
         *
         * @param months the months of billed revenue, copied; or {@code null}
         * @return this builder
         */
        public Builder offerBilledRevenue(List<MonthlyAmount> months) {
            this.offerBilledRevenue = months == null ? null : new ArrayList<>(months);
            return this;
        }

        /**
         * Adds a month of this offer's own billed revenue (R4.1 at offer level), which makes it given.
         *
         * @param month the calendar month
         * @param usd   the billed revenue in that month, in USD, as a decimal string
         * @return this builder
         * @throws IllegalArgumentException naming the parameter if the amount is not a decimal number
         */
        public Builder offerBilledRevenue(YearMonth month, String usd) {
            return offerBilledRevenue(MonthlyAmount.of(month, usd));
        }

        /**
         * Adds a month of this offer's own billed revenue (R4.1 at offer level), which makes it given; a
         * {@code null} month is kept for the validator to report.
         *
         * @param month the month of billed revenue to add
         * @return this builder
         */
        public Builder offerBilledRevenue(MonthlyAmount month) {
            if (offerBilledRevenue == null) {
                offerBilledRevenue = new ArrayList<>();
            }
            offerBilledRevenue.add(month);
            return this;
        }

        /**
         * Whether the co-sell listing's required information is complete (R3.9); {@link Answer#NOT_GIVEN} unless
         * set.
         *
         * @param answer yes, no, or not given ({@code null} is not given)
         * @return this builder
         */
        public Builder listingComplete(Answer answer) {
            this.listingComplete = answer;
            return this;
        }

        /**
         * The solution type chosen on the co-sell listing (R1.3, R3.6, R3.9); {@link ListingSolutionType#NOT_GIVEN}
         * unless set.
         *
         * @param type the listing's solution type ({@code null} is not given)
         * @return this builder
         */
        public Builder listingSolutionType(ListingSolutionType type) {
            this.listingSolutionType = type;
            return this;
        }

        /**
         * The Business Applications product family (routes, R3.10, R4.3); {@link ProductFamily#NOT_GIVEN} unless
         * set.
         *
         * @param family the product family ({@code null} is not given)
         * @return this builder
         */
        public Builder productFamily(ProductFamily family) {
            this.productFamily = family;
            return this;
        }

        /**
         * Whether Microsoft's technical validation passed (R4.2 from 2021-02-24); {@link Answer#NOT_GIVEN} unless
         * set.
         *
         * @param answer yes, no, or not given ({@code null} is not given)
         * @return this builder
         */
        public Builder technicalValidation(Answer answer) {
            this.technicalValidation = answer;
            return this;
        }

        /**
         * Whether the offer is an Office app or add-in (R1.5); {@link Answer#NOT_GIVEN} unless set.
         *
         * @param answer yes, no, or not given ({@code null} is not given)
         * @return this builder
         */
        public Builder officeAppOrAddIn(Answer answer) {
            this.officeAppOrAddIn = answer;
            return this;
        }

        /**
         * The date the co-sell solution was created (R4.4); not given unless set.
         *
         * @param date the creation date ({@code null} is not given)
         * @return this builder
         */
        public Builder coSellSolutionCreated(LocalDate date) {
            this.coSellSolutionCreated = date;
            return this;
        }

        /**
         * Whether the partner requested to work with a Cloud Specialist on the co-sell documentation (R3.8);
         * {@link Answer#NOT_GIVEN} unless set.
         *
         * @param answer yes, no, or not given ({@code null} is not given)
         * @return this builder
         */
        public Builder cloudSpecialistRequested(Answer answer) {
            this.cloudSpecialistRequested = answer;
            return this;
        }

        private Collateral collateralOrNone() {
            return collateral == null ? Collateral.NONE : collateral;
        }

        /** {@return the offer} */
        public Offer build() {
            return new Offer(id, name, type, listingState, transactable, availableToCspResellers,
                    azureIpSharePercent, countries, contacts, collateral, reviewState, paidPlan, offerBilledRevenue,
                    listingComplete, listingSolutionType, productFamily, technicalValidation, officeAppOrAddIn,
                    coSellSolutionCreated, cloudSpecialistRequested);
        }
    }
}
