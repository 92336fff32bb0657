package dev.cosell.rules.facts;

/** A fact that belongs to one evaluation of a batch. */
public interface EvaluationFact {

    /** {@return the id of the {@link Evaluation} this fact belongs to} */
    int getEvaluation();
}
