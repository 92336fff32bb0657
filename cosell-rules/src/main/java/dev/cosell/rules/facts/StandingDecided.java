package dev.cosell.rules.facts;

import dev.cosell.model.Standing;

/** How an evaluation's qualified status relates to Microsoft's review of the co-sell section (M1 to M7). */
public final class StandingDecided implements EvaluationFact {
    private final int evaluation;
    private final Standing standing;

    /**
     * The standing decided for one evaluation.
     *
     * @param evaluation the id of the evaluation
     * @param standing   the standing, M1 to M7
     */
    public StandingDecided(int evaluation, Standing standing) {
        this.evaluation = evaluation;
        this.standing = standing;
    }

    @Override
    public int getEvaluation() {
        return evaluation;
    }

    /** {@return the standing, M1 to M7} */
    public Standing getStanding() {
        return standing;
    }

    @Override
    public String toString() {
        return "StandingDecided[" + evaluation + ", " + standing + "]";
    }
}
