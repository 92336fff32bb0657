package dev.cosell.rules.facts;

import dev.cosell.model.Standing;

/** How an evaluation's qualified status relates to Microsoft's review of the co-sell section (M1 to M7). */
public final class StandingDecided implements EvaluationFact {
    private final int evaluation;
    private final Standing standing;

    public StandingDecided(int evaluation, Standing standing) {
        this.evaluation = evaluation;
        this.standing = standing;
    }

    @Override
    public int getEvaluation() {
        return evaluation;
    }

    public Standing getStanding() {
        return standing;
    }

    @Override
    public String toString() {
        return "StandingDecided[" + evaluation + ", " + standing + "]";
    }
}
