package dev.cosell.rules.facts;

import java.util.List;

/** The co-sell countries of an evaluation's offer that no sales contact covers (R3.1). */
public final class UncoveredCountries implements EvaluationFact {
    private final int evaluation;
    private final List<String> countries;

    public UncoveredCountries(int evaluation, List<String> countries) {
        this.evaluation = evaluation;
        this.countries = List.copyOf(countries);
    }

    @Override
    public int getEvaluation() {
        return evaluation;
    }

    /** The uncovered countries, in the order the offer lists them; empty when every country is covered. */
    public List<String> getCountries() {
        return countries;
    }

    public boolean isNone() {
        return countries.isEmpty();
    }
}
