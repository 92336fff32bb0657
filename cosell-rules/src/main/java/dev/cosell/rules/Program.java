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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The program's calendar: every revision an evaluator knows, in date order, with its rule set loaded on first use
 * (so that an evaluator is quick to create and holds only the revisions it was asked for). Thread-safe.
 */
final class Program {
    /** The rows, benefits and channels of revision 2020-05-19: a rule folder's, unless its declaration lists others. */
    static final String BASE_ROWS = "R1.1,R1.2,R2.1,R3.1,R3.2,R3.3,R3.4,R3.5,R3.6,R4.1,R4.2,R4.3";
    static final String BASE_BENEFITS = "B1,B2,B3,B4";
    static final String BASE_CHANNELS = "C1,C2,C3";

    private final List<Revision> revisions;
    /** Each revision's declaration, for its rule set. */
    private final Map<String, Properties> declarations;
    /** The last day of the known gap in the sources that follows a revision ({@code gapUntil=}), by revision id. */
    private final Map<String, LocalDate> gapUntil;
    /** The date of the newest text read ({@code newestText=} of the newest revision), or null. */
    private final LocalDate newestText;
    /** Builds a revision's rule set from the revision and its declaration (read once, by {@link #classpath}). */
    private final BiFunction<Revision, Properties, RuleSet> loader;
    private final Map<String, RuleSet> loaded = new ConcurrentHashMap<>();
    /** Whether the revisions are chosen by date (the shipped calendar) or one serves every date (a rule folder). */
    private final boolean dated;

    private Program(List<Revision> revisions, Map<String, Properties> declarations, Map<String, LocalDate> gapUntil,
                    LocalDate newestText, BiFunction<Revision, Properties, RuleSet> loader, boolean dated) {
        this.revisions = List.copyOf(revisions);
        this.declarations = declarations;
        this.gapUntil = gapUntil;
        this.newestText = newestText;
        this.loader = loader;
        this.dated = dated;
    }

    /** One rule set for every date: a rule author's folder. */
    static Program single(RuleSet ruleSet) {
        return new Program(List.of(ruleSet.revision()), Map.of(ruleSet.revision().id(), new Properties()), Map.of(),
                null, (r, declaration) -> ruleSet, false);
    }

    /** The shipped calendar, as the build wrote it on the class path; rule sets built by {@code loader}. */
    static Program classpath(BiFunction<Revision, Properties, RuleSet> loader) {
        Properties index = load(CoSellEvaluator.CLASSPATH_RULES + RevisionFolders.INDEX);
        List<Revision> revisions = new ArrayList<>();
        Map<String, Properties> declarations = new LinkedHashMap<>();
        for (String id : RevisionFolders.list(index.getProperty("revisions", ""))) {
            Properties declaration = declaration(index, id);
            declarations.put(id, declaration);
            revisions.add(revision(id, declaration, "classpath:" + folder(id)));
        }
        if (revisions.isEmpty()) {
            throw new RuleCompilationException("classpath:" + CoSellEvaluator.CLASSPATH_RULES, List.of(new RuleProblem(
                    RevisionFolders.INDEX, 0, "", "names no program revision")));
        }
        // The notices' dates, read once: every assessment consults them.
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, LocalDate> gaps = new HashMap<>();
        declarations.forEach((id, declaration) -> {
            LocalDate until = date(declaration.getProperty("gapUntil"), null, "gapUntil", problems);
            if (until != null) {
                gaps.put(id, until);
            }
        });
        Revision newest = revisions.get(revisions.size() - 1);
        LocalDate newestText = date(declarations.get(newest.id()).getProperty("newestText"), null, "newestText",
                problems);
        if (!problems.isEmpty()) {
            throw new RuleCompilationException("classpath:" + CoSellEvaluator.CLASSPATH_RULES, problems);
        }
        return new Program(revisions, declarations, Map.copyOf(gaps), newestText, loader, true);
    }

