/**
 * The facts the DRL rules reason over: one {@link dev.cosell.rules.facts.Evaluation} per submission, the
 * intermediate facts rules derive from it, and the result facts rules insert (findings, statuses, benefits,
 * channels, next steps).
 *
 * <p>These classes are the rule authors' vocabulary, public only because the rules need them; applications
 * use {@link dev.cosell.rules.CoSellEvaluator} and the records of {@code dev.cosell.model} instead. Every fact
 * carries the id of its evaluation, so that one rule session can evaluate a whole batch of submissions; the
 * derived facts carry the evaluation itself ({@link dev.cosell.rules.facts.DerivedFact}), so that a rule reads the
 * offer in the derived fact's pattern without joining the evaluation to it.
 */
package dev.cosell.rules.facts;
