package dev.cosell.rules;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The program revisions as rule folders: one folder per revision, named by its id, holding a
 * {@code revision.properties} and only the DRL files the revision changed. A revision's rule set is its base's, with
 * the files of its own folder replacing the same-named files, the files its {@code removes} names dropped, and its
 * own texts over the base's (an overlay, resolved here).
 *
 * <p>The build runs this file as a program ({@code java RevisionFolders.java RULES OUT COMPILED}, JDK only, no other
 * class of the library). It writes each folder's own files into {@code OUT}, in a package of the folder's own
 * ({@code dev.cosell.rules.r2020_09_02}): the library reads them, and a revision's rule set is the rules of its
 * resolved files, taken from there. It writes a copy of every folder's files into {@code COMPILED}, all in one
 * package ({@link #COMPILED_PACKAGE}), which the build precompiles: so that a file is compiled once however many
 * revisions inherit it, and the code of what the files share (a constraint on {@code Evaluation}, the finding a rule
 * inserts) is one class for every revision. In that copy a rule name that two folders declare gets the folder's id,
 * and a function two folders define is defined once, or once per version under a name of its own (see
 * {@link #compiledCopies}); the library loads each rule under its own name, by the list of each revision's rules the
 * build writes beside its files ({@link #RULES}).
 */
final class RevisionFolders {
    /** The file of a revision folder that declares it. */
    static final String DECLARATION = "revision.properties";
    /**
     * The calendar the build writes: {@code revisions=} the ids in date order, then for each revision its
     * {@code effective=} date and the dates its notices need ({@code gapUntil=}, {@code newestText=}), keys prefixed
     * by {@code <id>/}: what an evaluator reads when created.
     */
    static final String INDEX = "revisions.properties";
    /**
     * A revision's resolved declaration, written into the package of its folder's own files
     * ({@code dev/cosell/rules/r<id>/declaration.properties}): its {@code revision.properties} with its base's texts
     * it does not replace, {@code files=} (in order), {@code origin.<file>=} (the folder the file comes from) and
     * {@code until=}; read when the revision is first used.
     */
    static final String DECLARATIONS = "declaration.properties";
    /** The package of the revisions' rules: one sub-package per revision folder. */
    static final String PACKAGE = "dev.cosell.rules";
    /** The package of the precompiled copy of every folder's files. */
    static final String COMPILED_PACKAGE = PACKAGE + ".program";
    /**
     * The list of a revision's rules, written into the package of its folder's own files
     * ({@code dev/cosell/rules/r<id>/rules.properties}): the rules of its resolved files in declaration order (its
     * files in order, each by line), the {@code n}th with {@code n.file=} (the file, named by the folder it comes
     * from), {@code n.line=}, {@code n.rule=} (its name) and, where the precompiled copy renamed it, {@code n.compiled=}
     * (its name there). A revision's precompiled rules are loaded by this list, without reading the DRL files.
     */
    static final String RULES = "rules.properties";

    private RevisionFolders() {
    }

    /** One resolved DRL file: its name, the revision whose folder holds it, and its text. */
    record ResolvedFile(String name, String origin, String text) {
    }

    /** A resolved revision: its declaration with inherited texts, and its files in order. */
    record Resolved(String id, Properties declaration, List<ResolvedFile> files) {
    }

    /** The package of a revision folder's own files, e.g. {@code dev.cosell.rules.r2020_09_02}. */
    static String packageOf(String id) {
        return PACKAGE + ".r" + id.replace('-', '_');
    }

    /**
     * Every revision folder under {@code root}, resolved, in date order.
     *
     * @throws IllegalStateException naming every problem: a folder without a valid declaration, a base that is not
     *                               a revision, a cycle, a date not after the base's, a removed file the base does
     *                               not have
     */
    static List<Resolved> resolveAll(Path root) {
        Map<String, Properties> declared = new TreeMap<>();
        Map<String, Path> folders = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> children = Files.list(root)) {
            for (Path folder : children.filter(Files::isDirectory).sorted().toList()) {
                Path file = folder.resolve(DECLARATION);
                if (!Files.isRegularFile(file)) {
                    problems.add(folder.getFileName() + ": no " + DECLARATION);
                    continue;
                }
                Properties p = load(file);
                String id = p.getProperty("id", "").strip();
                if (!id.equals(folder.getFileName().toString())) {
                    problems.add(folder.getFileName() + "/" + DECLARATION + ": id=" + id + " should be the folder's name");
                    continue;
                }
                declared.put(id, p);
                folders.put(id, folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        for (Map.Entry<String, Properties> e : declared.entrySet()) {
            problems.addAll(checkDeclaration(e.getKey(), e.getValue(), declared));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("revision folders under " + root + ": " + String.join("; ", problems));
        }
        List<String> order = new ArrayList<>(declared.keySet());
        order.sort((a, b) -> effective(declared.get(a)).compareTo(effective(declared.get(b))));
        Map<String, Resolved> resolved = new LinkedHashMap<>();
        for (String id : order) {
            resolved.put(id, resolve(id, declared, folders, resolved, problems));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("revision folders under " + root + ": " + String.join("; ", problems));
        }
        // The last day in force: the day before the next revision's date.
        for (int i = 0; i + 1 < order.size(); i++) {
            resolved.get(order.get(i)).declaration().setProperty("until",
                    effective(declared.get(order.get(i + 1))).minusDays(1).toString());
        }
        return List.copyOf(resolved.values());
    }

    private static List<String> checkDeclaration(String id, Properties p, Map<String, Properties> all) {
        List<String> problems = new ArrayList<>();
        try {
            LocalDate.parse(p.getProperty("effective", "").strip());
        } catch (DateTimeParseException e) {
            problems.add(id + ": effective=" + p.getProperty("effective") + " is not a date (yyyy-MM-dd)");
        }
        for (String key : List.of("confidence", "summary", "rows")) {
            if (p.getProperty(key, "").isBlank()) {
                problems.add(id + ": " + key + "= is missing");
            }
        }
        if (p.getProperty("source.1", "").isBlank()) {
            problems.add(id + ": source.1= is missing (every revision names its sources)");
        }
        String base = p.getProperty("base", "").strip();
        if (!base.isEmpty()) {
            if (!all.containsKey(base)) {
                problems.add(id + ": base=" + base + " is not a revision folder");
            } else if (problems.isEmpty()) {
                try {
                    if (!effective(p).isAfter(effective(all.get(base)))) {
                        problems.add(id + ": effective=" + effective(p) + " is not after its base's " + effective(all.get(base)));
                    }
                } catch (DateTimeParseException ignored) {
                    // reported for the base itself
                }
            }
        }
        return problems;
    }

    private static Resolved resolve(String id, Map<String, Properties> declared, Map<String, Path> folders,
                                    Map<String, Resolved> done, List<String> problems) {
        Properties own = declared.get(id);
        String baseId = own.getProperty("base", "").strip();
        Map<String, ResolvedFile> files = new LinkedHashMap<>();
        Properties declaration = new Properties();
        if (!baseId.isEmpty()) {
            Resolved base = done.get(baseId);
            if (base == null) {
                problems.add(id + ": base " + baseId + " is not in force before it");
                return new Resolved(id, own, List.of());
            }
            base.files().forEach(f -> files.put(f.name(), f));
            // Inherited texts (status names, where-to-act texts): the base's unless this revision names its own.
            for (String key : base.declaration().stringPropertyNames()) {
                if (key.startsWith("status.") || key.startsWith("where.")) {
                    declaration.setProperty(key, base.declaration().getProperty(key));
                }
            }
        }
        for (String removed : list(own.getProperty("removes", ""))) {
            if (files.remove(removed) == null) {
                problems.add(id + ": removes " + removed + ", which its base " + (baseId.isEmpty() ? "(none)" : baseId)
                        + " does not have");
            }
        }
        try (Stream<Path> children = Files.list(folders.get(id))) {
            for (Path file : children.filter(f -> f.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                String name = file.getFileName().toString();
                if (list(own.getProperty("removes", "")).contains(name)) {
                    problems.add(id + ": " + name + " is both in the folder and in removes");
                }
                files.put(name, new ResolvedFile(name, id, Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read revision folder " + folders.get(id), e);
        }
        own.stringPropertyNames().forEach(key -> declaration.setProperty(key, own.getProperty(key)));
        return new Resolved(id, declaration, List.copyOf(files.values()));
    }

    static LocalDate effective(Properties p) {
        return LocalDate.parse(p.getProperty("effective", "").strip());
    }

    /** The items of a comma-separated list, stripped, without empty ones. */
    static List<String> list(String csv) {
        List<String> items = new ArrayList<>();
        for (String item : csv.split(",")) {
            String stripped = item.strip();
            if (!stripped.isEmpty()) {
                items.add(stripped);
            }
        }
        return List.copyOf(items);
    }

    /** The DRL text with its {@code package dev.cosell.rules;} statement moved to the revision's own package. */
    static String inPackage(String text, String id, String file) {
        String statement = "package " + PACKAGE + ";";
        if (!text.contains(statement)) {
            throw new IllegalStateException(id + "/" + file + ": should declare \"" + statement + "\"");
        }
        return withPackage(text, packageOf(id));
    }

    /** The DRL text with the package its package statement (in code, not a comment) names replaced by {@code pkg}. */
    static String withPackage(String text, String pkg) {
        java.util.regex.Matcher m = Patterns.PACKAGE_STATEMENT.matcher(code(text));
        return m.find() ? text.substring(0, m.start(1)) + pkg + text.substring(m.end(1)) : text;
    }

    /** The rules a DRL text declares: line number (1-based) to rule name, in line order. */
    static Map<Integer, String> declarationsIn(String text) {
        Map<Integer, String> rules = new TreeMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String trimmed = lines[i].trim();
            if (trimmed.startsWith("rule ") || trimmed.startsWith("rule\t")) {
                rules.put(i + 1, ruleNameOf(trimmed.substring(5).trim()));
            }
        }
        return java.util.Collections.unmodifiableMap(rules);
    }

    /** The name of a rule from what follows {@code rule} on its line: quoted, or the first word. */
    static String ruleNameOf(String rest) {
        if ((rest.startsWith("\"") || rest.startsWith("'")) && rest.indexOf(rest.charAt(0), 1) > 0) {
            return rest.substring(1, rest.indexOf(rest.charAt(0), 1));
        }
        return rest.split("\\s+")[0];
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return p;
    }

    /**
     * Writes the revision folders: under {@code out} each folder's own DRL files in its package
     * ({@code dev/cosell/rules/r<id>/}) and, beside them, the revision's resolved declaration ({@link #DECLARATIONS})
     * and the list of its rules ({@link #RULES}); {@code dev/cosell/rules/revisions.properties}, the calendar (see
     * {@link #INDEX}); under {@code compiled} the copy the build precompiles ({@link #compiledCopies}),
     * {@code dev/cosell/rules/program/<id>/<file>}.
     *
     * @throws IllegalStateException naming every problem of the folders (see {@link #resolveAll} and
     *                               {@link #compiledCopies})
     */
    static void write(Path root, Path out, Path compiled) throws IOException {
        List<Resolved> revisions = resolveAll(root);
        Compiled copies = compiledCopies(revisions);
        Path base = out.resolve(PACKAGE.replace('.', '/'));
        Files.createDirectories(base);
        StringBuilder calendar = new StringBuilder();
        for (Resolved r : revisions) {
            Path folder = Files.createDirectories(out.resolve(packageOf(r.id()).replace('.', '/')));
            List<String> names = new ArrayList<>();
            for (ResolvedFile f : r.files()) {
                names.add(f.name());
                r.declaration().setProperty("origin." + f.name(), f.origin());
                if (f.origin().equals(r.id())) {
                    Files.writeString(folder.resolve(f.name()), inPackage(f.text(), r.id(), f.name()),
                            StandardCharsets.UTF_8);
                }
            }
            r.declaration().setProperty("files", String.join(",", names));
            Files.writeString(folder.resolve(DECLARATIONS), "# Revision " + r.id() + " as declared, with what it"
                    + " inherits and its files (written by the build).\n" + sorted(r.declaration()),
                    StandardCharsets.UTF_8);
            Files.writeString(folder.resolve(RULES), "# The rules of revision " + r.id() + " in declaration order, and"
                    + " their names in the precompiled copy where it renamed them (written by the build).\n"
                    + sorted(rulesOf(r, copies.renamedRules())), StandardCharsets.UTF_8);
            Properties prefixed = new Properties();
            for (String key : List.of("effective", "gapUntil", "newestText")) {
                if (r.declaration().getProperty(key) != null) {
                    prefixed.setProperty(r.id() + "/" + key, r.declaration().getProperty(key).strip());
                }
            }
            calendar.append(sorted(prefixed));
        }
        String index = "# The program revisions, in date order (written by the build).\nrevisions="
                + String.join(",", revisions.stream().map(Resolved::id).toList()) + "\n" + calendar;
        Files.writeString(base.resolve(INDEX), index, StandardCharsets.UTF_8);
        Path into = compiled.resolve(COMPILED_PACKAGE.replace('.', '/'));
        for (Map.Entry<String, String> copy : copies.files().entrySet()) {
            Path file = into.resolve(copy.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, copy.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** The list of a resolved revision's rules ({@link #RULES}), from its files and the names the copy renamed. */
    static Properties rulesOf(Resolved r, Map<String, String> renamed) {
        Properties rules = new Properties();
        int n = 0;
        for (ResolvedFile f : r.files()) {
            for (Map.Entry<Integer, String> rule : declarationsIn(f.text()).entrySet()) {
                n++;
                rules.setProperty(n + ".file", f.origin() + "/" + f.name());
                rules.setProperty(n + ".line", String.valueOf(rule.getKey()));
                rules.setProperty(n + ".rule", rule.getValue());
                String compiled = renamed.get(f.origin() + "/" + rule.getValue());
                if (compiled != null) {
                    rules.setProperty(n + ".compiled", compiled);
                }
            }
        }
        return rules;
    }

    /** A DRL function: its name, its text from {@code function} to its closing brace, its file and where it starts. */
    record Function(String name, String text, String file, int start) {
    }

    /**
     * The patterns that read DRL text, compiled when first used (by the build, or a revision compiled from DRL): the
     * library's other uses of this class, reading the calendar, need none.
     */
    private static final class Patterns {
        /** {@code package <name>} at the start of a line. */
        static final java.util.regex.Pattern PACKAGE_STATEMENT = java.util.regex.Pattern.compile(
                "(?m)^[ \\t]*package[ \\t]+([\\w.]+)");
        /** {@code function <type> <name>(} at the start of a line. */
        static final java.util.regex.Pattern FUNCTION = java.util.regex.Pattern.compile(
                "(?m)^[ \\t]*(function)\\s+[\\w.<>\\[\\], ]+?\\s+(\\w+)\\s*\\(");
        /** A name followed by an opening parenthesis, not after a dot: a call of a function (or a constructor). */
        static final java.util.regex.Pattern CALL = java.util.regex.Pattern.compile(
                "(?<![\\w.$])(\\w+)\\s*\\(");
    }

    /** The functions a DRL file defines, by name; {@code file} names it in messages. */
    static Map<String, Function> functionsIn(String text, String file) {
        String code = code(text);
        Map<String, Function> functions = new LinkedHashMap<>();
        java.util.regex.Matcher m = Patterns.FUNCTION.matcher(code);
        while (m.find()) {
            int open = code.indexOf('{', m.end());
            int close = open < 0 ? -1 : closing(code, open);
            if (close < 0) {
                throw new IllegalStateException(file + ": function " + m.group(2) + " has no closing brace");
            }
            functions.put(m.group(2), new Function(m.group(2), text.substring(m.start(1), close + 1), file,
                    m.start(1)));
        }
        return functions;
    }

    /** The names that DRL code calls as functions (names followed by a parenthesis, not after a dot). */
    static java.util.Set<String> callsIn(String text) {
        java.util.Set<String> calls = new java.util.TreeSet<>();
        java.util.regex.Matcher m = Patterns.CALL.matcher(code(text));
        while (m.find()) {
            calls.add(m.group(1));
        }
        return calls;
    }

    /** The index of the brace that closes the one at {@code open}, in code without comments and strings; or -1. */
    private static int closing(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * DRL text with its comments and the contents of its string and character literals blanked (line breaks kept),
     * so that a brace, a parenthesis or a name inside them is not taken for code.
     */
    static String code(String text) {
        StringBuilder code = new StringBuilder(text);
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '/') {
                while (i < code.length() && code.charAt(i) != '\n') {
                    code.setCharAt(i++, ' ');
                }
            } else if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? code.length() : end + 2;
                for (; i < end; i++) {
                    if (code.charAt(i) != '\n') {
                        code.setCharAt(i, ' ');
                    }
                }
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < code.length() && code.charAt(i) != c && code.charAt(i) != '\n') {
                    if (code.charAt(i) == '\\' && i + 1 < code.length()) {
                        code.setCharAt(i++, ' ');
                    }
                    code.setCharAt(i++, ' ');
                }
                i++;
            } else {
                i++;
            }
        }
        return code.toString();
    }

    /**
     * The precompiled copy: its files by {@code <folder>/<file>}, and the renamed rules: by {@code <folder>/<rule
     * name>}, the rule's name in the copy (see {@link #RULES}).
     */
    record Compiled(Map<String, String> files, Map<String, String> renamedRules) {
    }

    /**
     * Where the name of the rule declared on a line stands in a DRL text, with its quotes if it has them: the rules
     * are those {@link #declarationsIn} finds, as the library reads them.
     */
    private static int[] nameAt(String text, int line, String name) {
        int at = 0;
        for (int i = 1; i < line; i++) {
            at = text.indexOf('\n', at) + 1;
        }
        int start = text.indexOf(name, text.indexOf("rule", at) + "rule".length());
        boolean quoted = start > 0 && (text.charAt(start - 1) == '"' || text.charAt(start - 1) == '\'');
        return quoted ? new int[] {start - 1, start + name.length() + 1} : new int[] {start, start + name.length()};
    }

    /** A change to a DRL text: the characters from {@code start} to {@code end} replaced by {@code with}. */
    private record Edit(int start, int end, String with) {
    }

    /**
     * The copy of every folder's files that the build precompiles, all in {@link #COMPILED_PACKAGE}. The library
     * builds a revision's rule set from it; so that every revision gets the rules and functions of its own files:
     * <ul>
     *   <li>a rule name that files of two folders declare is, in each copy, the name followed by {@code " @"} and
     *       the folder's id (the library gives the rule its own name back);</li>
     *   <li>a function that files of several folders define in the same text is defined once (the other copies are
     *       blank lines); one they define in several texts is defined once per text, named after the first folder
     *       that defines it ({@code acrBetween__2020_09_02}), and each file's calls name the one it calls;</li>
     *   <li>lines stay where they are, so a rule's line is the same in the copy as in its folder.</li>
     * </ul>
     *
     * @throws IllegalStateException naming every function that a revision using a file does not define, defines
     *                               twice, or defines otherwise than another revision using the file (a file is
     *                               compiled once, so it calls one version of each function)
     */
    static Compiled compiledCopies(List<Resolved> revisions) {
        Map<String, ResolvedFile> files = new LinkedHashMap<>();
        for (Resolved r : revisions) {
            r.files().forEach(f -> files.putIfAbsent(f.origin() + "/" + f.name(), f));
        }
        // Rule names declared by files of more than one folder.
        Map<String, java.util.Set<String>> folders = new TreeMap<>();
        files.values().forEach(f -> declarationsIn(f.text()).values().forEach(rule -> folders.computeIfAbsent(
                rule, n -> new java.util.TreeSet<>()).add(f.origin())));
        // Functions: every definition, and which one each file calls under every revision that uses it.
        Map<String, Map<String, Function>> defined = new LinkedHashMap<>();
        java.util.Set<String> known = new java.util.TreeSet<>();
        files.forEach((key, f) -> {
            Map<String, Function> fns = functionsIn(f.text(), key);
            defined.put(key, fns);
            known.addAll(fns.keySet());
        });
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, Function>> calls = new LinkedHashMap<>();
        for (Resolved r : revisions) {
            Map<String, List<Function>> visible = new TreeMap<>();
            for (ResolvedFile f : r.files()) {
                defined.get(f.origin() + "/" + f.name()).values()
                        .forEach(fn -> visible.computeIfAbsent(fn.name(), n -> new ArrayList<>()).add(fn));
            }
            for (ResolvedFile f : r.files()) {
                String file = f.origin() + "/" + f.name();
                Map<String, Function> called = calls.computeIfAbsent(file, k -> new TreeMap<>());
                java.util.Deque<String> todo = new java.util.ArrayDeque<>(callsIn(f.text()));
                java.util.Set<String> reached = new java.util.TreeSet<>();
                while (!todo.isEmpty()) {
                    String name = todo.pop();
                    if (!known.contains(name) || !reached.add(name)) {
                        continue;
                    }
                    List<Function> defs = visible.getOrDefault(name, List.of());
                    if (defs.isEmpty()) {
                        problems.add(r.id() + ": " + file + " calls function " + name
                                + ", which no file of revision " + r.id() + " defines");
                        continue;
                    }
                    if (defs.size() > 1) {
                        problems.add(r.id() + ": function " + name + " is defined in "
                                + defs.stream().map(Function::file).toList() + "; define it in one file");
                        continue;
                    }
                    Function def = defs.get(0);
                    callsIn(def.text()).forEach(todo::push);
                    Function earlier = called.putIfAbsent(name, def);
                    if (earlier != null && !earlier.text().equals(def.text())) {
                        problems.add(r.id() + ": " + file + " calls function " + name + ", which revision " + r.id()
                                + " takes from " + def.file() + " and an earlier revision using the file from "
                                + earlier.file() + "; the file is compiled once: copy it into " + r.id()
                                + "/, or give both files the same function");
                    }
                }
            }
        }
        // Each function's texts, in the order first defined, and the name each text is compiled under.
        Map<String, Map<String, String>> compiledName = new TreeMap<>();
        Map<String, String> keptIn = new TreeMap<>();
        defined.forEach((file, fns) -> fns.values().forEach(fn -> {
            Map<String, String> texts = compiledName.computeIfAbsent(fn.name(), n -> new LinkedHashMap<>());
            if (!texts.containsKey(fn.text())) {
                texts.put(fn.text(), fn.name() + "__" + file.substring(0, file.indexOf('/')).replace('-', '_'));
                keptIn.put(fn.name() + "\n" + fn.text(), file);
            }
        }));
        compiledName.values().forEach(texts -> {
            if (texts.size() == 1) {
                texts.replaceAll((text, name) -> name.substring(0, name.indexOf("__")));
            }
        });
        // A definition left out of the copy for the same text elsewhere must call what that one calls.
        defined.forEach((file, fns) -> fns.values().forEach(fn -> {
            Function kept = defined.get(keptIn.get(fn.name() + "\n" + fn.text())).get(fn.name());
            for (String callee : callsIn(fn.text())) {
                Function here = calls.getOrDefault(file, Map.of()).get(callee);
                Function there = calls.getOrDefault(kept.file(), Map.of()).get(callee);
                if (here != null && there != null && !here.text().equals(there.text())) {
                    problems.add("function " + fn.name() + " of " + file + " calls " + callee + " of " + here.file()
                            + ", the same function of " + kept.file() + " calls " + callee + " of " + there.file()
                            + "; give them one " + callee);
                }
            }
        }));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("revision folders: " + String.join("; ", problems.stream().distinct()
                    .toList()));
        }
        Map<String, String> copies = new LinkedHashMap<>();
        Map<String, String> renamed = new TreeMap<>();
        files.forEach((file, f) -> {
            String text = f.text();
            List<Edit> edits = new ArrayList<>();
            declarationsIn(text).forEach((line, name) -> {
                if (folders.get(name).size() > 1) {
                    String compiled = name + " @" + f.origin();
                    renamed.put(f.origin() + "/" + name, compiled);
                    int[] at = nameAt(text, line, name);
                    edits.add(new Edit(at[0], at[1], "\"" + compiled + "\""));
                }
            });
            List<Edit> blanked = new ArrayList<>();
            for (Function fn : defined.get(file).values()) {
                if (!file.equals(keptIn.get(fn.name() + "\n" + fn.text()))) {
                    blanked.add(new Edit(fn.start(), fn.start() + fn.text().length(),
                            "\n".repeat((int) fn.text().chars().filter(c -> c == '\n').count())));
                }
            }
            edits.addAll(blanked);
            java.util.regex.Matcher call = Patterns.CALL.matcher(code(text));
            while (call.find()) {
                Map<String, String> texts = compiledName.get(call.group(1));
                int at = call.start();
                if (texts == null || texts.size() == 1 || blanked.stream().anyMatch(b -> at >= b.start() && at < b.end())) {
                    continue;
                }
                Function target = calls.getOrDefault(file, Map.of()).getOrDefault(call.group(1),
                        defined.get(file).get(call.group(1)));
                if (target != null) {
                    edits.add(new Edit(call.start(1), call.end(1), texts.get(target.text())));
                }
            }
            // From the end, so that each edit's place is still where it was found.
            StringBuilder copy = new StringBuilder(text);
            edits.stream().sorted(java.util.Comparator.comparingInt(Edit::start).reversed())
                    .forEach(edit -> copy.replace(edit.start(), edit.end(), edit.with()));
            // The note at the end, so that every line stays where it is in the folder.
            copies.put(file, withPackage(copy.toString(), COMPILED_PACKAGE) + "\n// Written by the build"
                    + " (RevisionFolders.java) from " + file + " for the precompiled rules: edit that file, not this copy.\n");
        });
        return new Compiled(copies, renamed);
    }

    /** Properties as text, keys sorted, so that the build's output is the same every time. */
    private static String sorted(Properties p) throws IOException {
        StringWriter text = new StringWriter();
        for (String key : new TreeMap<>(toMap(p)).keySet()) {
            Properties one = new Properties();
            one.setProperty(key, p.getProperty(key));
            StringWriter line = new StringWriter();
            one.store(line, null);
            line.toString().lines().filter(l -> !l.startsWith("#")).forEach(l -> text.append(l).append('\n'));
        }
        return text.toString();
    }

    private static Map<String, String> toMap(Properties p) {
        Map<String, String> map = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
        return map;
    }

    /**
     * {@code java RevisionFolders.java RULES OUT}: resolves the revision folders under {@code RULES} and writes them
     * under {@code OUT}; exits 1 naming every problem.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java RevisionFolders.java RULES-FOLDER OUTPUT-FOLDER COMPILED-FOLDER");
            System.exit(2);
        }
        try {
            write(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
