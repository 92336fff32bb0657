package dev.cosell.rules;

import dev.cosell.model.Benefit;
import dev.cosell.model.Channel;
import dev.cosell.model.Notice;
import dev.cosell.model.Requirement;
import dev.cosell.model.Revision;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The program's calendar: every revision an evaluator knows, in date order, each read (its declaration) and its rule
 * set loaded on first use (so that an evaluator is quick to create and holds only the revisions it was asked for).
 * Thread-safe.
 */
final class Program {
    /** The rows, benefits and channels of revision 2020-05-19: a rule folder's, unless its declaration lists others. */
    static final String BASE_ROWS = "R1.1,R1.2,R2.1,R3.1,R3.2,R3.3,R3.4,R3.5,R3.6,R4.1,R4.2,R4.3";
    static final String BASE_BENEFITS = "B1,B2,B3,B4";
    static final String BASE_CHANNELS = "C1,C2,C3";

    /** The revisions' ids, in date order. */
    private final List<String> ids;
    /** The day each revision comes into force, in the same order. */
    private final LocalDate[] effective;
    /** Each revision and its declaration, read on first use (exactly one of each: batches group by identity). */
    private final AtomicReferenceArray<Declared> declared;
    /** Reads a revision's declaration (the shipped calendar: {@link RevisionFolders#DECLARATIONS}). */
    private final Function<String, Declared> reader;
    /** The last day of the known gap in the sources that follows a revision ({@code gapUntil=}), by revision id. */
    private final Map<String, LocalDate> gapUntil;
    /** The date of the newest text read ({@code newestText=} of the newest revision), or null. */
    private final LocalDate newestText;
    /** Builds a revision's rule set from the revision and its declaration. */
    private final BiFunction<Revision, Properties, RuleSet> loader;
    private final Map<String, RuleSet> loaded = new ConcurrentHashMap<>();
    /** Whether the revisions are chosen by date (the shipped calendar) or one serves every date (a rule folder). */
    private final boolean dated;

    /** A revision and the declaration it was read from. */
    private record Declared(Revision revision, Properties declaration) {
    }

    private Program(List<String> ids, LocalDate[] effective, Function<String, Declared> reader,
                    Map<String, LocalDate> gapUntil, LocalDate newestText,
                    BiFunction<Revision, Properties, RuleSet> loader, boolean dated) {
        this.ids = List.copyOf(ids);
        this.effective = effective;
        this.declared = new AtomicReferenceArray<>(ids.size());
        this.reader = reader;
        this.gapUntil = gapUntil;
        this.newestText = newestText;
        this.loader = loader;
        this.dated = dated;
    }

    /** One rule set for every date: a rule author's folder. */
    static Program single(RuleSet ruleSet) {
        Revision revision = ruleSet.revision();
        Declared declared = new Declared(revision, new Properties());
        return new Program(List.of(revision.id()), new LocalDate[] {revision.effectiveFrom()}, id -> declared,
                Map.of(), null, (r, declaration) -> ruleSet, false);
    }

    /**
     * The shipped calendar, as the build wrote it on the class path ({@link RevisionFolders#INDEX}: the ids, dates and
     * notices' dates); each revision's declaration is read on its first use, its rule set built by {@code loader}.
     *
     * @throws RuleCompilationException if the calendar is missing or malformed (a packaging defect)
     */
    static Program classpath(BiFunction<Revision, Properties, RuleSet> loader) {
        return calendar(Program::load, loader);
    }

