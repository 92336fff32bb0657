/**
 * The co-sell program's vocabulary: partners and offers going in, assessments coming out.
 *
 * <p>Everything here is an immutable record or an enum and depends on nothing but the JDK. Records are
 * lenient holders: they copy what they are given and never throw on missing values, so that the
 * evaluator can validate a whole submission at once and name every problem in one error.
 *
 * <p>Start with {@link dev.cosell.model.Partner#builder(String, String)} and
 * {@link dev.cosell.model.Offer#builder(String, String, OfferType)}.
 */
package dev.cosell.model;
