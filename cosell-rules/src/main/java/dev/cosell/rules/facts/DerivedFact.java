package dev.cosell.rules.facts;

import dev.cosell.model.Offer;
import dev.cosell.model.Partner;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A fact the rules derive for one evaluation ({@link OfferRoute}, {@link TrailingRevenue},
 * {@link UncoveredCountries}, {@link StatusReached}), carrying that evaluation: a rule reads the evaluation's partner,
 * offer and date in the derived fact's own pattern, {@code TrailingRevenue( $id : evaluation, offer.transactable,
 * acrUsd >= revenueThresholdUsd() )}, rather than joining {@link Evaluation} to it by id, which gives the same answer
 * for a join per evaluation.
 */
public abstract class DerivedFact implements EvaluationFact {
    private final Evaluation source;

    /**
     * A fact derived for {@code source}.
     *
     * @param source the evaluation the fact is derived for
     * @throws NullPointerException if {@code source} is null (a rule's action that derives a fact without its
     *                              evaluation, reported as that rule's failure)
     */
    protected DerivedFact(Evaluation source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** {@return the evaluation this fact is derived for} */
    public final Evaluation getSource() {
        return source;
    }

    @Override
    public final int getEvaluation() {
        return source.getId();
    }

    /** {@return the evaluation's partner} */
    public final Partner getPartner() {
        return source.getPartner();
    }

    /** {@return the evaluation's offer} */
    public final Offer getOffer() {
        return source.getOffer();
    }

    /** {@return the date the evaluation is made as of} */
    public final LocalDate getAsOf() {
        return source.getAsOf();
    }
}
