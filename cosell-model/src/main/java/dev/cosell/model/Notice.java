package dev.cosell.model;

import java.util.List;
import java.util.Locale;

/**
 * Something an assessment's reader must know about the revision it was made under: the evaluation date falls in
 * a span for which no program text was found, a revision was pinned outside its dates, or a benefit could not be
 * evaluated for lack of input. Immutable.
 *
 * @param code      what the notice says, e.g. {@code "revision.gap"}: the key of its text
 * @param arguments the figures its text shows (dates, revision ids)
 */
public record Notice(String code, List<Object> arguments) {

    /** Dates in the known gap between revision 2021-10-21 and revision 2023-08-24. */
    public static final String GAP = "revision.gap";
    /** Dates after the newest text cosell has read (2023-10-23). */
    public static final String AFTER_NEWEST = "revision.afterNewest";
    /** A revision pinned with {@code forRevision} for a date outside its span. */
    public static final String PINNED_OUTSIDE = "revision.pinnedOutside";
    /** Benefit B6 not evaluated: the partner's top-tier pathway figures were not given. */
    public static final String TOP_TIER_NOT_EVALUATED = "B6.notEvaluated";

    /**
     * A notice; the arguments are copied.
     *
     * @param code      the key of its text
     * @param arguments the figures its text shows; copied
     */
    public Notice {
        arguments = Copies.list(arguments);
    }

    /**
     * A notice with the given figures.
     *
     * @param code      the key of its text
     * @param arguments the figures its text shows
     * @return the notice
     */
    public static Notice of(String code, Object... arguments) {
        return new Notice(code, arguments == null ? List.of() : java.util.Arrays.asList(arguments));
    }

    /**
     * {@return the notice in words, in English or Korean}
     *
     * @param locale the language; {@code null} reads English
     */
    public String text(Locale locale) {
        return code == null ? "(no notice)" : Messages.format(code, arguments.toArray(), locale);
    }

    @Override
    public String toString() {
        return text(Locale.ENGLISH);
    }
}
