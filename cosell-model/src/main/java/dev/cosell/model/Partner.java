package dev.cosell.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A software company in Partner Center, with what the program reads of it.
 *
 * @param id                      the partner's id (e.g. its Partner Center MPN id)
 * @param name                    the partner's name
 * @param businessProfileComplete whether Partner Center shows the business profile as complete (R1.2)
 * @param competencies            the partner's competencies, active or not (R3.6)
 * @param isvConnectEnrollments   the partner's ISV Connect enrollments, active or not (R4.3)
 * @param revenue                 monthly revenue per Azure solution, at most one record per solution and month
 *                                (R4.1)
 * @param mpnId                   the partner's MPN ID (from 2023 "PartnerID"; R1.4 from the 2021-02-24 revision);
 *                                {@code null} is not given
 * @param marketplaceAccountActive whether the partner has an active commercial marketplace account in Partner Center
 *                                (R1.4 from 2021-02-24); {@link Answer#NOT_GIVEN} if {@code null}
 * @param solutionsPartnerDesignations the partner's solutions partner designations, active or not (R3.6 from
 *                                2023-08-24); empty is none
 * @param topTier                 the partner's top-tier pathway figures over the trailing twelve months (B6,
 *                                2023-08-24); {@code null} is not given
 */
public record Partner(String id, String name, boolean businessProfileComplete, List<Competency> competencies,
                      List<IsvConnectEnrollment> isvConnectEnrollments, List<RevenueRecord> revenue, String mpnId,
                      Answer marketplaceAccountActive, List<Designation> solutionsPartnerDesignations,
                      TopTierFigures topTier) {

    /**
     * A partner; the lists are copied, and a missing answer is not given.
     *
     * @param id                      the partner's id
     * @param name                    the partner's name
     * @param businessProfileComplete whether the business profile is complete
     * @param competencies            the partner's competencies; copied
     * @param isvConnectEnrollments   the partner's ISV Connect enrollments; copied
     * @param revenue                 monthly revenue per Azure solution; copied
     * @param mpnId                   the partner's MPN ID (PartnerID); {@code null} is not given
     * @param marketplaceAccountActive whether the commercial marketplace account is active; {@code null} is not
     *                                given
     * @param solutionsPartnerDesignations the solutions partner designations; copied, {@code null} is none
     * @param topTier                 the top-tier pathway figures; {@code null} is not given
     */
    public Partner {
        competencies = Copies.list(competencies);
        isvConnectEnrollments = Copies.list(isvConnectEnrollments);
        revenue = Copies.list(revenue);
        marketplaceAccountActive = marketplaceAccountActive == null ? Answer.NOT_GIVEN : marketplaceAccountActive;
        solutionsPartnerDesignations = Copies.list(solutionsPartnerDesignations);
    }

    /**
     * A partner without the inputs of the later revisions (each not given, no designation); the lists are copied.
     *
     * @param id                      the partner's id
     * @param name                    the partner's name
     * @param businessProfileComplete whether the business profile is complete
     * @param competencies            the partner's competencies; copied
     * @param isvConnectEnrollments   the partner's ISV Connect enrollments; copied
     * @param revenue                 monthly revenue per Azure solution; copied
     */
    public Partner(String id, String name, boolean businessProfileComplete, List<Competency> competencies,
                   List<IsvConnectEnrollment> isvConnectEnrollments, List<RevenueRecord> revenue) {
        this(id, name, businessProfileComplete, competencies, isvConnectEnrollments, revenue, null, Answer.NOT_GIVEN,
                List.of(), null);
    }

    /**
     * {@return a builder for a partner with the given id and name; nothing else is set}
     *
     * @param id   the partner's id
     * @param name the partner's name
     */
    public static Builder builder(String id, String name) {
        return new Builder(id, name);
    }

    /** {@return a builder that starts from this partner's values} */
    public Builder toBuilder() {
        Builder b = new Builder(id, name).businessProfileComplete(businessProfileComplete).mpnId(mpnId)
                .marketplaceAccountActive(marketplaceAccountActive).topTier(topTier);
        b.competencies.addAll(competencies);
        b.enrollments.addAll(isvConnectEnrollments);
        b.revenue.addAll(revenue);
        b.designations.addAll(solutionsPartnerDesignations);
        return b;
    }

    /** Builds a {@link Partner} step by step. Not thread-safe; the partner it builds is immutable. */
    public static final class Builder {
        private final String id;
        private final String name;
        private boolean businessProfileComplete;
        private final List<Competency> competencies = new ArrayList<>();
        private final List<IsvConnectEnrollment> enrollments = new ArrayList<>();
        private final List<RevenueRecord> revenue = new ArrayList<>();
        private String mpnId;
        private Answer marketplaceAccountActive = Answer.NOT_GIVEN;
        private final List<Designation> designations = new ArrayList<>();
        private TopTierFigures topTier;

        private Builder(String id, String name) {
            this.id = id;
            this.name = name;
        }

        /**
         * Whether the Partner Center business profile is complete (R1.2).
         *
         * @param complete {@code true} if the business profile is complete
         * @return this builder
         */
        public Builder businessProfileComplete(boolean complete) {
            this.businessProfileComplete = complete;
            return this;
        }

        /**
         * Adds a competency held from {@code start} through {@code end}.
         *
         * @param area  the competency area, e.g. "Cloud Platform"
         * @param level silver or gold
         * @param start the first day the competency is held
         * @param end   the last day the competency is held
         * @return this builder
         */
        public Builder competency(String area, CompetencyLevel level, LocalDate start, LocalDate end) {
            return competency(new Competency(area, level, start, end));
        }

        /**
         * Adds a competency.
         *
         * @param competency the competency to add
         * @return this builder
         */
        public Builder competency(Competency competency) {
            competencies.add(competency);
            return this;
        }

        /**
         * Adds an ISV Connect enrollment from {@code start} through {@code end}.
         *
         * @param tier  standard or premium
         * @param start the first day of the enrollment
         * @param end   the last day of the enrollment
         * @return this builder
         */
        public Builder isvConnect(IsvConnectTier tier, LocalDate start, LocalDate end) {
            return isvConnect(new IsvConnectEnrollment(tier, start, end));
        }

        /**
         * Adds an ISV Connect enrollment.
         *
         * @param enrollment the enrollment to add
         * @return this builder
         */
        public Builder isvConnect(IsvConnectEnrollment enrollment) {
            enrollments.add(enrollment);
            return this;
        }

        /**
         * Adds a month of revenue of one Azure solution, amounts in USD as decimal strings.
         *
         * @param solution  the Azure solution the revenue belongs to
         * @param month     the calendar month
         * @param acrUsd    Azure consumed revenue in that month, in USD
         * @param billedUsd commercial-marketplace billed revenue in that month, in USD
         * @return this builder
         */
        public Builder revenue(String solution, YearMonth month, String acrUsd, String billedUsd) {
            return revenue(RevenueRecord.of(solution, month, acrUsd, billedUsd));
        }

        /**
         * Adds a month of revenue.
         *
         * @param record the month of revenue to add
         * @return this builder
         */
        public Builder revenue(RevenueRecord record) {
            revenue.add(record);
            return this;
        }

        /**
         * The partner's MPN ID, from 2023 called PartnerID (R1.4); not given unless set.
         *
         * @param mpnId the MPN ID ({@code null} is not given)
         * @return this builder
         */
        public Builder mpnId(String mpnId) {
            this.mpnId = mpnId;
            return this;
        }

        /**
         * Whether the partner has an active commercial marketplace account in Partner Center (R1.4);
         * {@link Answer#NOT_GIVEN} unless set.
         *
         * @param answer yes, no, or not given ({@code null} is not given)
         * @return this builder
         */
        public Builder marketplaceAccountActive(Answer answer) {
            this.marketplaceAccountActive = answer;
            return this;
        }

        /**
         * Adds a solutions partner designation held from {@code start} through {@code end} (R3.6 from 2023-08-24).
         *
         * @param area  the designation's solution area, e.g. "Infrastructure (Azure)"
         * @param start the first day the designation holds
         * @param end   the last day the designation holds
         * @return this builder
         */
        public Builder designation(String area, LocalDate start, LocalDate end) {
            return designation(new Designation(area, start, end));
        }

        /**
         * Adds a solutions partner designation; a {@code null} one is kept for the validator to report.
         *
         * @param designation the designation to add
         * @return this builder
         */
        public Builder designation(Designation designation) {
            designations.add(designation);
            return this;
        }

        /**
         * The partner's top-tier pathway figures over the trailing twelve months (B6); not given unless set.
         *
         * @param figures the figures ({@code null} is not given)
         * @return this builder
         */
        public Builder topTier(TopTierFigures figures) {
            this.topTier = figures;
            return this;
        }

        /** {@return the partner} */
        public Partner build() {
            return new Partner(id, name, businessProfileComplete, competencies, enrollments, revenue, mpnId,
                    marketplaceAccountActive, designations, topTier);
        }
    }
}
