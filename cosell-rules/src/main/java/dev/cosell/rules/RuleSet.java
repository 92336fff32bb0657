package dev.cosell.rules;

import dev.cosell.model.Benefit;
import dev.cosell.model.Channel;
import dev.cosell.model.Requirement;
import dev.cosell.model.Revision;
import dev.cosell.model.Standing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;

/** A compiled, checked rule set: the Drools knowledge base and what the evaluator needs to know of it. */
final class RuleSet {
    /** The metadata key that names the rows a rule encodes: {@code @requirement("R3.2")}. */
    static final String REQUIREMENT_TAG = "requirement";

    private final String name;
    private final Revision revision;
    /**
     * Sessions over the compiled rules (the pool holds the knowledge base), for reuse: building a session's node memories costs more than evaluating a submission,
     * and a pooled session is reset (facts, agenda and listeners cleared) when disposed. Thread-safe; it
     * grows to the number of evaluations running at once.
     */
    private final KieSessionsPool sessions;
    private final List<RuleInfo> rules;

    private RuleSet(String name, Revision revision, KieBase kieBase, List<RuleInfo> rules) {
        this.name = name;
        this.revision = revision;
        this.sessions = kieBase.newKieSessionsPool(1);
        this.rules = rules;
    }

    String name() {
        return name;
    }

    /** The program revision these rules encode: its rows, benefits and channels, dates and names. */
    Revision revision() {
        return revision;
    }

    List<RuleInfo> rules() {
        return rules;
    }

    /** A rule session, from the pool: {@link KieSession#dispose()} returns it, reset, to the pool. */
    KieSession newSession() {
        return sessions.newKieSession();
    }

    /**
     * Every id a rule of the revision may name, and every one that needs a rule: the revision's rows, benefits and
     * channels, and the review standings M1 to M7.
     */
    static Set<String> knownIds(Revision revision) {
        Set<String> ids = new TreeSet<>();
        revision.rows().stream().map(Requirement::id).forEach(ids::add);
        revision.benefits().stream().map(Benefit::id).forEach(ids::add);
        revision.channels().stream().map(Channel::id).forEach(ids::add);
        Arrays.stream(Standing.values()).map(Standing::id).forEach(ids::add);
        return ids;
    }

    /** Every id of every revision: rows, benefits, channels, standings. */
    static Set<String> allIds() {
        Set<String> ids = new TreeSet<>();
        Arrays.stream(Requirement.values()).map(Requirement::id).forEach(ids::add);
        Arrays.stream(Benefit.values()).map(Benefit::id).forEach(ids::add);
        Arrays.stream(Channel.values()).map(Channel::id).forEach(ids::add);
        Arrays.stream(Standing.values()).map(Standing::id).forEach(ids::add);
        return ids;
    }

    /**
     * Compiles and checks the given DRL sources.
     *
     * @throws RuleCompilationException listing every compile error and every failed check, naming the file the
     *                                  compiler broke down on (whatever it threw, a {@link StackOverflowError}
     *                                  from a constraint nested too deep included), or naming the dependency to
     *                                  add when the DRL compiler is not on the class path
     */
    static RuleSet compile(String name, Revision revision, List<RuleSource> sources) {
        DrlCompiler.require(name);
        try {
            return compileOrThrow(name, revision, sources);
        } catch (RuleCompilationException e) {
            throw e;
        } catch (LinkageError e) {
            // A part of the DRL compiler that DrlCompiler does not probe, or of another version.
            throw DrlCompiler.missing(name, String.valueOf(e));
        } catch (Throwable e) { // whatever the compiler throws, the caller gets a RuleCompilationException
            throw new RuleCompilationException(name, brokeDown(sources, e));
        }
    }

