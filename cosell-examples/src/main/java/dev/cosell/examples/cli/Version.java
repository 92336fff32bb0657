package dev.cosell.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code cosell --version}: the version of the build (from {@code version.properties}, which the build fills
 * in with the project's version) and the revision of the shipped rule set, as the evaluator reports it.
 */
final class Version implements IVersionProvider {
    private static final String RESOURCE = "version.properties";

    /** The version of this build, such as {@code 0.1.0}. */
    static String version() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing next to " + Version.class.getName()
                        + ": the build did not package it");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    /** The span of the shipped calendar, e.g. "2020-05-19 to 2023-08-24 (10 revisions)". */
    static String revisions() {
        java.util.List<dev.cosell.model.Revision> all = EvaluateCommand.shippedEvaluator().revisions();
        return all.get(0).id() + " to " + all.get(all.size() - 1).id() + " (" + all.size() + " revisions)";
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "cosell " + version(),
            "program revisions " + revisions() + " (each submission gets the one in force on its date: cosell "
                    + "revisions)",
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
