package dev.cosell.rules.facts;

import dev.cosell.model.IncentiveRoute;
import dev.cosell.model.Status;

/** An evaluation has reached a status (statuses are cumulative: several may be reached). */
public final class StatusReached implements EvaluationFact {
    private final int evaluation;
    private final Status status;
    private final IncentiveRoute route;

    /**
     * A status reached by one evaluation's offer.
     *
     * @param evaluation the id of the evaluation
     * @param status     the status reached
     * @param route      the step-4 route by which it was reached; {@code NONE} below co-sell incentivized
     */
    public StatusReached(int evaluation, Status status, IncentiveRoute route) {
        this.evaluation = evaluation;
        this.status = status;
        this.route = route;
    }

    @Override
    public int getEvaluation() {
        return evaluation;
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
        return "StatusReached[" + evaluation + ", " + status + ", " + route + "]";
    }
}