    private static RuleSet compileOrThrow(String name, Revision revision, List<RuleSource> sources) {
        KieServices services = KieServices.Factory.get();
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        // One batch: the files compile together, so a function or type declared in one file serves every
        // file, whatever order the files come in.
        CompositeKnowledgeBuilder batch = builder.batch();
        Map<String, RuleSource> byName = new HashMap<>();
        for (RuleSource source : sources) {
            byName.put(source.name(), source);
            Resource resource = services.getResources().newByteArrayResource(source.bytes());
            resource.setSourcePath(source.name());
            batch.add(resource, ResourceType.DRL);
        }
        batch.build();
        List<RuleProblem> problems = new ArrayList<>();
        for (KnowledgeBuilderResult result : builder.getResults(ResultSeverity.ERROR)) {
            problems.add(problem(result, byName));
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(name, sorted(withoutEchoes(problems)));
        }
        return checked(name, revision, builder.newKieBase(), sources, List.of());
    }

    /**
     * The problem of a compiler that broke down: the files that make it break down when compiled alone, or the
     * rule set when none does (or when it ran out of memory, which a second try would only repeat).
     */
    private static List<RuleProblem> brokeDown(List<RuleSource> sources, Throwable e) {
        String what = e instanceof StackOverflowError
                ? "the rule compiler ran out of stack (StackOverflowError): a constraint or expression is nested too deep"
                : e instanceof OutOfMemoryError
                ? "the rule compiler ran out of memory (OutOfMemoryError): the rules are too large"
                : "the rule compiler failed: " + e;
        List<RuleProblem> problems = new ArrayList<>();
        if (sources.size() == 1) {
            problems.add(new RuleProblem(sources.get(0).name(), 0, "", what));
        } else if (!(e instanceof OutOfMemoryError)) {
            for (RuleSource source : sources) {
                try {
                    KnowledgeBuilder alone = KnowledgeBuilderFactory.newKnowledgeBuilder();
                    Resource resource = KieServices.Factory.get().getResources().newByteArrayResource(source.bytes());
                    resource.setSourcePath(source.name());
                    alone.add(resource, ResourceType.DRL);
                } catch (Throwable again) { // the file that breaks the compiler
                    problems.add(new RuleProblem(source.name(), 0, "", what));
                }
            }
        }
        if (problems.isEmpty()) {
            problems.add(new RuleProblem("(rule set)", 0, "", what));
        }
        return problems;
    }

    /**
     * The rules the build compiled to Drools' executable model (plain Java classes, see the kie-maven-plugin in
     * this module's pom), checked as {@link #compile} checks DRL, with {@code sources} (the DRL files the model
     * was compiled from) giving rule files and lines. Loading the model skips parsing the DRL and compiling its
     * consequences, most of the time a DRL rule set takes to build.
     *
     * @param modelClass the generated class that holds the rules ({@code org.drools.model.Model})
     * @throws RuleCompilationException if the model cannot be loaded, its rules are not those the DRL files
     *                                  declare (a model left from an earlier build), or it fails the checks
     */
    static RuleSet precompiled(String name, Revision revision, List<RuleSource> sources, Class<?> modelClass) {
        Model model;
        try {
            model = (Model) modelClass.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
            throw new RuleCompilationException(name, List.of(new RuleProblem("(rule set)", 0, "",
                    "the precompiled rules " + modelClass.getName() + " cannot be loaded: " + e)));
        }
        KieBase kieBase;
        try {
            kieBase = KieBaseBuilder.createKieBaseFromModel(new InDeclarationOrder(model, sources));
        } catch (RuntimeException e) {
            throw new RuleCompilationException(name, List.of(new RuleProblem("(rule set)", 0, "",
                    "the precompiled rules " + modelClass.getName() + " cannot be loaded: " + e)));
        }
        return checked(name, revision, kieBase, sources, staleness(kieBase, sources));
    }

    /**
     * A model whose rules come in the order the DRL files declare them (file by file in the given order, then
     * by line), as the DRL compiler adds them. The engine fires rules of equal salience in the order they were
     * added, so this keeps {@code firedRules} the same as compiling the DRL gives; the generated model lists its
     * rules in an order of its own. Rules the files do not declare come last.
     */
    private static final class InDeclarationOrder implements Model {
        private final Model model;
        private final List<org.drools.model.Rule> rules;