    /**
     * The calendar as {@link #classpath} reads it, from {@code resources} (a properties resource by its path on the
     * class path, e.g. {@code dev/cosell/rules/revisions.properties}).
     *
     * @throws RuleCompilationException naming every problem of the calendar: no revision, a revision without a date,
     *                                  a date that is not one, revisions out of date order
     */
    static Program calendar(Function<String, Properties> resources, BiFunction<Revision, Properties, RuleSet> loader) {
        Properties index = resources.apply(CoSellEvaluator.CLASSPATH_RULES + RevisionFolders.INDEX);
        List<String> ids = RevisionFolders.list(index.getProperty("revisions", ""));
        List<RuleProblem> problems = new ArrayList<>();
        if (ids.isEmpty()) {
            problems.add(new RuleProblem(RevisionFolders.INDEX, 0, "", "names no program revision"));
        }
        LocalDate[] effective = new LocalDate[ids.size()];
        Map<String, LocalDate> gaps = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String from = index.getProperty(id + "/effective", "");
            if (from.isBlank()) {
                problems.add(new RuleProblem(RevisionFolders.INDEX, 0, "", "names revision " + id
                        + " but holds no date of it"));
            } else {
                effective[i] = date(from, null, RevisionFolders.INDEX, id + "/effective", problems);
            }
            if (i > 0 && effective[i] != null && effective[i - 1] != null
                    && !effective[i].isAfter(effective[i - 1])) {
                problems.add(new RuleProblem(RevisionFolders.INDEX, 0, "", "revision " + id
                        + " is not in date order"));
            }
            LocalDate until = date(index.getProperty(id + "/gapUntil"), null, RevisionFolders.INDEX, id + "/gapUntil",
                    problems);
            if (until != null) {
                gaps.put(id, until);
            }
        }
        LocalDate newestText = ids.isEmpty() ? null
                : date(index.getProperty(ids.get(ids.size() - 1) + "/newestText"), null, RevisionFolders.INDEX,
                        ids.get(ids.size() - 1) + "/newestText", problems);
        if (!problems.isEmpty()) {
            throw new RuleCompilationException("classpath:" + CoSellEvaluator.CLASSPATH_RULES, problems);
        }
        // A revision's resolved declaration (in its folder's package), read on first use; a declaration that is
        // missing or names unknown rows, benefits or channels, or a bad date, fails that use.
        Function<String, Declared> reader = id -> {
            Properties declaration = resources.apply(folder(id) + RevisionFolders.DECLARATIONS);
            return new Declared(revision(id, declaration, "classpath:" + folder(id)), declaration);
        };
        return new Program(ids, effective, reader, Map.copyOf(gaps), newestText, loader, true);
    }

    /**
     * The revision at a place in the calendar and its declaration, read once.
     *
     * @throws RuleCompilationException if its declaration cannot be read or does not give the calendar's date
     */
    private Declared declared(int i) {
        Declared d = declared.get(i);
        if (d == null) {
            Declared read = reader.apply(ids.get(i));
            if (!read.revision().effectiveFrom().equals(effective[i])) {
                throw new RuleCompilationException("classpath:" + CoSellEvaluator.CLASSPATH_RULES, List.of(
                        new RuleProblem(RevisionFolders.INDEX, 0, "", "gives revision " + ids.get(i) + " the date "
                                + effective[i] + ", its declaration " + read.revision().effectiveFrom())));
            }
            declared.compareAndSet(i, null, read);
            d = declared.get(i);
        }
        return d;
    }

    /** Where a revision folder's own files are on the class path (its package). */
    static String folder(String id) {
        return RevisionFolders.packageOf(id).replace('.', '/') + "/";
    }

    /**
     * A revision from its declaration ({@code revision.properties}); a declaration without rows, benefits or
     * channels has those of revision 2020-05-19, and one without a date is in force from that revision's date.
     *
     * @throws RuleCompilationException naming every unknown row, benefit or channel and a bad date
     */
    static Revision revision(String id, Properties p, String where) {
        List<RuleProblem> problems = new ArrayList<>();
        LocalDate from = date(p.getProperty("effective"), LocalDate.of(2020, 5, 19), "effective", problems);
        LocalDate until = p.getProperty("until", "").isBlank() ? null
                : date(p.getProperty("until"), null, "until", problems);
        List<Requirement> rows = new ArrayList<>();
        for (String row : RevisionFolders.list(p.getProperty("rows", BASE_ROWS))) {
            try {
                rows.add(Requirement.byId(row));
            } catch (IllegalArgumentException e) {
                problems.add(new RuleProblem(RevisionFolders.DECLARATION, 0, "", "rows: " + e.getMessage()));
            }
        }
        rows.sort(null);
        List<Benefit> benefits = byIds(p.getProperty("benefits", BASE_BENEFITS), Benefit.values(), Benefit::id,
                "benefits", "benefit", problems);
        List<Channel> channels = byIds(p.getProperty("channels", BASE_CHANNELS), Channel.values(), Channel::id,
                "channels", "channel", problems);
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(where, problems);
        }
        List<String> sources = new ArrayList<>();
        for (int i = 1; p.getProperty("source." + i) != null; i++) {
            sources.add(p.getProperty("source." + i).strip());
        }
        Map<String, String> texts = new TreeMap<>();
        for (Map.Entry<Object, Object> e : p.entrySet()) {
            if (e.getKey() instanceof String key && e.getValue() instanceof String value
                    && (key.startsWith("status.") || key.startsWith("where."))) {
                texts.put(key, value.strip());
            }
        }
        String base = p.getProperty("base", "").strip();
        return new Revision(id, from, Optional.ofNullable(until), base.isEmpty() ? Optional.empty() : Optional.of(base),
                sources, p.getProperty("confidence", "not stated").strip(), p.getProperty("summary", "").strip(), rows,
                benefits, channels, texts);
    }

    /** What a declaration's list names, by id; an id none has is a problem ({@code benefits: unknown benefit 'B9'}). */
    private static <T> List<T> byIds(String csv, T[] known, Function<T, String> idOf, String key, String what,
                                     List<RuleProblem> problems) {
        List<T> found = new ArrayList<>();
        for (String id : RevisionFolders.list(csv)) {
            T match = null;
            for (T candidate : known) {
                if (idOf.apply(candidate).equals(id)) {
                    match = candidate;
                }
            }
            if (match != null) {
                found.add(match);
            } else {
                problems.add(new RuleProblem(RevisionFolders.DECLARATION, 0, "", key + ": unknown " + what + " '" + id
                        + "'"));
            }
        }
        return found;
    }

    private static LocalDate date(String text, LocalDate otherwise, String key, List<RuleProblem> problems) {
        return date(text, otherwise, RevisionFolders.DECLARATION, key, problems);
    }

    private static LocalDate date(String text, LocalDate otherwise, String file, String key,
                                  List<RuleProblem> problems) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new RuleProblem(file, 0, "", key + "=" + text.strip()
                    + " is not a date (yyyy-MM-dd)"));
            return otherwise;
        }
    }

    /**
     * Every revision, in date order.
     *
     * @throws RuleCompilationException if a revision's declaration cannot be read (a packaging defect)
     */
    List<Revision> revisions() {
        List<Revision> all = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            all.add(declared(i).revision());
        }
        return List.copyOf(all);
    }

    /** The revisions' ids, in date order (nothing read). */
    List<String> ids() {
        return ids;
    }

    boolean dated() {
        return dated;
    }

    Revision first() {
        return declared(0).revision();
    }

    Revision newest() {
        return declared(ids.size() - 1).revision();
    }

    /** The revision in force on a day; empty before the first (for a rule folder: its one revision, always). */
    Optional<Revision> on(LocalDate day) {
        if (!dated) {
            return Optional.of(first());
        }
        for (int i = effective.length - 1; i >= 0; i--) {
            if (!day.isBefore(effective[i])) {
                return Optional.of(declared(i).revision());
            }
        }
        return Optional.empty();
    }

    /** The revision with an id, or empty. */
    Optional<Revision> byId(String id) {
        int i = ids.indexOf(id);
        return i < 0 ? Optional.empty() : Optional.of(declared(i).revision());
    }

    /** A revision's rule set, loaded (precompiled, or compiled) and checked on first use. */
    RuleSet ruleSet(Revision revision) {
        return loaded.computeIfAbsent(revision.id(), id -> {
            int i = ids.indexOf(id);
            return loader.apply(revision, i < 0 ? new Properties() : declared(i).declaration());
        });
    }

    /**
     * What the reader of an assessment made under {@code revision} for {@code day} must know: the day is in the
     * gap that follows a revision ({@code gapUntil=}) or after the newest text read ({@code newestText=}), or the
     * revision was pinned although not in force on the day.
     */
    List<Notice> notices(Revision revision, LocalDate day, boolean pinned) {
        if (!dated) {
            return List.of();
        }
        List<Notice> notices = new ArrayList<>(1);
        if (pinned && !revision.inForceOn(day)) {
            notices.add(Notice.of(Notice.PINNED_OUTSIDE, revision.id(), revision.effectiveFrom(),
                    revision.effectiveUntil().map(LocalDate::toString).orElse("today"), day));
        }
        LocalDate gapEnd = gapUntil.get(revision.id());
        if (gapEnd != null && !day.isBefore(revision.effectiveFrom()) && !day.isAfter(gapEnd)) {
            notices.add(Notice.of(Notice.GAP, revision.effectiveFrom(), gapEnd, revision.id(),
                    newestText == null ? effective[effective.length - 1] : newestText));
        }
        if (newestText != null && revision.id().equals(ids.get(ids.size() - 1)) && day.isAfter(newestText)) {
            notices.add(Notice.of(Notice.AFTER_NEWEST, newestText, revision.id()));
        }
        return notices;
    }

    /**
     * A properties resource the build wrote beside the calendar.
     *
     * @throws RuleCompilationException if it is missing or cannot be read (a packaging defect)
     */
    static Properties load(String path) {
        Properties p = new Properties();
        InputStream in = CoSellEvaluator.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new RuleCompilationException("classpath:" + CoSellEvaluator.CLASSPATH_RULES, List.of(new RuleProblem(
                    path, 0, "", "is not on the classpath (the library was built without its program revisions)")));
        }
        try (in) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RuleCompilationException("classpath:" + CoSellEvaluator.CLASSPATH_RULES, List.of(new RuleProblem(
                    path, 0, "", "cannot be read: " + e.getMessage())));
        }
        return p;
    }
}
