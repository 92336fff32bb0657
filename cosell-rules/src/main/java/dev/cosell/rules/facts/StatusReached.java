package dev.cosell.rules.facts;

import dev.cosell.model.IncentiveRoute;
import dev.cosell.model.Status;

/** An evaluation has reached a status (statuses are cumulative: several may be reached). */
public final class StatusReached extends DerivedFact {
    private final Status status;
    private final IncentiveRoute route;

    /**
     * A status reached by one evaluation's offer.
     *
     * @param evaluation the evaluation
     * @param status     the status reached
     * @param route      the step-4 route by which it was reached; {@code NONE} below co-sell incentivized
     */
    public StatusReached(Evaluation evaluation, Status status, IncentiveRoute route) {
        super(evaluation);
        this.status = status;
        this.route = route;
    }

    /** {@return the status reached} */
    public Status getStatus() {
        return status;
    }

    /** {@return the step-4 route by which the status was reached; NONE below co-sell incentivized} */
    public IncentiveRoute getRoute() {
        return route;
    }

    @Override
    public String toString() {
        return "StatusReached[" + getEvaluation() + ", " + status + ", " + route + "]";
    }
}
