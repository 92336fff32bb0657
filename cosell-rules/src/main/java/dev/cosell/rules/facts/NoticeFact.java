package dev.cosell.rules.facts;

import dev.cosell.model.Notice;

/** Something the rules could not evaluate for an evaluation and the reader must know (e.g. B6 without figures). */
public final class NoticeFact implements EvaluationFact {
    private final int evaluation;
    private final Notice notice;

    /**
     * A notice on one evaluation.
     *
     * @param evaluation the id of the evaluation
     * @param notice     the notice
     */
    public NoticeFact(int evaluation, Notice notice) {
        this.evaluation = evaluation;
        this.notice = notice;
    }

    /**
     * {@return a notice with the given code and figures}
     *
     * @param evaluation the id of the evaluation
     * @param code       the notice's code (the key of its text)
     * @param arguments  the figures its text shows
     */
    public static NoticeFact of(int evaluation, String code, Object... arguments) {
        return new NoticeFact(evaluation, Notice.of(code, arguments));
    }

    @Override
    public int getEvaluation() {
        return evaluation;
    }

    /** {@return the notice} */
    public Notice getNotice() {
        return notice;
    }
}
