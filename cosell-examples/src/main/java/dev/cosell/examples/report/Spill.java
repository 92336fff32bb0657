package dev.cosell.examples.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A part of a page written before the parts that come ahead of it are known: kept in memory, or in a temporary
 * file (UTF-8) so that its size does not count against the heap. {@link #copyTo(Writer)} appends it to the page;
 * {@link #close()} deletes the file.
 */
abstract class Spill implements AutoCloseable {

    /** An empty part: in memory when {@code folder} is {@code null}, else in a new temporary file there. */
    static Spill create(Path folder) throws IOException {
        return folder == null ? new InMemory() : new InFile(Files.createTempFile(folder, "cosell-report-", ".part"));
    }

    /** Where the part is written. */
    abstract Writer writer();

    /** Appends the part as written so far to {@code out}. */
    abstract void copyTo(Writer out) throws IOException;

    @Override
    public abstract void close() throws IOException;

    private static final class InMemory extends Spill {
        private final StringWriter text = new StringWriter();

        @Override
        Writer writer() {
            return text;
        }

        @Override
        void copyTo(Writer out) throws IOException {
            out.write(text.toString());
        }

        @Override
        public void close() {
        }
    }

    private static final class InFile extends Spill {
        private final Path file;
        private final BufferedWriter writer;

        InFile(Path file) throws IOException {
            this.file = file;
            // Gone with the JVM too when a run is interrupted (Ctrl-C) before close().
            file.toFile().deleteOnExit();
            try {
                this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        }

        @Override
        Writer writer() {
            return writer;
        }

        @Override
        void copyTo(Writer out) throws IOException {
            writer.flush();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                in.transferTo(out);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                writer.close();
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }
}
