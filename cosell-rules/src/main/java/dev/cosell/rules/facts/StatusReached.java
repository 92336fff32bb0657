package dev.cosell.rules.facts;

import dev.cosell.model.IncentiveRoute;
import dev.cosell.model.Status;

/** An evaluation has reached a status (statuses are cumulative: several may be reached). */
public final class StatusReached implements EvaluationFact {
    private final int evaluation;
    private final Status status;
    private final IncentiveRoute route;

    public StatusReached(int evaluation, Status status, IncentiveRoute route) {
        this.evaluation = evaluation;
        this.status = status;
        this.route = route;
    }

    @Override
    public int getEvaluation() {
        return evaluation;
    }

    public Status getStatus() {
        return status;
    }

    /** The step-4 route by which the status was reached; NONE below co-sell incentivized. */
    public IncentiveRoute getRoute() {
        return route;
    }

    @Override
    public String toString() {
        return "StatusReached[" + evaluation + ", " + status + ", " + route + "]";
    }
}
