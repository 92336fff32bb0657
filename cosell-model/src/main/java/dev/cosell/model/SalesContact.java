package dev.cosell.model;

import java.util.Arrays;
import java.util.Set;

/**
 * A sales contact uploaded in the "Contacts" section of the "Co-sell with Microsoft" tab.
 *
 * @param name      the contact's name
 * @param email     the contact's e-mail address
 * @param role      the contact's role, e.g. "Sales lead"
 * @param countries ISO 3166-1 alpha-2 codes of the countries the contact covers, or
 *                  {@link #ALL_COUNTRIES} for a contact who covers every country
 */
public record SalesContact(String name, String email, String role, Set<String> countries) {

    /** The marker, in {@code countries}, of a contact who covers every country of the offer. */
    public static final String ALL_COUNTRIES = "*";

    /**
     * A sales contact; the countries are copied.
     *
     * @param name      the contact's name
     * @param email     the contact's e-mail address
     * @param role      the contact's role
     * @param countries the country codes the contact covers, or {@link #ALL_COUNTRIES}
     */
    public SalesContact {
        countries = Copies.set(countries);
    }

    /**
     * {@return a contact for the given countries; pass {@link #ALL_COUNTRIES} for every country} Any argument may
     * be {@code null}: a {@code null} value is absent (the validator reports it), {@code null} countries are none.
     *
     * @param name      the contact's name
     * @param email     the contact's e-mail address
     * @param role      the contact's role, e.g. "Sales lead"
     * @param countries the country codes the contact covers, or {@link #ALL_COUNTRIES}
     */
    public static SalesContact of(String name, String email, String role, String... countries) {
        return new SalesContact(name, email, role, countries == null ? Set.of() : Copies.set(Arrays.asList(countries)));
    }

    /** {@return whether this contact covers every country} */
    public boolean coversAllCountries() {
        return countries.contains(ALL_COUNTRIES);
    }

    /**
     * {@return whether this contact covers the given country}
     *
     * @param country an ISO 3166-1 alpha-2 code
     */
    public boolean covers(String country) {
        return coversAllCountries() || countries.contains(country);
    }
}
