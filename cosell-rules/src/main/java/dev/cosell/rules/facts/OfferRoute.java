package dev.cosell.rules.facts;

import dev.cosell.model.IncentiveRoute;
import dev.cosell.model.Offer;
import dev.cosell.model.Partner;
import java.time.LocalDate;

/**
 * An evaluation's offer on the step-4 route it can take under the revision's route table ({@code routes.drl}):
 * {@link IncentiveRoute#NONE} for offers that take neither.
 *
 * <p>It carries the evaluation's partner, offer and date, so that a rule of a route reads them in the same pattern
 * as the route ({@code OfferRoute( $id : evaluation, route == IncentiveRoute.AZURE_IP, offer.transactable )}) rather
 * than joining the {@link Evaluation} again.
 */
public final class OfferRoute implements EvaluationFact {
    private final Evaluation evaluation;
    private final IncentiveRoute route;

    /**
     * The route of one evaluation's offer.
     *
     * @param evaluation the evaluation
     * @param route      the route the offer can take
     */
    public OfferRoute(Evaluation evaluation, IncentiveRoute route) {
        this.evaluation = evaluation;
        this.route = route;
    }

    @Override
    public int getEvaluation() {
        return evaluation.getId();
    }

    /** {@return the route the offer can take} */
    public IncentiveRoute getRoute() {
        return route;
    }

    /** {@return the evaluation's partner} */
    public Partner getPartner() {
        return evaluation.getPartner();
    }

    /** {@return the evaluation's offer} */
    public Offer getOffer() {
        return evaluation.getOffer();
    }

    /** {@return the date the evaluation is made as of} */
    public LocalDate getAsOf() {
        return evaluation.getAsOf();
    }

    @Override
    public String toString() {
        return "OfferRoute[" + evaluation.getId() + ", " + route + "]";
    }
}
