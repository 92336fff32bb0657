package dev.cosell.rules.facts;

import dev.cosell.model.Offer;
import dev.cosell.model.Partner;
import java.time.LocalDate;

/** One submission under evaluation: the partner, the offer and the evaluation date. */
public final class Evaluation implements EvaluationFact {
    private final int id;
    private final Partner partner;
    private final Offer offer;
    private final LocalDate asOf;

    /**
     * One submission to evaluate.
     *
     * @param id      the evaluation's id, unique within one rule session
     * @param partner the partner who owns the offer
     * @param offer   the offer
     * @param asOf    the evaluation date
     */
    public Evaluation(int id, Partner partner, Offer offer, LocalDate asOf) {
        this.id = id;
        this.partner = partner;
        this.offer = offer;
        this.asOf = asOf;
    }

    /** {@return the evaluation's id, unique within one rule session} */
    public int getId() {
        return id;
    }

    @Override
    public int getEvaluation() {
        return id;
    }

    /** {@return the partner who owns the offer} */
    public Partner getPartner() {
        return partner;
    }

    /** {@return the offer under evaluation} */
    public Offer getOffer() {
        return offer;
    }

    /** {@return the evaluation date} */
    public LocalDate getAsOf() {
        return asOf;
    }

    @Override
    public String toString() {
        return "Evaluation[" + id + ", " + offer.id() + " as of " + asOf + "]";
    }
}
