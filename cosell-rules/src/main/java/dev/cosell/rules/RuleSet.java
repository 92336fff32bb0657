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
        return checked(name, revision, builder.newKieBase(), declarationsOf(sources), List.of());
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
     * Where a rule is declared (its file and 1-based line) and its name; {@code compiledName} is its name in the
     * precompiled copy of the revision folders: the same, unless the build renamed it there (see
     * {@link RevisionFolders#RULES}).
     */
    record Declaration(String file, int line, String name, String compiledName) {
    }

    /** The rules the DRL files declare, file by file in the order given, then by line. */
    static List<Declaration> declarationsOf(List<RuleSource> sources) {
        List<Declaration> declared = new ArrayList<>();
        for (RuleSource source : sources) {
            source.declarations().forEach((line, rule) -> declared.add(new Declaration(source.name(), line, rule,
                    rule)));
        }
        return declared;
    }

    /**
     * The rules the build compiled to Drools' executable model (plain Java classes, see the kie-maven-plugin in
     * this module's pom), checked as {@link #compile} checks DRL, with {@code declared} (the rules of the DRL files
     * the model was compiled from, in their order, as the build listed them) giving rule files and lines. Loading the
     * model skips reading and parsing the DRL and compiling its consequences, most of the time a DRL rule set takes
     * to build.
     *
     * <p>The build compiles a copy of every revision folder's files once, all in one package, and a revision's rule
     * set takes from it the rules its files declare, each built by the generated method that builds it (so that the
     * classes of the other revisions' rules are not loaded) and given its own name back (a declaration's
     * {@code compiledName} is its name in the copy). The same classes serve every revision that inherits a file, and
     * the code of what the files share is one class for all: a batch of mixed dates that takes turns on the
     * revisions runs the same code.
     *
     * @param declared the revision's rules, in declaration order (the order the engine adds, and fires, rules of
     *                 equal salience)
     * @param model    the generated class ({@code org.drools.model.Model})
     * @throws RuleCompilationException if the model cannot be loaded, a declared rule is not in the model (a model
     *                                  left from an earlier build), or the rules fail the checks
     */
    static RuleSet precompiled(String name, Revision revision, List<Declaration> declared, Class<?> model) {
        Set<String> wanted = new java.util.LinkedHashSet<>();
        for (Declaration d : declared) {
            wanted.add(d.compiledName());
        }
        Map<String, org.drools.model.Rule> built;
        try {
            built = rulesOf(model, wanted);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw new RuleCompilationException(name, List.of(new RuleProblem("(rule set)", 0, "",
                    "the precompiled rules " + model.getName() + " cannot be loaded: " + e)));
        }
        // The rules in declaration order (file by file, then by line): the engine fires rules of equal salience
        // in the order they are added, so this keeps firedRules the same as compiling the DRL gives.
        List<RuleProblem> problems = new ArrayList<>();
        List<org.drools.model.Rule> rules = new ArrayList<>(declared.size());
        for (Declaration d : declared) {
            org.drools.model.Rule r = built.get(d.compiledName());
            if (r == null) {
                problems.add(new RuleProblem(d.file(), d.line(), d.name(),
                        "is missing from the precompiled rules; rebuild the library"));
            } else {
                rules.add(r.getName().equals(d.name()) ? r : new Named(r, d.name()));
            }
        }
        KieBase kieBase;
        try {
            kieBase = KieBaseBuilder.createKieBaseFromModel(new Selected(model.getPackageName(), rules));
        } catch (RuntimeException e) {
            throw new RuleCompilationException(name, List.of(new RuleProblem("(rule set)", 0, "",
                    "the precompiled rules " + model.getName() + " cannot be loaded: " + e)));
        }
        return checked(name, revision, kieBase, declared, problems);
    }

    /**
     * The rules named {@code wanted} of a generated model, by name: each built by its own generated method where the
     * model has one for every wanted rule ({@link #ruleMethods}), else taken from the whole model. A wanted rule the
     * model lacks is left out (the caller reports it).
     */
    private static Map<String, org.drools.model.Rule> rulesOf(Class<?> modelClass, Set<String> wanted)
            throws ReflectiveOperationException {
        Map<String, java.lang.reflect.Method> methods = ruleMethods(modelClass);
        Map<String, java.lang.reflect.Method> found = new java.util.LinkedHashMap<>();
        for (String rule : wanted) {
            java.lang.reflect.Method m = methods.get(ruleMethodName(rule));
            if (m != null) {
                found.put(rule, m);
            }
        }
        Map<String, org.drools.model.Rule> rules = new HashMap<>();
        if (found.size() == wanted.size()) {
            for (Map.Entry<String, java.lang.reflect.Method> e : found.entrySet()) {
                rules.put(e.getKey(), (org.drools.model.Rule) e.getValue().invoke(null));
            }
        } else {
            Model model = (Model) modelClass.getDeclaredConstructor().newInstance();
            for (org.drools.model.Rule rule : model.getRules()) {
                if (wanted.contains(rule.getName())) {
                    rules.put(rule.getName(), rule);
                }
            }
        }
        return rules;
    }

    /** A precompiled rule under its own name: the name it has in its folder, where the build renamed its copy. */
    private record Named(org.drools.model.Rule rule, String getName) implements org.drools.model.Rule {
        @Override
        public String getPackage() {
            return rule.getPackage();
        }

        @Override
        public org.drools.model.View getView() {
            return rule.getView();
        }

        @Override
        public org.drools.model.Consequence getDefaultConsequence() {
            return rule.getDefaultConsequence();
        }

        @Override
        public Map<String, org.drools.model.Consequence> getConsequences() {
            return rule.getConsequences();
        }

        @Override
        public <T> T getAttribute(Attribute<T> attribute) {
            return rule.getAttribute(attribute);
        }

        @Override
        public Map<String, Object> getMetaData() {
            return rule.getMetaData();
        }

        @Override
        public Object getMetaData(String name) {
            return rule.getMetaData(name);
        }

        @Override
        public String getUnit() {
            return rule.getUnit();
        }
    }

    /** The name of the generated method that builds a rule: {@code rule_} and the name as an identifier. */
    static String ruleMethodName(String rule) {
        return "rule_" + org.drools.modelcompiler.util.StringUtil.toId(rule);
    }

    /**
     * The generated methods that build the rules of a model, by name: the static methods {@code rule_<name>()} of
     * the classes {@code <Model>RuleMethods0}, {@code 1} and on, among which the generator splits a package's
     * rules (classes loaded, not initialized; the rules' own classes load when a method runs).
     */
    static Map<String, java.lang.reflect.Method> ruleMethods(Class<?> modelClass) {
        return RULE_METHODS.get(modelClass);
    }

    /** {@link #ruleMethods}, found once per model: every revision's first load consults them. */
    private static final ClassValue<Map<String, java.lang.reflect.Method>> RULE_METHODS = new ClassValue<>() {
        @Override
        protected Map<String, java.lang.reflect.Method> computeValue(Class<?> modelClass) {
            return Map.copyOf(findRuleMethods(modelClass));
        }
    };

    private static Map<String, java.lang.reflect.Method> findRuleMethods(Class<?> modelClass) {
        Map<String, java.lang.reflect.Method> methods = new HashMap<>();
        for (int i = 0; ; i++) {
            Class<?> holder;
            try {
                holder = Class.forName(modelClass.getName() + "RuleMethods" + i, false, modelClass.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                return methods;
            }
            for (java.lang.reflect.Method m : holder.getDeclaredMethods()) {
                if (java.lang.reflect.Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
                        && m.getName().startsWith("rule_")
                        && org.drools.model.Rule.class.isAssignableFrom(m.getReturnType())) {
                    methods.put(m.getName(), m);
                }
            }
        }
    }

    /**
     * The model of a revision's rule set: the rules selected for it, in the order given (the engine numbers rules
     * in the order a model lists them). The shipped rules declare no
     * types, globals, queries or entry points ({@code PrecompiledRulesTest} checks that the generated models hold
     * none).
     */
    private record Selected(String getName, List<org.drools.model.Rule> getRules) implements Model {
        @Override
        public String getPackageName() {
            return getName;
        }

        @Override
        public List<org.drools.model.Global> getGlobals() {
            return List.of();
        }

        @Override
        public List<org.drools.model.Query> getQueries() {
            return List.of();
        }

        @Override
        public List<org.drools.model.TypeMetaData> getTypeMetaDatas() {
            return List.of();
        }

        @Override
        public List<org.drools.model.EntryPoint> getEntryPoints() {
            return List.of();
        }
    }

    /** Runs the rule-set checks on a built knowledge base; {@code problems} are further problems found so far. */
    private static RuleSet checked(String name, Revision revision, KieBase kieBase, List<Declaration> declared,
                                   List<RuleProblem> found) {
        List<RuleProblem> problems = new ArrayList<>(found);
        List<RuleInfo> rules = describe(kieBase, declarations(declared));
        problems.addAll(check(rules, revision));
        problems.addAll(duplicateNames(declared));
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(name, sorted(problems));
        }
        return new RuleSet(name, revision, kieBase, rules);
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

    private static List<RuleInfo> describe(KieBase kieBase, Map<String, Declaration> declared) {
        List<RuleInfo> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Declaration at = declared.get(rule.getName());
                rules.add(at == null ? new RuleInfo(rule.getName(), "(unknown file)", 0, requirementsOf(rule))
                        : new RuleInfo(rule.getName(), at.file(), at.line(), requirementsOf(rule)));
            }
        }
        rules.sort(Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line));
        return List.copyOf(rules);
    }

    /** Where each rule is declared, by rule name (the first declaration where a name is declared twice). */
    private static Map<String, Declaration> declarations(List<Declaration> declared) {
        Map<String, Declaration> byName = new HashMap<>();
        for (Declaration d : declared) {
            byName.putIfAbsent(d.name(), d);
        }
        return byName;
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
    static List<RuleProblem> duplicateNames(List<Declaration> declared) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, Declaration> firstSeen = new HashMap<>();
        for (Declaration d : declared) {
            Declaration earlier = firstSeen.putIfAbsent(d.name(), d);
            if (earlier != null) {
                problems.add(new RuleProblem(d.file(), d.line(), d.name(),
                        "two rules share this name; the other is at " + earlier.file() + ":" + earlier.line()));
            }
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
