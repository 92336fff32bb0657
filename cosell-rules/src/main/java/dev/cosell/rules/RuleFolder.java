package dev.cosell.rules;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/** Reads a rule author's folder of DRL files into a checked {@link RuleSet}. */
final class RuleFolder {
    /** The optional file, in the folder, that names the revision the rules encode. */
    static final String MANIFEST = "ruleset.properties";

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
        Properties manifest = manifest(root);
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().forEach(names::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw problem(root.toString(), "cannot be read: " + e.getMessage());
        }
        if (names.isEmpty()) {
            throw problem(root.toString(), "holds no .drl file");
        }
        List<RuleSource> sources = new ArrayList<>();
        for (String name : inReadingOrder(names, manifest)) {
            try {
                sources.add(new RuleSource(name, Files.readString(root.resolve(name), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw problem(root.resolve(name).toString(), "cannot be read: " + e.getMessage());
            }
        }
        return RuleSet.compile(root.toString(), manifest.getProperty("revision", "unversioned").strip(), sources);
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

    /** The folder's {@code ruleset.properties}, or no properties when there is none. */
    private static Properties manifest(Path root) {
        Path manifest = root.resolve(MANIFEST);
        Properties properties = new Properties();
        if (!Files.isRegularFile(manifest)) {
            return properties;
        }
        try (Reader in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw problem(manifest.toString(), "cannot be read: " + e.getMessage());
        }
        return properties;
    }

    private static RuleCompilationException problem(String where, String message) {
        return new RuleCompilationException(where, List.of(new RuleProblem(where, 0, "", message)));
    }
}
