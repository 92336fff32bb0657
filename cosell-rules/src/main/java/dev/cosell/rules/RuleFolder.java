package dev.cosell.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a rule author's folder of DRL files into a checked {@link RuleSet}, within the folder and within the
 * limits: a link that leads out of the folder is not followed, and a folder past a size limit is rejected before
 * anything is compiled (compiling takes time and memory in proportion to the text, and more).
 */
final class RuleFolder {
    /** The optional file, in the folder, that names the revision the rules encode and the files' order. */
    static final String MANIFEST = "ruleset.properties";
    /**
     * The declaration of a revision folder ({@code cosell-rules/src/main/rules/<id>/}): read when the folder has no
     * {@value #MANIFEST}; its {@code id}, {@code rows}, {@code benefits} and {@code channels} set the revision.
     */
    static final String DECLARATION = RevisionFolders.DECLARATION;
    /** The most DRL files a folder may hold. */
    static final int MAX_FILES = 1_000;
    /** The largest DRL file, in bytes (256 KiB; the largest shipped file is about 7 KB). */
    static final int MAX_FILE_BYTES = 256 * 1024;
    /** The most DRL text a folder may hold, in bytes (1 MiB, some 40 times the shipped rules). */
    static final int MAX_FOLDER_BYTES = 1024 * 1024;
    /**
     * The deepest nesting of parentheses and square brackets in a DRL file (the shipped rules nest 4 deep). The
     * DRL parser's time grows exponentially with nesting: a call nested 20 deep takes tens of seconds to parse,
     * 30 deep hours.
     */
    static final int MAX_NESTING = 12;
    /** The largest {@value #MANIFEST}, in bytes. */
    static final int MAX_MANIFEST_BYTES = 64 * 1024;

    private RuleFolder() {
    }