        InDeclarationOrder(Model model, List<RuleSource> sources) {
            this.model = model;
            Map<String, Integer> position = new HashMap<>();
            for (RuleSource source : sources) {
                for (String rule : source.declarations().values()) {
                    position.putIfAbsent(rule, position.size());
                }
            }
            this.rules = model.getRules().stream()
                    .sorted(Comparator.comparingInt(rule -> position.getOrDefault(rule.getName(), Integer.MAX_VALUE)))
                    .toList();
        }

        @Override
        public String getName() {
            return model.getName();
        }

        @Override
        public String getPackageName() {
            return model.getPackageName();
        }

        @Override
        public List<org.drools.model.Global> getGlobals() {
            return model.getGlobals();
        }

        @Override
        public List<org.drools.model.Rule> getRules() {
            return rules;
        }

        @Override
        public List<org.drools.model.Query> getQueries() {
            return model.getQueries();
        }

        @Override
        public List<org.drools.model.TypeMetaData> getTypeMetaDatas() {
            return model.getTypeMetaDatas();
        }

        @Override
        public List<org.drools.model.EntryPoint> getEntryPoints() {
            return model.getEntryPoints();
        }
    }

    /** Runs the rule-set checks on a built knowledge base; {@code problems} are further problems found so far. */
    private static RuleSet checked(String name, Revision revision, KieBase kieBase, List<RuleSource> sources,
                                   List<RuleProblem> found) {
        List<RuleProblem> problems = new ArrayList<>(found);
        List<RuleInfo> rules = describe(kieBase, declarations(sources));
        problems.addAll(check(rules, revision));
        problems.addAll(duplicateNames(sources));
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(name, sorted(problems));
        }
        return new RuleSet(name, revision, kieBase, rules);
    }

    /**
     * Rules of a precompiled knowledge base that the DRL files do not declare, and declared rules it lacks: the
     * model was built from other DRL text than the files shipped beside it.
     */
    private static List<RuleProblem> staleness(KieBase kieBase, List<RuleSource> sources) {
        Set<String> inModel = new TreeSet<>();
        kieBase.getKiePackages().forEach(pkg -> pkg.getRules().forEach(rule -> inModel.add(rule.getName())));
        Map<String, Declared> declared = declarations(sources);
        List<RuleProblem> problems = new ArrayList<>();
        for (String rule : inModel) {
            if (!declared.containsKey(rule)) {
                problems.add(new RuleProblem("(rule set)", 0, rule,
                        "is in the precompiled rules but in no DRL file; rebuild the library"));
            }
        }
        declared.forEach((rule, at) -> {
            if (!inModel.contains(rule)) {
                problems.add(new RuleProblem(at.file(), at.line(), rule,
                        "is missing from the precompiled rules; rebuild the library"));
            }
        });
        return problems;
    }

    private static RuleProblem problem(KnowledgeBuilderResult result, Map<String, RuleSource> sources) {
        String file = result.getResource() == null || result.getResource().getSourcePath() == null
                ? "(unknown file)" : result.getResource().getSourcePath();
        int[] lines = result.getLines();
        int line = lines == null || lines.length == 0 ? 0 : Math.max(0, lines[0]);
        RuleSource source = sources.get(file);
        String rule = source == null || line == 0 ? "" : source.ruleAt(line);
        String message = result.getMessage() == null ? "error" : result.getMessage().strip().replaceAll("\\s+", " ");
        return new RuleProblem(file, line, rule, abbreviated(message));
    }

    /** The longest message of one problem: the engine quotes whole expressions, which may be very long. */
    static final int MAX_MESSAGE = 500;

    /** The message, cut to {@link #MAX_MESSAGE} characters with an ellipsis and the count of what was left out. */
    static String abbreviated(String message) {
        return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE) + "… ("
                + (message.length() - MAX_MESSAGE) + " more characters)";
    }

    /**
     * Drops the engine's summary "Parser returned a null Package" for a file whose parse errors are listed
     * anyway: it names no line and repeats what the real errors say.
     */
    private static List<RuleProblem> withoutEchoes(List<RuleProblem> problems) {
        Set<String> filesWithLines = problems.stream().filter(p -> p.line() > 0).map(RuleProblem::file)
                .collect(Collectors.toSet());
        return problems.stream()
                .filter(p -> !(p.line() == 0 && p.message().contains("null Package")
                        && filesWithLines.contains(p.file())))
                .toList();
    }

    private static List<RuleProblem> sorted(List<RuleProblem> problems) {
        return problems.stream()
                .sorted(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line))
                .distinct()
                .toList();
    }

    private static List<RuleInfo> describe(KieBase kieBase, Map<String, Declared> declared) {
        List<RuleInfo> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Declared at = declared.getOrDefault(rule.getName(), new Declared("(unknown file)", 0));
                rules.add(new RuleInfo(rule.getName(), at.file(), at.line(), requirementsOf(rule)));
            }
        }
        rules.sort(Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line));
        return List.copyOf(rules);
    }

    /** Where a rule is declared. */
    private record Declared(String file, int line) {
    }

    /** Where each rule is declared, by rule name (the first declaration where a name is declared twice). */
    private static Map<String, Declared> declarations(List<RuleSource> sources) {
        Map<String, Declared> declared = new HashMap<>();
        for (RuleSource source : sources) {
            source.declarations().forEach((line, ruleName) ->
                    declared.putIfAbsent(ruleName, new Declared(source.name(), line)));
        }
        return declared;
    }

    /** What separates the ids of a {@code @requirement} tag. */
    private static final java.util.regex.Pattern ID_SEPARATORS = java.util.regex.Pattern.compile("[,\\s]+");

    private static List<String> requirementsOf(Rule rule) {
        Object tag = rule.getMetaData().get(REQUIREMENT_TAG);
        if (tag == null) {
            return List.of();
        }
        String text = tag.toString().replace("\"", "");
        return Stream.of(ID_SEPARATORS.split(text)).filter(s -> !s.isBlank()).toList();
    }

    /** Rules declared twice under one name: the engine would keep only the last, silently. */
    static List<RuleProblem> duplicateNames(List<RuleSource> sources) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, String> firstSeen = new HashMap<>();
        for (RuleSource source : sources) {
            source.declarations().forEach((line, ruleName) -> {
                String earlier = firstSeen.putIfAbsent(ruleName, source.name() + ":" + line);
                if (earlier != null) {
                    problems.add(new RuleProblem(source.name(), line, ruleName,
                            "two rules share this name; the other is at " + earlier));
                }
            });
        }
        return problems;
    }

    /**
     * The rule-set checks of a revision: every rule's tag names rows, benefits, channels or standings of the
     * revision (none that it removed or that another revision adds), and each of those has a rule.
     */
    static List<RuleProblem> check(List<RuleInfo> rules, Revision revision) {
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> known = knownIds(revision);
        Set<String> everywhere = allIds();
        for (RuleInfo rule : rules) {
            if (rule.requirements().isEmpty()) {
                problems.add(new RuleProblem(rule.file(), rule.line(), rule.name(),
                        "has no @" + REQUIREMENT_TAG + "(\"...\") naming the requirement row it encodes"));
            }
            for (String id : rule.requirements()) {
                if (!known.contains(id)) {
                    problems.add(new RuleProblem(rule.file(), rule.line(), rule.name(),
                            "@" + REQUIREMENT_TAG + " names " + (everywhere.contains(id)
                                    ? "row '" + id + "', which revision " + revision.id() + " does not have"
                                    : "unknown row '" + id + "'") + "; the rows of revision " + revision.id()
                                    + " are " + known));
                }
            }
        }
        Set<String> covered = rules.stream().flatMap(r -> r.requirements().stream()).collect(Collectors.toSet());
        for (String id : known) {
            if (!covered.contains(id)) {
                problems.add(new RuleProblem("(rule set)", 0, "", "no rule names row " + id + " of revision "
                        + revision.id() + " in @" + REQUIREMENT_TAG));
            }
        }
        return problems;
    }
}
