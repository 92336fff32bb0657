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
import java.util.Arrays;
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
 * <p>The build runs this file as a program ({@code java RevisionFolders.java RULES OUT}, JDK only, no other class of
 * the library) to write every resolved revision into {@code OUT}, where the rules are precompiled: each revision in a
 * package of its own ({@code dev.cosell.rules.r2020_09_02}), so that the revisions' rules, functions and names never
 * meet. The library reads the same output from its class path.
 */
final class RevisionFolders {
    /** The file of a revision folder that declares it. */
    static final String DECLARATION = "revision.properties";
    /**
     * The index the build writes: {@code revisions=} the ids in date order, then each revision's resolved
     * declaration with its keys prefixed by {@code <id>/}, so that the calendar is read from one resource.
     */
    static final String INDEX = "revisions.properties";
    /** The package of the revisions' resolved rules: one sub-package per revision. */
    static final String PACKAGE = "dev.cosell.rules";

    private RevisionFolders() {
    }

    /** One resolved DRL file: its name, the revision whose folder holds it, and its text. */
    record ResolvedFile(String name, String origin, String text) {
    }

    /** A resolved revision: its declaration with inherited texts, and its files in order. */
    record Resolved(String id, Properties declaration, List<ResolvedFile> files) {
    }

    /** The package of a revision's rules, e.g. {@code dev.cosell.rules.r2020_09_02}. */
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

    static List<String> list(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The DRL text with its {@code package dev.cosell.rules;} statement moved to the revision's own package. */
    static String inPackage(String text, String id, String file) {
        String statement = "package " + PACKAGE + ";";
        int at = text.indexOf(statement);
        if (at < 0) {
            throw new IllegalStateException(id + "/" + file + ": should declare \"" + statement + "\"");
        }
        return text.substring(0, at) + "package " + packageOf(id) + ";" + text.substring(at + statement.length());
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
     * Writes every resolved revision under {@code out}: per revision {@code dev/cosell/rules/r<id>/} with its DRL
     * files in its own package, and {@code dev/cosell/rules/revisions.properties} (see {@link #INDEX}): the ids in
     * date order and every resolved declaration, completed with {@code files=} (in order), {@code origin.<file>=}
     * (the revision folder the file comes from) and {@code until=}.
     */
    static void write(Path root, Path out) throws IOException {
        List<Resolved> revisions = resolveAll(root);
        Path base = out.resolve(PACKAGE.replace('.', '/'));
        Files.createDirectories(base);
        StringBuilder declarations = new StringBuilder();
        for (Resolved r : revisions) {
            Path folder = out.resolve(packageOf(r.id()).replace('.', '/'));
            Files.createDirectories(folder);
            List<String> names = new ArrayList<>();
            for (ResolvedFile f : r.files()) {
                names.add(f.name());
                r.declaration().setProperty("origin." + f.name(), f.origin());
                Files.writeString(folder.resolve(f.name()), inPackage(f.text(), r.id(), f.name()), StandardCharsets.UTF_8);
            }
            r.declaration().setProperty("files", String.join(",", names));
            Properties prefixed = new Properties();
            toMap(r.declaration()).forEach((key, value) -> prefixed.setProperty(r.id() + "/" + key, value));
            declarations.append(sorted(prefixed));
        }
        String index = "# The program revisions, in date order (written by the build).\nrevisions="
                + String.join(",", revisions.stream().map(Resolved::id).toList()) + "\n" + declarations;
        Files.writeString(base.resolve(INDEX), index, StandardCharsets.UTF_8);
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
        if (args.length != 2) {
            System.err.println("usage: java RevisionFolders.java RULES-FOLDER OUTPUT-FOLDER");
            System.exit(2);
        }
        try {
            write(Path.of(args[0]), Path.of(args[1]));
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
