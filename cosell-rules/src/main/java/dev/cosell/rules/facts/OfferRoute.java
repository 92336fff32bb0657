package dev.cosell.rules.facts;

import dev.cosell.model.IncentiveRoute;

/**
 * An evaluation's offer on the step-4 route it can take under the revision's route table ({@code routes.drl}):
 * {@link IncentiveRoute#NONE} for offers that take neither.
 *
 * <p>It carries its evaluation ({@link DerivedFact}), so that a rule of one route reads the offer in the same
 * pattern as the route: {@code OfferRoute( $id : evaluation, route == IncentiveRoute.AZURE_IP, offer.transactable )}.
 */
public final class OfferRoute extends DerivedFact {
    private final IncentiveRoute route;

    /**
     * The route of one evaluation's offer.
     *
     * @param evaluation the evaluation
     * @param route      the route the offer can take
     */
    public OfferRoute(Evaluation evaluation, IncentiveRoute route) {
        super(evaluation);
        this.route = route;
    }

    /** {@return the route the offer can take} */
    public IncentiveRoute getRoute() {
        return route;
    }

    @Override
    public String toString() {
        return "OfferRoute[" + getEvaluation() + ", " + route + "]";
    }
}
