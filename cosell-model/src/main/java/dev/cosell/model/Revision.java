package dev.cosell.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One revision of the co-sell program as cosell encodes it: its id (the page date of its source), the days it is
 * in force, the revision it builds on, its sources and their confidence, the rows, benefits and channels it has,
 * and its own names for the statuses. Immutable.
 *
 * <p>A revision is in force from {@link #effectiveFrom()} through {@link #effectiveUntil()} (the day before the
 * next revision's date; empty for the newest). The dates are the pages' {@code ms.date}: when Microsoft last
 * reviewed the page, not necessarily when the program changed.
 *
 * @param id            the revision's id, its page date, e.g. {@code "2020-09-02"}
 * @param effectiveFrom the first day the revision is in force
 * @param effectiveUntil the last day it is in force; empty for the newest revision
 * @param base          the revision it builds on; empty for the first
 * @param sources       where its requirement table comes from (repository, path, commit, language, kind)
 * @param confidence    how far the sources can be trusted, e.g. {@code "high"} or {@code "medium"} (a
 *                      translation)
 * @param summary       what the revision changed, in one or two sentences (English)
 * @param rows          the requirement rows of its table, in id order
 * @param benefits      the benefits it names
 * @param channels      the co-sell channels it names
 * @param texts         its own texts by key: status titles ({@code status.NOT_READY},
 *                      {@code status.CO_SELL_INCENTIVIZED.AZURE_IP}, …) and where-to-act texts ({@code where.R3.1}),
 *                      each with a Korean variant under the key followed by {@code .ko}
 */
public record Revision(String id, LocalDate effectiveFrom, Optional<LocalDate> effectiveUntil, Optional<String> base,
                       List<String> sources, String confidence, String summary, List<Requirement> rows,
                       List<Benefit> benefits, List<Channel> channels, Map<String, String> texts) {

    /**
     * A revision; the lists and the map are copied, and missing optionals are empty.
     *
     * @param id             the revision's id
     * @param effectiveFrom  the first day in force
     * @param effectiveUntil the last day in force; {@code null} reads empty
     * @param base           the revision it builds on; {@code null} reads empty
     * @param sources        its sources; copied
     * @param confidence     how far the sources can be trusted
     * @param summary        what it changed
     * @param rows           its requirement rows; copied
     * @param benefits       its benefits; copied
     * @param channels       its channels; copied
     * @param texts          its own texts; copied
     */
    public Revision {
        effectiveUntil = effectiveUntil == null ? Optional.empty() : effectiveUntil;
        base = base == null ? Optional.empty() : base;
        sources = Copies.list(sources);
        rows = Copies.list(rows);
        benefits = Copies.list(benefits);
        channels = Copies.list(channels);
        texts = texts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    /**
     * {@return whether the revision is in force on the given day}
     *
     * @param day the day
     * @throws IllegalArgumentException if {@code day} is {@code null}
     */
    public boolean inForceOn(LocalDate day) {
        if (day == null) {
            throw new IllegalArgumentException("day is missing");
        }
        return !day.isBefore(effectiveFrom) && effectiveUntil.map(until -> !day.isAfter(until)).orElse(true);
    }

    /**
     * {@return whether the revision's table has the row}
     *
     * @param requirement the row
     */
    public boolean has(Requirement requirement) {
        return rows.contains(requirement);
    }

    /**
     * The revision's own name of a status, e.g. "Azure IP Co-sell incentivized" (2020-09-02) or "Azure IP co-sell
     * eligible" (2023-08-24), in English or Korean; the generic title when the revision names none.
     *
     * @param status the status; {@code null} reads {@link Status#NOT_READY}
     * @param route  the route, for co-sell incentivized; {@code null} reads {@link IncentiveRoute#NONE}
     * @param locale the language; {@code null} reads English
     * @return the status's name in this revision
     */
    public String statusTitle(Status status, IncentiveRoute route, Locale locale) {
        Status s = status == null ? Status.NOT_READY : status;
        IncentiveRoute r = route == null ? IncentiveRoute.NONE : route;
        String key = s == Status.CO_SELL_INCENTIVIZED && r != IncentiveRoute.NONE
                ? "status." + s.name() + "." + r.name() : "status." + s.name();
        String own = text(key, locale);
        if (own != null) {
            return own;
        }
        return s == Status.CO_SELL_INCENTIVIZED && r != IncentiveRoute.NONE
                ? Messages.format("status.withRoute", new Object[] {s.title(locale), r.title(locale)}, locale)
                : s.title(locale);
    }

    /**
     * Where a partner acts on a row under this revision, in English or Korean: the revision's own text when its
     * Partner Center path differs from revision 2020-05-19's, else {@link Requirement#where(Locale)}.
     *
     * @param requirement the row; {@code null} is rejected
     * @param locale      the language; {@code null} reads English
     * @return where to act on the row
     * @throws IllegalArgumentException if {@code requirement} is {@code null}
     */
    public String where(Requirement requirement, Locale locale) {
        if (requirement == null) {
            throw new IllegalArgumentException("requirement is missing");
        }
        String own = text("where." + requirement.id(), locale);
        return own != null ? own : requirement.where(locale);
    }

    /** The revision's own text for a key in the locale's language (Korean under {@code key.ko}), or null. */
    private String text(String key, Locale locale) {
        if (locale != null && "ko".equals(locale.getLanguage())) {
            String korean = texts.get(key + ".ko");
            if (korean != null) {
                return korean;
            }
        }
        return texts.get(key);
    }

    @Override
    public String toString() {
        return id + " (in force " + effectiveFrom + " to " + effectiveUntil.map(LocalDate::toString).orElse("today")
                + ", confidence " + confidence + ")";
    }
}
