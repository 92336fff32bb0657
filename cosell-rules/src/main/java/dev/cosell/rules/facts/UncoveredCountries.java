package dev.cosell.rules.facts;

import java.util.List;

/** The co-sell countries of an evaluation's offer that no sales contact covers (R3.1). */
public final class UncoveredCountries extends DerivedFact {
    private final List<String> countries;

    /**
     * The uncovered countries of one evaluation's offer.
     *
     * @param evaluation the evaluation
     * @param countries  the co-sell countries no sales contact covers, in the offer's order; copied
     */
    public UncoveredCountries(Evaluation evaluation, List<String> countries) {
        super(evaluation);
        this.countries = List.copyOf(countries);
    }

    /** {@return the uncovered countries, in the order the offer lists them; empty when every country is covered} */
    public List<String> getCountries() {
        return countries;
    }

    /** {@return whether every co-sell country is covered} */
    public boolean isNone() {
        return countries.isEmpty();
    }
}