    /**
     * A revision's resolved declaration: its keys in the index, prefixed {@code <id>/}.
     *
     * @throws RuleCompilationException if the index holds none (a packaging defect)
     */
    private static Properties declaration(Properties index, String id) {
        String prefix = id + "/";
        Properties declaration = new Properties();
        for (String key : index.stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                declaration.setProperty(key.substring(prefix.length()), index.getProperty(key));
            }
        }
        if (declaration.isEmpty()) {
            throw new RuleCompilationException("classpath:" + CoSellEvaluator.CLASSPATH_RULES, List.of(new RuleProblem(
                    RevisionFolders.INDEX, 0, "", "names revision " + id + " but holds no declaration of it")));
        }
        return declaration;
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
        List<Benefit> benefits = new ArrayList<>();
        for (String id2 : RevisionFolders.list(p.getProperty("benefits", BASE_BENEFITS))) {
            Optional<Benefit> b = java.util.Arrays.stream(Benefit.values()).filter(x -> x.id().equals(id2)).findFirst();
            b.ifPresentOrElse(benefits::add, () -> problems.add(new RuleProblem(RevisionFolders.DECLARATION, 0, "",
                    "benefits: unknown benefit '" + id2 + "'")));
        }
        List<Channel> channels = new ArrayList<>();
        for (String id2 : RevisionFolders.list(p.getProperty("channels", BASE_CHANNELS))) {
            Optional<Channel> c = java.util.Arrays.stream(Channel.values()).filter(x -> x.id().equals(id2)).findFirst();
            c.ifPresentOrElse(channels::add, () -> problems.add(new RuleProblem(RevisionFolders.DECLARATION, 0, "",
                    "channels: unknown channel '" + id2 + "'")));
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(where, problems);
        }
        List<String> sources = new ArrayList<>();
        for (int i = 1; p.getProperty("source." + i) != null; i++) {
            sources.add(p.getProperty("source." + i).strip());
        }
        Map<String, String> texts = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("status.") || key.startsWith("where.")) {
                texts.put(key, p.getProperty(key).strip());
            }
        }
        String base = p.getProperty("base", "").strip();
        return new Revision(id, from, Optional.ofNullable(until), base.isEmpty() ? Optional.empty() : Optional.of(base),
                sources, p.getProperty("confidence", "not stated").strip(), p.getProperty("summary", "").strip(), rows,
                benefits, channels, texts);
    }

    private static LocalDate date(String text, LocalDate otherwise, String key, List<RuleProblem> problems) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new RuleProblem(RevisionFolders.DECLARATION, 0, "", key + "=" + text.strip()
                    + " is not a date (yyyy-MM-dd)"));
            return otherwise;
        }
    }

    List<Revision> revisions() {
        return revisions;
    }

    boolean dated() {
        return dated;
    }

    Revision first() {
        return revisions.get(0);
    }

    Revision newest() {
        return revisions.get(revisions.size() - 1);
    }

    /** The revision in force on a day; empty before the first (for a rule folder: its one revision, always). */
    Optional<Revision> on(LocalDate day) {
        if (!dated) {
            return Optional.of(revisions.get(0));
        }
        Revision inForce = null;
        for (Revision r : revisions) {
            if (!day.isBefore(r.effectiveFrom())) {
                inForce = r;
            }
        }
        return Optional.ofNullable(inForce);
    }

    /** The revision with an id, or empty. */
    Optional<Revision> byId(String id) {
        return revisions.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** A revision's rule set, loaded (precompiled, or compiled) and checked on first use. */
    RuleSet ruleSet(Revision revision) {
        return loaded.computeIfAbsent(revision.id(),
                id -> loader.apply(revision, declarations.getOrDefault(id, new Properties())));
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
                    newestText == null ? newest().effectiveFrom() : newestText));
        }
        if (newestText != null && revision.id().equals(newest().id()) && day.isAfter(newestText)) {
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
