package dev.cosell.rules;

import dev.cosell.model.Assessment;
import dev.cosell.model.Collateral;
import dev.cosell.model.Competency;
import dev.cosell.model.Offer;
import dev.cosell.model.Partner;
import dev.cosell.model.RevenueRecord;
import dev.cosell.model.Revision;
import dev.cosell.model.SalesContact;
import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionResult;
import dev.cosell.model.SubmissionValidator;
import dev.cosell.model.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates offers against the co-sell program, as the DRL rules encode it.
 *
 * <pre>{@code
 * CoSellEvaluator evaluator = CoSellEvaluator.create();      // once: loads the rules
 * Assessment assessment = evaluator.evaluate(partner, offer, LocalDate.of(2020, 7, 1));
 * System.out.println(assessment.status());
 * }</pre>
 *
 * <p><b>Thread safety.</b> An evaluator is immutable and thread-safe: build it once, keep it (it holds the
 * compiled rules, which take a moment to build), and share it between threads. Every call works in a rule
 * session of its own, taken from a pool of the rule set and reset after use. {@code evaluateAll} evaluates on
 * the calling thread unless the evaluator was made with {@link #withParallelism(int)}.
 *
 * <p><b>Languages.</b> Findings and next steps read in English unless the evaluator was made for another
 * language with {@link #withLocale(Locale)}: cosell has English and Korean texts; any other locale reads
 * English. {@link dev.cosell.model.Finding#message(Locale)} gives a finding's text in any language.
 *
 * <p><b>Errors.</b> Every exception is a {@link CoSellException}: {@link InvalidSubmissionException} names every
 * problem of an invalid submission at once; {@link RuleCompilationException} names every broken rule with file
 * and line; {@link EvaluationException} reports a defect of the rule set at run time, naming the rule and the
 * offer. In {@link #evaluateAll} a failure of the rules on one submission is that submission's result: the
 * others are evaluated as usual.
 *
 * <p><b>Rules that do not stop.</b> Every evaluation is guarded: the rules may fire at most {@link #fireLimit()}
 * times for one submission (default 10,000) and one rule session may run at most {@link #timeLimit()} (default
 * 10 seconds); past either limit, or when the evaluating thread is interrupted, the session is halted and the
 * submission fails with an {@link EvaluationException} naming the rule. Change the limits with
 * {@link #withFireLimit(int)} and {@link #withTimeLimit(java.time.Duration)}.
 *
 * <p><b>Trust boundary.</b> A rule folder ({@link #fromDirectory(Path)}) is code: a rule's action is Java that
 * runs with every permission of the application (it can read and write files, open connections, or end the
 * JVM). Load rule folders only from authors you trust as you trust the application's own code. The guard stops
 * rules that fire without end, not rules written to do harm.
 */
public final class CoSellEvaluator {
    private static final Logger LOG = LoggerFactory.getLogger(CoSellEvaluator.class);

    /** Where the classpath rule set lives. */
    static final String CLASSPATH_RULES = "dev/cosell/rules/";
    /**
     * The index of the classpath rules precompiled at build time: the kie-maven-plugin writes it under the
     * module's group and artifact id.
     */
    static final String PRECOMPILED_MODEL = "META-INF/kie/dev.cosell/cosell-rules/drools-model";
    /** How many submissions {@link #evaluateAll(Stream)} evaluates in one rule session, at most. */
    static final int BATCH_SIZE = 256;
    /**
     * How many list elements (competencies, enrollments, revenue records, countries, contacts and theirs, other
     * documents) the submissions of one batch hold together, at most, unless one submission alone holds more.
     */
    static final int BATCH_ELEMENTS = 10_000;
    /** How many characters of text the submissions of one batch hold together, at most (2 Mi), unless one alone holds more. */
    static final int BATCH_CHARS = 2 * 1024 * 1024;
    /**
     * How many times the submission and element bounds above a batch may hold when its dates fall under several
     * program revisions: those bounds hold for the submissions of each revision, and this many times them for the
     * batch (the character bound holds for the batch). Each revision's submissions are evaluated in a rule session
     * of their own, and switching between the rules of many revisions costs per session; with longer sessions, a
     * batch of mixed dates costs little more than one of a single revision (see BENCHMARKS.md, "Program revisions").
     */
    static final int BATCH_REVISIONS = 4;

    /** The program's revisions and their rule sets, shared by every evaluator derived from this one. */
    private final Program program;
    /** The revision that serves every date (see {@link #forRevision}); null to choose by date. */
    private final Revision pinned;
    /** Names of rules that never fire in this evaluator (see {@link #withoutRules}); usually empty. */
    private final Set<String> disabledRules;
    private final Locale locale;
    /** How many batches {@link #evaluateAll} evaluates at once (see {@link #withParallelism}); usually 1. */
    private final int parallelism;
    /** What stops rules that do not stop (see {@link #withFireLimit} and {@link #withTimeLimit}). */
    private final Guard guard;

    private CoSellEvaluator(Program program, Revision pinned, Set<String> disabledRules, Locale locale,
                            int parallelism, Guard guard) {
        this.program = program;
        this.pinned = pinned;
        this.disabledRules = disabledRules;
        this.locale = locale;
        this.parallelism = parallelism;
        this.guard = guard;
    }

    CoSellEvaluator(RuleSet ruleSet) {
        this(Program.single(ruleSet), null, Set.of(), Locale.ENGLISH, 1, Guard.DEFAULT);
    }

    private CoSellEvaluator with(Revision pinned, Set<String> disabledRules, Locale locale, int parallelism,
                                 Guard guard) {
        return new CoSellEvaluator(program, pinned, disabledRules, locale, parallelism, guard);
    }

    /**
     * An evaluator over the rules shipped in this library: every revision of the co-sell program from 2020-05-19 to
     * 2023-08-24 (see {@link #revisions()}), each chosen by the evaluation date. The build compiles the rules to Java
     * classes (Drools' executable model); each revision is loaded on its first use, which takes a moment: build one
     * evaluator and share it.
     *
     * @return an evaluator over the shipped rules, in English, choosing the revision by date
     * @throws RuleCompilationException if the shipped calendar cannot be read (a packaging defect); a revision whose
     *                                  declaration cannot be read, or whose rules cannot be loaded or fail the
     *                                  rule-set checks, fails its first use (an evaluation, {@link #revisions()},
     *                                  {@link #forRevision}) with this exception
     */
    public static CoSellEvaluator create() {
        Map<String, String> models = precompiledModelNames();
        if (models.isEmpty()) {
            LOG.warn("{} holds no precompiled rules (the library was not built with its kie-maven-plugin); "
                    + "compiling the DRL files instead, which takes longer", PRECOMPILED_MODEL);
        }
        Program program = Program.classpath((revision, declaration) -> {
            long start = System.nanoTime();
            // Only the revision asked for is loaded: its rules, built by the generated classes of the files' copy.
            String model = models.get(RevisionFolders.COMPILED_PACKAGE);
            RuleSet ruleSet = model == null ? classpathRules(revision, declaration, CoSellEvaluator::compiledAsOnePackage)
                    : RuleSet.precompiled(classpathName(revision), revision, precompiledRules(revision),
                            precompiledModel(model));
            LOG.debug("loaded {} rules of revision {} ({}) in {} ms", ruleSet.rules().size(), revision.id(),
                    model != null ? "precompiled" : "compiled from DRL", (System.nanoTime() - start) / 1_000_000);
            return ruleSet;
        });
        return new CoSellEvaluator(program, null, Set.of(), Locale.ENGLISH, 1, Guard.DEFAULT);
    }

    /**
     * An evaluator over the shipped calendar whose revisions are compiled from their DRL files at first use, not
     * loaded precompiled: what {@link #create()} falls back to; tests compare the two.
     */
    static CoSellEvaluator compiledFromDrl() {
        return new CoSellEvaluator(Program.classpath((revision, declaration) -> classpathRules(revision, declaration,
                CoSellEvaluator::compiledAsOnePackage)), null, Set.of(), Locale.ENGLISH, 1, Guard.DEFAULT);
    }

    /**
     * A revision's rules as the build listed them for its precompiled rule set ({@link RevisionFolders#RULES}): in
     * declaration order, each with its file, line, name and name in the precompiled copy. Reading this list spares a
     * revision's first use reading and scanning its DRL files.
     *
     * @throws RuleCompilationException if the list is missing or malformed (a packaging defect)
     */
    static List<RuleSet.Declaration> precompiledRules(Revision revision) {
        String path = Program.folder(revision.id()) + RevisionFolders.RULES;
        Properties p = Program.load(path);
        List<RuleSet.Declaration> rules = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (int i = 1; p.getProperty(i + ".rule") != null; i++) {
            String rule = p.getProperty(i + ".rule");
            String file = p.getProperty(i + ".file", "");
            int line = 0;
            try {
                line = Integer.parseInt(p.getProperty(i + ".line", "").strip());
            } catch (NumberFormatException e) {
                // reported below
            }
            if (file.isBlank() || line < 1) {
                problems.add(new RuleProblem(path, 0, rule, "rule " + i + " has no file or line"));
            } else {
                rules.add(new RuleSet.Declaration(file, line, rule, p.getProperty(i + ".compiled", rule)));
            }
        }
        if (rules.isEmpty() && problems.isEmpty()) {
            problems.add(new RuleProblem(path, 0, "", "lists no rule"));
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException("classpath:" + CLASSPATH_RULES, problems);
        }
        return rules;
    }

    /**
     * A revision's files compiled from DRL as one package (the revision's, {@code dev.cosell.rules.r<id>}), as a
     * revision folder's resolved files compile in a rule author's folder: every function any of the files defines
     * serves them all, and rules of equal salience fire in the order the files declare them.
     */
    static RuleSet compiledAsOnePackage(String name, Revision revision, List<RuleSource> sources) {
        String pkg = RevisionFolders.packageOf(revision.id());
        return RuleSet.compile(name, revision, sources.stream().map(source -> source.inPackage(pkg)).toList());
    }

    /** How a rule set is built from its name, revision and DRL files. */
    interface RuleSetBuilder {
        /** The rule set. */
        RuleSet build(String name, Revision revision, List<RuleSource> sources);
    }

    /**
     * A revision's classpath rule set, built from the DRL files its resolved {@code revision.properties} (its
     * {@code declaration}) lists, in its order, each read from the package of the revision folder it comes from. Each
     * file is named by that folder, e.g. {@code 2020-09-02/R3.7-architecture-diagram.drl}, as a rule author finds it
     * in the sources.
     */
    static RuleSet classpathRules(Revision revision, Properties declaration, RuleSetBuilder builder) {
        List<RuleSource> sources = new ArrayList<>();
        for (String file : RevisionFolders.list(declaration.getProperty("files", ""))) {
            String origin = declaration.getProperty("origin." + file, revision.id());
            sources.add(new RuleSource(origin + "/" + file, readResource(Program.folder(origin) + file)));
        }
        return builder.build(classpathName(revision), revision, sources);
    }

    /** The name of a revision's classpath rule set, as errors show it. */
    static String classpathName(Revision revision) {
        return "classpath:" + CLASSPATH_RULES + " (revision " + revision.id() + ")";
    }

    /**
     * The classes the build generated from the classpath rules (Drools' executable model), by package, as the
     * build's index names them (one, {@link RevisionFolders#COMPILED_PACKAGE}); empty if there is no index (a build that skipped the
     * kie-maven-plugin, as some IDEs do). Nothing is loaded: the classes are loaded when a revision needs its rules.
     */
    static Map<String, String> precompiledModelNames() {
        ClassLoader loader = CoSellEvaluator.class.getClassLoader();
        InputStream in = loader.getResourceAsStream(PRECOMPILED_MODEL);
        if (in == null) {
            return Map.of();
        }
        String index;
        try (in) {
            index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw unreadable(PRECOMPILED_MODEL, e);
        }
        // First line: the Drools version ("Drools-Model-Version:10.2.0"); then one model class a line.
        Map<String, String> models = new LinkedHashMap<>();
        for (String name : index.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.contains(":"))
                .toList()) {
            models.put(name.substring(0, Math.max(0, name.lastIndexOf('.'))), name);
        }
        return models;
    }

    /**
     * Every class the build's index names, loaded, by package (what tests check the build against).
     *
     * @throws RuleCompilationException if the index names a class that is not on the classpath
     */
    static Map<String, Class<?>> precompiledModels() {
        Map<String, Class<?>> models = new LinkedHashMap<>();
        precompiledModelNames().forEach((pkg, name) -> models.put(pkg, precompiledModel(name)));
        return models;
    }

    /**
     * A generated model class, loaded.
     *
     * @throws RuleCompilationException if it is not on the classpath
     */
    static Class<?> precompiledModel(String name) {
        try {
            return Class.forName(name, false, CoSellEvaluator.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new RuleCompilationException("classpath:" + CLASSPATH_RULES, List.of(new RuleProblem(
                    PRECOMPILED_MODEL, 0, "", "names " + name + ", which cannot be loaded: " + e)));
        }
    }

    /**
     * An evaluator over a rule author's folder of DRL files, compiled now: every {@code *.drl} file below
     * {@code directory}, those that the folder's {@code ruleset.properties} lists first and in its order, then the
     * others in path order, with the revision that file names ({@code "unversioned"} without it). Compiling DRL
     * needs the DRL compiler on the class path: the dependency {@code dev.cosell:cosell-drl-compiler}
     * ({@code <type>pom</type>}), which {@link #create()} does without.
     *
     * <p><b>The folder is code:</b> its rules run with every permission of the application; load folders only
     * from trusted authors. Within the folder, links that point outside it are not followed (the folder is
     * rejected, naming the link), and nothing of a file outside the folder is read or shown. A folder may hold at
     * most {@value RuleFolder#MAX_FILES} DRL files, each at most {@value RuleFolder#MAX_FILE_BYTES} bytes and
     * together at most {@value RuleFolder#MAX_FOLDER_BYTES} bytes, with parentheses and brackets nested at most
     * {@value RuleFolder#MAX_NESTING} deep (the rule parser's time grows exponentially with nesting); a folder
     * past a limit is rejected before anything is compiled.
     *
     * @param directory the folder of DRL files, searched with its subfolders
     * @return an evaluator over the folder's rules, in English
     * @throws RuleCompilationException listing every compile error as {@code file:line: message} (with the rule's
     *                                  name) and every failed rule-set check, or naming the folder if it is
     *                                  {@code null}, cannot be read, holds no DRL file or passes a limit, or
     *                                  naming the file the compiler broke down on (for example a constraint
     *                                  nested too deep for its stack), or naming the dependency to add if the DRL
     *                                  compiler is not on the class path
     */
    public static CoSellEvaluator fromDirectory(Path directory) {
        return new CoSellEvaluator(RuleFolder.compile(directory));
    }

    /**
     * The program revisions this evaluator knows, in date order: for {@link #create()} every revision of the
     * calendar (2020-05-19 to 2023-08-24), each with its dates, sources, confidence, rows and names; for a rule
     * folder, its one revision.
     *
     * @return the revisions, oldest first
     * @throws RuleCompilationException if a shipped revision's declaration cannot be read (a packaging defect; each
     *                                  is read on first use)
     */
    public List<Revision> revisions() {
        return program.revisions();
    }

    /**
     * The revision this evaluator applies on a date: the pinned one ({@link #forRevision}), else the one in force
     * on the date (the latest whose date is on or before it).
     *
     * @param day the evaluation date
     * @return the revision, or empty for a date before the first revision (unless one is pinned)
     * @throws IllegalArgumentException if {@code day} is {@code null}
     */
    public Optional<Revision> revisionOn(LocalDate day) {
        if (day == null) {
            throw new IllegalArgumentException("day is missing");
        }
        return pinned != null ? Optional.of(pinned) : program.on(day);
    }

    /**
     * An evaluator that shares this one's rules and applies one revision to every date, whatever its own dates:
     * to compare revisions, or to evaluate a date before the first. An assessment made for a date outside the
     * revision's span carries a notice saying so.
     *
     * @param id the revision's id, e.g. {@code "2021-02-24"}, as {@link #revisions()} lists it
     * @return a new evaluator; this one is unchanged
     * @throws IllegalArgumentException naming the known revisions if there is no revision with that id, or if
     *                                  {@code id} is {@code null}
     */
    public CoSellEvaluator forRevision(String id) {
        if (id == null) {
            throw new IllegalArgumentException("id is missing; the revisions are " + String.join(", ", program.ids()));
        }
        Optional<Revision> revision = program.byId(id.strip());
        if (revision.isEmpty()) {
            throw new IllegalArgumentException("no program revision '" + id + "'; the revisions are "
                    + String.join(", ", program.ids()));
        }
        return with(revision.get(), disabledRules, locale, parallelism, guard);
    }

    /** {@return the revision this evaluator applies to every date, or empty if it chooses by date} */
    public Optional<Revision> pinnedRevision() {
        return Optional.ofNullable(pinned);
    }

    /**
     * An evaluator over the same compiled rules in which the named rules never fire: a rule author's tool to
     * check that the scenarios notice when a rule goes missing (rule mutation). The original evaluator is
     * unchanged. With a rule disabled, an offer may get no finding for a row; evaluation then fails with an
     * {@link EvaluationException} naming the row.
     *
     * @param ruleNames names of rules of this rule set, as {@link #rules()} lists them (of the pinned revision, or
     *                  of the newest when none is pinned; the names are disabled in every revision)
     * @return a new evaluator; this one is unchanged
     * @throws IllegalArgumentException naming every given name that is not a rule of this rule set, or if
     *                                  {@code ruleNames} is {@code null}
     */
    public CoSellEvaluator withoutRules(Collection<String> ruleNames) {
        if (ruleNames == null) {
            throw new IllegalArgumentException("ruleNames is missing");
        }
        RuleSet ruleSet = program.ruleSet(pinned != null ? pinned : program.newest());
        Set<String> known = ruleSet.rules().stream().map(RuleInfo::name).collect(Collectors.toSet());
        List<String> unknown = ruleNames.stream().filter(n -> !known.contains(n)).map(n -> "\"" + n + "\"").toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("not rules of rule set " + ruleSet.name() + ": "
                    + String.join(", ", unknown));
        }
        Set<String> disabled = new HashSet<>(disabledRules);
        disabled.addAll(ruleNames);
        return with(pinned, Set.copyOf(disabled), locale, parallelism, guard);
    }

    /**
     * Evaluates one offer of a partner on a date.
     *
     * @param partner the partner who owns the offer
     * @param offer   the offer to evaluate
     * @param asOf    the evaluation date; the rules never read the clock
     * @return where the offer stands on {@code asOf}, in this evaluator's language
     * @throws InvalidSubmissionException naming every problem if the submission is invalid; a {@code null}
     *                                    argument is reported as a missing field
     * @throws EvaluationException        if the rules fail (a defect of the rule set: a rule's action threw, or
     *                                    a rule did not stop within the fire limit or the time limit), naming the
     *                                    rule and the offer, or if the thread was interrupted
     */
    public Assessment evaluate(Partner partner, Offer offer, LocalDate asOf) {
        return evaluate(new Submission(partner, offer, asOf));
    }

    /**
     * Evaluates one submission.
     *
     * @param submission the partner, offer and evaluation date
     * @return where the offer stands on the submission's date, in this evaluator's language
     * @throws InvalidSubmissionException naming every problem if the submission is invalid (or {@code null})
     * @throws EvaluationException        if the rules fail (a defect of the rule set: a rule's action threw, or
     *                                    a rule did not stop within the fire limit or the time limit), naming the
     *                                    rule and the offer, or if the thread was interrupted
     */
    public Assessment evaluate(Submission submission) {
        validate(submission);
        Revision revision = revisionOf(submission);
        if (revision == null) {
            throw new InvalidSubmissionException(subject(submission), List.of(beforeFirst(submission)));
        }
        BatchEvaluation.Outcome outcome = run(List.of(submission), revision).get(0);
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        return outcome.assessment();
    }

    /**
     * Evaluates many submissions, of one or many partners, lazily and in order: submissions are read and
     * evaluated a batch at a time (one rule session per program revision in the batch), so neither all inputs nor
     * all results need be in memory at once. Of each revision its dates fall under, a batch holds at most
     * {@value #BATCH_SIZE} submissions holding together at most {@value #BATCH_ELEMENTS} list elements, and in all
     * at most {@value #BATCH_REVISIONS} times that and {@value #BATCH_CHARS} characters of text, or one submission
     * heavier than that: the memory in flight is bounded by a batch per batch in flight, whatever the sizes and
     * dates of the submissions. Each result is the submission's assessment, or, for an invalid submission, its
     * violations, or, for a submission the rules fail on (a rule's action threw, or a rule did not stop within the
     * fire limit or the time limit), the {@link EvaluationException} naming the rule and the offer: neither an
     * invalid submission nor a failure of the rules on one submission stops the others. If the given stream
     * fails, the results of every submission it gave before failing come first, then its exception. Close the
     * returned stream to close the given one. Batches are evaluated on the calling thread, one after the other, unless this evaluator was
     * made with {@link #withParallelism}. Input whose dates mix revisions is read further ahead than input of one
     * revision, so that each revision's session has more to evaluate: switching between the rules of many
     * revisions costs per session.
     *
     * <pre>{@code
     * try (Stream<SubmissionResult> results = evaluator.evaluateAll(submissions)) {
     *     results.forEach(r -> r.assessment().ifPresentOrElse(
     *             a -> System.out.println(a.offerId() + ": " + a.status()),
     *             () -> System.out.println("submission " + r.position() + ": " + r.violations())));
     * }
     * }</pre>
     *
     * @param submissions the submissions, read as the results are consumed; may hold {@code null}s, each reported
     *                    as an invalid submission
     * @return one result per submission, in input order; close it to close {@code submissions}
     * @throws InvalidSubmissionException if {@code submissions} is {@code null}
     * @throws EvaluationException        (from the returned stream) if the thread was interrupted
     */
    public Stream<SubmissionResult> evaluateAll(Stream<Submission> submissions) {
        if (submissions == null) {
            throw new InvalidSubmissionException("submissions", List.of(new Violation("submissions", "is missing")));
        }
        // A submission's group is its revision, null for one without a date or dated before the first revision
        // (rejected, never in a session); none when one revision serves every date (pinned, or a rule folder).
        Batcher input = new Batcher(submissions.iterator(), pinned != null || !program.dated() ? null
                : this::revisionOf);
        ArrayDeque<FutureTask<List<SubmissionResult>>> inFlight = new ArrayDeque<>(parallelism);
        Spliterator<SubmissionResult> batches = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            private Iterator<SubmissionResult> current = Collections.emptyIterator();
            private long position;
            /** How many batches were read: its parity sets the order of a batch's revisions (see evaluateBatch). */
            private long batchesRead;
            /** What the input threw; thrown once the results of every submission read before it are out. */
            private RuntimeException inputFailed;

            @Override
            public boolean tryAdvance(Consumer<? super SubmissionResult> action) {
                while (!current.hasNext()) {
                    // Read ahead: up to `parallelism` batches are read (on this thread, which alone touches the
                    // input) and handed to the pool; with parallelism 1 nothing is handed over.
                    while (inFlight.size() < parallelism && inputFailed == null) {
                        List<Submission> batch = new ArrayList<>();
                        inputFailed = input.read(batch);
                        if (batch.isEmpty()) {
                            break;
                        }
                        long first = position;
                        position += batch.size();
                        boolean newestFirst = batchesRead++ % 2 == 1;
                        FutureTask<List<SubmissionResult>> task = new FutureTask<>(
                                () -> evaluateBatch(batch, first, newestFirst));
                        inFlight.add(task);
                        if (parallelism > 1) {
                            ForkJoinPool.commonPool().execute(task);
                        }
                    }
                    FutureTask<List<SubmissionResult>> next = inFlight.poll();
                    if (next == null) {
                        if (inputFailed != null) {
                            RuntimeException failure = inputFailed;
                            inputFailed = null;
                            throw failure;
                        }
                        return false;
                    }
                    current = outcome(next, inFlight).iterator();
                }
                action.accept(current.next());
                return true;
            }
        };
        return StreamSupport.stream(batches, false).onClose(() -> {
            inFlight.forEach(task -> task.cancel(false));
            submissions.close();
        });
    }

    /**
     * An evaluator that shares this one's compiled rules and whose {@link #evaluateAll} evaluates up to
     * {@code batchesInFlight} batches (see {@link #evaluateAll}) at once, on the common fork-join pool
     * and the calling thread; results still come in input order, and at most that many batches are read ahead.
     * The default, 1, evaluates on the calling thread only. {@link #evaluate} is not affected.
     *
     * @param batchesInFlight how many batches may be evaluated at once, 1 or more
     * @return a new evaluator; this one is unchanged
     * @throws IllegalArgumentException if {@code batchesInFlight} is less than 1
     */
    public CoSellEvaluator withParallelism(int batchesInFlight) {
        if (batchesInFlight < 1) {
            throw new IllegalArgumentException("batchesInFlight must be at least 1, was " + batchesInFlight);
        }
        return with(pinned, disabledRules, locale, batchesInFlight, guard);
    }

    /**
     * {@return how many batches {@link #evaluateAll} evaluates at once: 1 unless {@link #withParallelism} says
     * more}
     */
    public int parallelism() {
        return parallelism;
    }

    /**
     * Cuts the input into batches. The submissions of a batch that fall under one revision (a group) are at most
     * {@link #BATCH_SIZE}, holding together at most {@link #BATCH_ELEMENTS} list elements; the whole batch holds at
     * most {@link #BATCH_REVISIONS} times each, and at most {@link #BATCH_CHARS} characters of text. A submission
     * that would take its group or the batch beyond a bound starts the next batch, and a submission heavier than a
     * bound alone is a group of its own. So a group weighs at most the bounds or one submission, and a batch at
     * most {@link #BATCH_REVISIONS} times the bounds of submissions and elements and the bound of characters, or
     * one submission: input of one revision (or sorted by date) is cut as if there were no groups, and input whose
     * dates mix revisions is read further ahead, so that each revision's rule session has more to evaluate.
     */
    static final class Batcher {
        private final Iterator<Submission> input;
        /** The group of a submission: its revision (null for a submission without date); null if there is one group. */
        private final java.util.function.Function<Submission, Object> groupOf;
        /** The submission read ahead that did not fit the last batch; {@code held} says whether there is one. */
        private Submission next;
        private boolean held;

        Batcher(Iterator<Submission> input, java.util.function.Function<Submission, Object> groupOf) {
            this.input = input;
            this.groupOf = groupOf;
        }

        /**
         * Reads the next batch into {@code batch} (nothing at the end of the input); returns what the input threw,
         * if it failed, with the submissions it gave before in the batch.
         */
        RuntimeException read(List<Submission> batch) {
            // Submissions and elements of each group, keyed by identity (a revision record's hashCode would walk
            // all its components for each submission), and submissions, elements and characters of the batch.
            Map<Object, long[]> groups = new IdentityHashMap<>();
            long[] total = new long[3];
            try {
                // With one group, a full batch reads no further (with groups, the next submission's group decides).
                while ((groupOf != null || batch.size() < BATCH_SIZE) && (held || input.hasNext())) {
                    Submission submission = held ? next : input.next();
                    held = false;
                    next = null;
                    long[] weight = weight(submission);
                    long[] group = groups.computeIfAbsent(groupOf == null ? this : groupOf.apply(submission),
                            g -> new long[2]);
                    if (!batch.isEmpty() && (group[0] + 1 > BATCH_SIZE || group[1] + weight[0] > BATCH_ELEMENTS
                            || total[0] + 1 > (long) BATCH_REVISIONS * BATCH_SIZE
                            || total[1] + weight[0] > (long) BATCH_REVISIONS * BATCH_ELEMENTS
                            || total[2] + weight[1] > BATCH_CHARS)) {
                        next = submission;
                        held = true;
                        break;
                    }
                    batch.add(submission);
                    group[0]++;
                    group[1] += weight[0];
                    total[0]++;
                    total[1] += weight[0];
                    total[2] += weight[1];
                }
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        }
    }

    /** A submission's list elements and characters of text; nulls (of an invalid submission) weigh nothing. */
    static long[] weight(Submission submission) {
        long[] weight = {0, 0};
        if (submission == null) {
            return weight;
        }
        Partner partner = submission.partner();
        if (partner != null) {
            weight[1] += chars(partner.id()) + chars(partner.name());
            for (Competency c : nonNull(partner.competencies())) {
                weight[0]++;
                weight[1] += c == null ? 0 : chars(c.area());
            }
            weight[0] += nonNull(partner.isvConnectEnrollments()).size();
            for (RevenueRecord r : nonNull(partner.revenue())) {
                weight[0]++;
                weight[1] += r == null ? 0 : chars(r.solution());
            }
            weight[1] += chars(partner.mpnId());
            for (dev.cosell.model.Designation d : nonNull(partner.solutionsPartnerDesignations())) {
                weight[0]++;
                weight[1] += d == null ? 0 : chars(d.area());
            }
        }
        Offer offer = submission.offer();
        if (offer != null) {
            weight[1] += chars(offer.id()) + chars(offer.name());
            weight[0] += nonNull(offer.offerBilledRevenue()).size();
            texts(offer.coSellCountries(), weight);
            for (SalesContact contact : nonNull(offer.contacts())) {
                weight[0]++;
                if (contact != null) {
                    weight[1] += chars(contact.name()) + chars(contact.email()) + chars(contact.role());
                    texts(contact.countries(), weight);
                }
            }
            Collateral collateral = offer.collateral();
            if (collateral != null) {
                weight[1] += chars(collateral.onePager()) + chars(collateral.presentationDeck())
                        + chars(collateral.landingPageUrl()) + chars(collateral.socialMediaUrl())
                        + chars(collateral.architectureDiagram());
                texts(collateral.otherDocuments(), weight);
            }
        }
        return weight;
    }

    private static void texts(Collection<String> texts, long[] weight) {
        for (String text : nonNull(texts)) {
            weight[0]++;
            weight[1] += chars(text);
        }
    }

    private static <T> Collection<T> nonNull(Collection<T> values) {
        return values == null ? List.of() : values;
    }

    private static long chars(String text) {
        return text == null ? 0 : text.length();
    }

    /**
     * A batch's results. The calling thread evaluates the batch itself unless the pool has begun it (a task runs
     * once); while the pool is still at it, the calling thread evaluates the batches behind it that nobody has
     * begun, rather than wait idle. Exceptions of the rules come out as they were thrown.
     */
    private static List<SubmissionResult> outcome(FutureTask<List<SubmissionResult>> task,
                                                  Iterable<FutureTask<List<SubmissionResult>>> behind) {
        task.run();
        for (Iterator<FutureTask<List<SubmissionResult>>> it = behind.iterator(); it.hasNext() && !task.isDone(); ) {
            it.next().run();
        }
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EvaluationException("interrupted while waiting for a batch of submissions", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new EvaluationException("evaluating a batch failed: " + cause, cause);
        }
    }

    /**
     * Validates a batch and evaluates its valid submissions, each under its revision: one rule session per revision
     * among them; the results in input order. The sessions run in calendar order, or, if {@code newestFirst}, newest
     * revision first: batches alternate, so that a batch begins with the revision the one before ended with, whose
     * rules the processor's caches still hold (switching between the rule sets of many revisions is what costs, see
     * BENCHMARKS.md).
     *
     * <p>The submissions are grouped by the revision of their date first, and each group is validated just before
     * its session: so a submission's data is read by the validator and straight after by the rules, not once at the
     * start of the batch and again after the sessions of every revision before its own, when a batch that mixes
     * revisions no longer fits the processor's caches. The submissions without a revision (without a date, or dated
     * before the first revision) are validated first, and rejected: invalid, or dated before the first revision.
     */
    private List<SubmissionResult> evaluateBatch(List<Submission> read, long firstPosition, boolean newestFirst) {
        // Keyed by identity: the program holds one Revision per id, and a record's equals and hashCode would walk
        // every component of it (rows, sources, titles) for each submission. The null key holds the submissions
        // without a revision, which no session evaluates.
        Map<Revision, List<Integer>> byRevision = new IdentityHashMap<>();
        for (int i = 0; i < read.size(); i++) {
            byRevision.computeIfAbsent(revisionOf(read.get(i)), r -> new ArrayList<>()).add(i);
        }
        // In date order (the calendar's dates are distinct), or newest first; the submissions without a revision first.
        List<Revision> order = new ArrayList<>(byRevision.keySet());
        order.remove(null);
        order.sort(Comparator.comparing(Revision::effectiveFrom));
        if (newestFirst) {
            Collections.reverse(order);
        }
        if (byRevision.containsKey(null)) {
            order.add(0, null);
        }
        SubmissionResult[] results = new SubmissionResult[read.size()];
        for (Revision revision : order) {
            List<Integer> positions = byRevision.get(revision);
            List<Submission> valid = new ArrayList<>(positions.size());
            List<Integer> validAt = new ArrayList<>(positions.size());
            for (int i : positions) {
                List<Violation> violations = SubmissionValidator.validate(read.get(i));
                if (violations.isEmpty() && revision == null) {
                    violations = List.of(beforeFirst(read.get(i)));
                }
                if (violations.isEmpty()) {
                    valid.add(read.get(i));
                    validAt.add(i);
                } else {
                    results[i] = SubmissionResult.rejected(firstPosition + i, read.get(i), violations);
                }
            }
            if (valid.isEmpty()) {
                continue;
            }
            List<BatchEvaluation.Outcome> outcomes = run(valid, revision);
            for (int k = 0; k < validAt.size(); k++) {
                int i = validAt.get(k);
                BatchEvaluation.Outcome outcome = outcomes.get(k);
                results[i] = outcome.failure() == null
                        ? SubmissionResult.assessed(firstPosition + i, read.get(i), outcome.assessment())
                        : SubmissionResult.failed(firstPosition + i, read.get(i), outcome.failure());
            }
        }
        return java.util.Arrays.asList(results);
    }

    /**
     * Evaluates valid submissions in one rule session (a submission the rules fail on fails alone), their texts
     * in this evaluator's language.
     */
    private List<BatchEvaluation.Outcome> run(List<Submission> valid, Revision revision) {
        RuleSet ruleSet = program.ruleSet(revision);
        List<BatchEvaluation.Outcome> outcomes = new BatchEvaluation(ruleSet, disabledRules, guard,
                (r, day) -> program.notices(r, day, pinned != null)).run(valid);
        return locale.equals(Locale.ENGLISH) ? outcomes : outcomes.stream()
                .map(o -> o.failure() != null ? o : new BatchEvaluation.Outcome(o.assessment().withLocale(locale), null))
                .toList();
    }

    /**
     * The revision a submission is evaluated under: the pinned one, else the one in force on its date; null if it
     * has no date (it is invalid) or its date is before the first revision.
     */
    private Revision revisionOf(Submission submission) {
        if (pinned != null) {
            return pinned;
        }
        return submission == null || submission.asOf() == null ? null : program.on(submission.asOf()).orElse(null);
    }

    /** The violation of a submission dated before the first revision, naming it. */
    private Violation beforeFirst(Submission submission) {
        Revision first = program.first();
        return new Violation("asOf", "is " + submission.asOf() + ", before " + first.effectiveFrom()
                + ", the date of revision " + first.id() + ", the first revision of the co-sell program cosell encodes; "
                + "no revision is in force on that date (pin one with forRevision to evaluate it anyway)");
    }

    private static String subject(Submission submission) {
        String subject = "submission";
        if (submission != null && submission.offer() != null && submission.offer().id() != null) {
            subject += " (offer " + submission.offer().id() + ")";
        }
        return subject;
    }

    /**
     * An evaluator that shares this one's compiled rules and stops the rules for a submission once they have
     * fired {@code firesPerSubmission} times for it: that submission fails with an {@link EvaluationException}
     * naming the rule that did not stop, and the others are evaluated as usual. The default, {@value
     * Guard#DEFAULT_FIRE_LIMIT}, is far above what any sound rule set fires (the shipped rules fire about 30
     * rules per submission); a rule that re-fires itself in a cycle reaches it within milliseconds.
     *
     * @param firesPerSubmission the most rule firings one submission may cause, 1 or more
     * @return a new evaluator; this one is unchanged
     * @throws IllegalArgumentException if {@code firesPerSubmission} is less than 1
     */
    public CoSellEvaluator withFireLimit(int firesPerSubmission) {
        if (firesPerSubmission < 1) {
            throw new IllegalArgumentException("firesPerSubmission must be at least 1, was " + firesPerSubmission);
        }
        return with(pinned, disabledRules, locale, parallelism, new Guard(firesPerSubmission, guard.timeLimit()));
    }

    /**
     * An evaluator that shares this one's compiled rules and stops a rule session that runs longer than
     * {@code limit}. A session evaluates one submission, or a batch of up to {@value #BATCH_SIZE} in
     * {@link #evaluateAll}; a batch that runs out of time is evaluated again one submission at a time, each with
     * the full limit, so that only a submission that itself runs too long fails, with an {@link
     * EvaluationException} naming the rule that fired last. The default is 10 seconds. The limit is checked
     * between rule firings: one rule action that never returns cannot be stopped (see the trust boundary in
     * {@code SECURITY.md}).
     *
     * @param limit the longest one rule session may run, positive
     * @return a new evaluator; this one is unchanged
     * @throws IllegalArgumentException if {@code limit} is {@code null}, zero or negative
     */
    public CoSellEvaluator withTimeLimit(Duration limit) {
        if (limit == null || limit.isZero() || limit.isNegative()) {
            throw new IllegalArgumentException("limit must be a positive duration, was " + limit);
        }
        return with(pinned, disabledRules, locale, parallelism, new Guard(guard.fireLimit(), limit));
    }

    /** {@return the most rule firings one submission may cause; see {@link #withFireLimit(int)}} */
    public int fireLimit() {
        return guard.fireLimit();
    }

    /** {@return the longest one rule session may run; see {@link #withTimeLimit(Duration)}} */
    public Duration timeLimit() {
        return guard.timeLimit();
    }

    /**
     * An evaluator that shares this one's compiled rules (no compiling again) and whose assessments' findings
     * and next steps read in the given language by default ({@code Finding.message()}, {@code NextStep.message()}
     * and {@code NextStep.where()}). cosell has English and Korean ({@code Locale.KOREAN}, {@code Locale.KOREA})
     * texts; any other locale reads English, as does {@code null}.
     *
     * @param locale the language of the findings and next steps; {@code null} reads English
     * @return a new evaluator; this one is unchanged
     */
    public CoSellEvaluator withLocale(Locale locale) {
        return with(pinned, disabledRules, locale == null ? Locale.ENGLISH : locale, parallelism,
                guard);
    }

    /** {@return the language of this evaluator's findings and next steps; {@link Locale#ENGLISH} unless chosen} */
    public Locale locale() {
        return locale;
    }

    /**
     * {@return the id of the revision this evaluator applies: the pinned one, or, when it chooses by date, the
     * newest it knows (e.g. {@code "2023-08-24"}); a rule folder's own}
     */
    public String ruleSetRevision() {
        return (pinned != null ? pinned : program.newest()).id();
    }

    /**
     * {@return every rule of the pinned revision's rule set (the newest revision's when none is pinned; a rule
     * folder's own), with its file and the requirement rows it encodes}
     *
     * @throws RuleCompilationException if that revision's rules cannot be loaded (a packaging defect)
     */
    public List<RuleInfo> rules() {
        return program.ruleSet(pinned != null ? pinned : program.newest()).rules();
    }

    private static void validate(Submission submission) {
        List<Violation> violations = SubmissionValidator.validate(submission);
        if (!violations.isEmpty()) {
            throw new InvalidSubmissionException(subject(submission), violations);
        }
    }

    private static String readResource(String path) {
        try (InputStream in = resource(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw unreadable(path, e);
        }
    }

    private static RuleCompilationException unreadable(String path, IOException e) {
        return new RuleCompilationException("classpath:" + CLASSPATH_RULES,
                List.of(new RuleProblem(path, 0, "", "cannot be read: " + e.getMessage())));
    }

    private static InputStream resource(String path) {
        InputStream in = CoSellEvaluator.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new RuleCompilationException("classpath:" + CLASSPATH_RULES,
                    List.of(new RuleProblem(path, 0, "", "is not on the classpath")));
        }
        return in;
    }
}