    static RuleSet compile(Path directory) {
        if (directory == null) {
            throw problem("(no folder)", "no rule folder given");
        }
        Path root = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw problem(root.toString(), "is not a readable folder");
        }
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            throw problem(root.toString(), "cannot be read: " + e.getMessage());
        }
        List<RuleProblem> problems = new ArrayList<>();
        // Each DRL file by its name in the folder, with the file inside the folder to read it from.
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(p -> {
                String name = root.relativize(p).toString().replace('\\', '/');
                boolean drl = name.endsWith(".drl");
                if (Files.isSymbolicLink(p)) {
                    if (!drl && !name.equals(MANIFEST) && !name.equals(DECLARATION) && !Files.isDirectory(p)) {
                        return;
                    }
                    Path target = inside(p, realRoot);
                    if (target == null) {
                        problems.add(new RuleProblem(name, 0, "", "is a link that leads out of the rule folder; "
                                + "links out of the folder are not followed"));
                    } else if (drl && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                        files.put(name, target);
                    }
                } else if (drl && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    files.put(name, p);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw problem(root.toString(), "cannot be read: " + e.getMessage());
        }
        Properties manifest = manifest(root, realRoot, problems);
        if (files.isEmpty() && problems.isEmpty()) {
            throw problem(root.toString(), "holds no .drl file");
        }
        if (files.size() > MAX_FILES) {
            problems.add(new RuleProblem("(rule set)", 0, "", "the folder holds " + files.size()
                    + " DRL files; at most " + MAX_FILES + " are allowed"));
        }
        long total = 0;
        for (Map.Entry<String, Path> file : files.entrySet()) {
            long size = size(file.getValue());
            total += size;
            if (size > MAX_FILE_BYTES) {
                problems.add(new RuleProblem(file.getKey(), 0, "", "is " + size + " bytes; a DRL file may be at most "
                        + MAX_FILE_BYTES + " bytes"));
            }
        }
        if (total > MAX_FOLDER_BYTES) {
            problems.add(new RuleProblem("(rule set)", 0, "", "the DRL files hold " + total + " bytes together; "
                    + "a rule folder may hold at most " + MAX_FOLDER_BYTES + " bytes"));
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(root.toString(), problems);
        }
        List<RuleSource> sources = new ArrayList<>();
        for (String name : inReadingOrder(List.copyOf(files.keySet()), manifest)) {
            try {
                RuleSource source = new RuleSource(name, text(files.get(name), MAX_FILE_BYTES));
                sources.add(source);
                RuleProblem tooDeep = tooDeep(source);
                if (tooDeep != null) {
                    problems.add(tooDeep);
                }
            } catch (IOException e) {
                problems.add(new RuleProblem(name, 0, "", "cannot be read: " + describe(e)));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(root.toString(), problems);
        }
        String id = manifest.getProperty("revision", manifest.getProperty("id", "unversioned")).strip();
        if (!manifest.getProperty("base", "").isBlank()) {
            throw problem(root.toString(), "is the folder of revision " + id + ", which holds only what changed since "
                    + "revision " + manifest.getProperty("base").strip() + "; load the folder of a complete rule set");
        }
        return RuleSet.compile(root.toString(), Program.revision(id, manifest, root.toString()), sources);
    }

    /**
     * The first place where parentheses and square brackets nest deeper than {@link #MAX_NESTING}, outside
     * comments and string literals, or null.
     */
    static RuleProblem tooDeep(RuleSource source) {
        String text = source.text();
        int depth = 0;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                int end = text.indexOf('\n', i);
                i = (end < 0 ? text.length() : end) - 1;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                int stop = end < 0 ? text.length() : end + 2;
                line += (int) text.substring(i, stop).chars().filter(ch -> ch == '\n').count();
                i = stop - 1;
            } else if (c == '"' || c == '\'') {
                for (i++; i < text.length() && text.charAt(i) != c && text.charAt(i) != '\n'; i++) {
                    if (text.charAt(i) == '\\') {
                        i++;
                    }
                }
                if (i < text.length() && text.charAt(i) == '\n') {
                    line++;
                }
            } else if (c == '(' || c == '[') {
                if (++depth > MAX_NESTING) {
                    return new RuleProblem(source.name(), line, source.ruleAt(line), "parentheses and brackets are "
                            + "nested more than " + MAX_NESTING + " deep; the rule parser's time grows "
                            + "exponentially with nesting, so at most " + MAX_NESTING + " levels are allowed");
                }
            } else if (c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
            }
        }
        return null;
    }

    /** Where a link leads, if that is inside the folder; null if it leads out of it or nowhere. */
    private static Path inside(Path link, Path realRoot) {
        try {
            Path target = link.toRealPath();
            return target.startsWith(realRoot) ? target : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // reading it reports the problem
        }
    }

    /**
     * A file's text, UTF-8; never more than {@code limit} bytes are read, so a file that grows after its size
     * was checked cannot exhaust memory.
     */
    private static String text(Path file, int limit) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            bytes = in.readNBytes(limit + 1);
        }
        if (bytes.length > limit) {
            throw new IOException("it grew past " + limit + " bytes while being read");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("it is not UTF-8 text");
        }
    }

    private static String describe(IOException e) {
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.NoSuchFileException ? "it was removed"
                : String.valueOf(e.getMessage());
    }

    /**
     * The files the manifest lists, in its order, then every other file in path order. Rules of equal salience
     * fire in the order they were added, so a copy of the shipped folder fires its rules in the shipped order.
     */
    private static List<String> inReadingOrder(List<String> names, Properties manifest) {
        LinkedHashSet<String> ordered = new LinkedHashSet<>();
        for (String listed : manifest.getProperty("files", "").split(",")) {
            if (names.contains(listed.strip())) {
                ordered.add(listed.strip());
            }
        }
        ordered.addAll(names);
        return List.copyOf(ordered);
    }

    /** The folder's {@code ruleset.properties}, or no properties when there is none or it cannot be read. */
    private static Properties manifest(Path root, Path realRoot, List<RuleProblem> problems) {
        Path manifest = root.resolve(MANIFEST);
        if (!Files.exists(manifest, LinkOption.NOFOLLOW_LINKS) && Files.exists(root.resolve(DECLARATION))) {
            manifest = root.resolve(DECLARATION);
        }
        Properties properties = new Properties();
        Path file = manifest;
        if (Files.isSymbolicLink(manifest)) {
            file = inside(manifest, realRoot);
            if (file == null) {
                return properties; // reported by the walk
            }
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return properties;
        }
        try {
            properties.load(new StringReader(text(file, MAX_MANIFEST_BYTES)));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new RuleProblem(manifest.getFileName().toString(), 0, "", "cannot be read: "
                    + (e instanceof IOException io ? describe(io) : e.getMessage())));
        }
        return properties;
    }

    private static RuleCompilationException problem(String where, String message) {
        return new RuleCompilationException(where, List.of(new RuleProblem(where, 0, "", message)));
    }
}
