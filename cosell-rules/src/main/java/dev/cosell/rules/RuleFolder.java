package dev.cosell.rules;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        List<RuleSource> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p)).sorted()
                    .toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                sources.add(new RuleSource(name, Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw problem(root.toString(), "cannot be read: " + e.getMessage());
        }
        if (sources.isEmpty()) {
            throw problem(root.toString(), "holds no .drl file");
        }
        return RuleSet.compile(root.toString(), revision(root), sources);
    }

    private static String revision(Path root) {
        Path manifest = root.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return "unversioned";
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw problem(manifest.toString(), "cannot be read: " + e.getMessage());
        }
        return properties.getProperty("revision", "unversioned").strip();
    }

    private static RuleCompilationException problem(String where, String message) {
        return new RuleCompilationException(where, List.of(new RuleProblem(where, 0, "", message)));
    }
}
