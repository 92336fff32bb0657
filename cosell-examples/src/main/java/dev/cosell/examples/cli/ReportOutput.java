package dev.cosell.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a report goes, so that no run destroys or half-writes a file: standard output, or a file named with
 * {@code --output}.
 *
 * <p>A file is never one of the inputs ({@link #conflict}: the same file by any name, through symbolic or hard
 * links too). A regular file (or a new one) is written to a temporary file next to it and moved into place
 * only when the whole report is written ({@link #commit()}); a run that fails leaves the file as it was and no
 * temporary file behind. A file that is not a regular file (a device such as {@code /dev/null}, a pipe) is
 * written directly. Every write error surfaces as an {@link IOException}, standard output's too, whose
 * {@link PrintWriter} would otherwise swallow it.
 */
final class ReportOutput implements AutoCloseable {
    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private final String name;
    private final Writer writer;
    private final PrintWriter stdout;
    private final Path temporary;
    private final Path target;
    private boolean committed;

    private ReportOutput(String name, Writer writer, PrintWriter stdout, Path temporary, Path target) {
        this.name = name;
        this.writer = writer;
        this.stdout = stdout;
        this.temporary = temporary;
        this.target = target;
    }

    /** Standard output: write errors are found by {@link PrintWriter#checkError()}. */
    static ReportOutput standardOutput(PrintWriter stdout) {
        return new ReportOutput("standard output", stdout, stdout, null, null);
    }

    /**
     * Why {@code output} cannot be written because it is one of the inputs, naming both; empty when it is none
     * of them. {@code "-"} (standard input) is no file and never conflicts.
     */
    static Optional<String> conflict(Path output, List<Path> inputs) {
        if (!Files.exists(output)) {
            return Optional.empty();
        }
        for (Path input : inputs) {
            if (input.toString().equals(Inputs.STDIN)) {
                continue;
            }
            try {
                if (Files.exists(input) && Files.isSameFile(output, input)) {
                    return Optional.of("cannot write " + output + ": it is the input file " + input
                            + "; the report would destroy it, name another output file");
                }
            } catch (IOException e) {
                // An input that cannot be compared cannot be read either: Inputs reports it.
            }
        }
        return Optional.empty();
    }

    /**
     * A report file: a temporary file next to {@code output} (next to the file a link points to), or
     * {@code output} itself if it exists and is not a regular file.
     */
    static ReportOutput file(Path output, boolean byteOrderMark) throws IOException {
        if (Files.exists(output) && !Files.isRegularFile(output)) {
            if (Files.isDirectory(output)) {
                throw new IOException("it is a folder");
            }
            return new ReportOutput(output.toString(), writer(Files.newOutputStream(output), byteOrderMark), null,
                    null, null);
        }
        Path target = Files.exists(output) ? output.toRealPath() : output.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new java.nio.file.NoSuchFileException(String.valueOf(folder), null, "no such folder");
        }
        Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        // An interrupted run (Ctrl-C) leaves no temporary file either; a committed one has been moved away.
        temporary.toFile().deleteOnExit();
        try {
            permissions(temporary, Files.exists(target, LinkOption.NOFOLLOW_LINKS) ? target : null);
            return new ReportOutput(output.toString(), writer(Files.newOutputStream(temporary), byteOrderMark),
                    null, temporary, target);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    private static Writer writer(OutputStream stream, boolean byteOrderMark) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        if (byteOrderMark) {
            writer.write('\uFEFF');
        }
        return writer;
    }

    /** A replaced file keeps its permissions; a new one gets rw-r--r-- rather than a temporary file's rw-------. */
    private static void permissions(Path temporary, Path replaced) throws IOException {
        try {
            Files.setPosixFilePermissions(temporary, replaced == null ? NEW_FILE
                    : Files.getPosixFilePermissions(replaced));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the temporary file keeps the system's defaults.
        }
    }

    /** Where the report is written. */
    Writer writer() {
        return writer;
    }

    /** The output's name for messages: the file as given, or "standard output". */
    String name() {
        return name;
    }

    /**
     * Throws if a write has failed so far; cheap enough to call every few thousand records, so that a run on a
     * full device stops early.
     */
    void check() throws IOException {
        if (stdout != null && stdout.checkError()) {
            throw new IOException("write error (a full device, or a closed pipe)");
        }
    }

    /** Flushes the report and puts it in place; the report is complete once this returns. */
    void commit() throws IOException {
        writer.flush();
        check();
        if (stdout != null) {
            committed = true;
            return;
        }
        writer.close();
        if (temporary != null) {
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        committed = true;
    }

    /** Without a {@link #commit()}: discards the report, leaving the named file as it was. */
    @Override
    public void close() {
        if (stdout != null) {
            stdout.flush();
            return;
        }
        try {
            writer.close();
        } catch (IOException e) {
            // The report is discarded anyway, or was committed, which closed it.
        }
        if (!committed && temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // Nothing more can be done; the named file itself is untouched.
            }
        }
    }
}
