package dev.cosell.rules.facts;

import dev.cosell.model.IncentiveRoute;

/**
 * The step-4 route an evaluation's offer can take under the revision's route table ({@code routes.drl}):
 * {@link IncentiveRoute#NONE} for offers that take neither.
 */
public final class OfferRoute implements EvaluationFact {
    private final int evaluation;
    private final IncentiveRoute route;

    /**
     * The route of one evaluation's offer.
     *
     * @param evaluation the id of the evaluation
     * @param route      the route the offer can take
     */
    public OfferRoute(int evaluation, IncentiveRoute route) {
        this.evaluation = evaluation;
        this.route = route;
    }

    @Override
    public int getEvaluation() {
        return evaluation;
    }

    /** {@return the route the offer can take} */
    public IncentiveRoute getRoute() {
        return route;
    }

    @Override
    public String toString() {
        return "OfferRoute[" + evaluation + ", " + route + "]";
    }
}
