package dev.cosell.examples.cli;

import dev.cosell.json.SubmissionReader;
import dev.cosell.json.SubmissionRecord;
import dev.cosell.model.Submission;
import dev.cosell.rules.CoSellEvaluator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The input files of a command, read lazily one after the other. Shared by the subcommands that read
 * submissions; {@code "-"} names standard input. Inputs that are not regular files (a FIFO, {@code /dev/stdin},
 * a process substitution such as {@code <(zcat a.json.gz)}) are read as streams, as standard input is. An input
 * that holds no submission at all (an empty file, {@code []}) is reported as a warning.
 */
public final class Inputs {
    /** The name that stands for standard input. */
    public static final String STDIN = "-";

    private final List<Path> files;
    private final InputStream stdin;
    private final SubmissionReader reader = new SubmissionReader();
    private final Consumer<String> warnings;

    /**
     * The given files, with {@code stdin} for {@code "-"}; warnings are dropped.
     *
     * @param files the submission files, in order; {@code "-"} reads {@code stdin}
     * @param stdin the stream {@code "-"} stands for
     */
    public Inputs(List<Path> files, InputStream stdin) {
        this(files, stdin, warning -> { });
    }

    /**
     * The given files, with {@code stdin} for {@code "-"}; {@code warnings} is told of every input that holds no
     * submission (for example {@code "empty.json holds no submission"}).
     *
     * @param files    the submission files, in order; {@code "-"} reads {@code stdin}
     * @param stdin    the stream {@code "-"} stands for
     * @param warnings told of every input that holds no submission
     */
    public Inputs(List<Path> files, InputStream stdin, Consumer<String> warnings) {
        this.files = List.copyOf(files);
        this.stdin = stdin;
        this.warnings = warnings;
    }

    /** {@return a problem for each file that cannot be read (missing, a folder, not readable); empty when all can} */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            if (file.toString().equals(STDIN)) {
                continue;
            }
            if (!Files.exists(file)) {
                problems.add("cannot read " + file + ": no such file");
            } else if (Files.isDirectory(file)) {
                problems.add("cannot read " + file + ": it is a folder; name the files in it");
            } else if (!Files.isReadable(file)) {
                problems.add("cannot read " + file + ": permission denied");
            }
        }
        return problems;
    }

    /**
     * {@return every record of every file, in order, lazily: one file open at a time} Close the stream to close the
     * file being read. A file that fails while being read throws {@link UncheckedIOException}.
     */
    public Stream<SubmissionRecord> records() {
        FileChain chain = new FileChain();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(chain, Spliterator.ORDERED
                | Spliterator.NONNULL), false).onClose(chain::close);
    }

    /**
     * {@return every record evaluated through {@link CoSellEvaluator#evaluateAll(Stream)}, lazily and in order}
     * Records that could not be read go through as {@code null} submissions, so that every record keeps its place;
     * their result carries the read errors in {@link EvaluatedRecord#record()}. Close the stream to close the
     * input.
     *
     * @param evaluator the evaluator that assesses the records' submissions
     */
    public Stream<EvaluatedRecord> evaluate(CoSellEvaluator evaluator) {
        // evaluateAll pulls a batch, then yields its results in order: the records pulled but not yet answered
        // wait here, at most one batch of them.
        Deque<SubmissionRecord> pending = new ArrayDeque<>();
        Stream<Submission> submissions = records().peek(pending::addLast).map(r -> r.submission().orElse(null));
        return evaluator.evaluateAll(submissions).map(result -> new EvaluatedRecord(pending.removeFirst(), result));
    }

    /** Iterates over the records of each file in turn. */
    private final class FileChain implements Iterator<SubmissionRecord> {
        private final Iterator<Path> remaining = files.iterator();
        private Stream<SubmissionRecord> open;
        private Iterator<SubmissionRecord> current = Collections.emptyIterator();
        private String openName;
        private long openRecords;

        @Override
        public boolean hasNext() {
            while (!current.hasNext()) {
                if (open != null && openRecords == 0) {
                    warnings.accept(openName + " holds no submission");
                }
                close();
                if (!remaining.hasNext()) {
                    return false;
                }
                Path file = remaining.next();
                openName = file.toString().equals(STDIN) ? "<stdin>" : file.toString();
                openRecords = 0;
                try {
                    open = file.toString().equals(STDIN) ? reader.read(stdin, "<stdin>") : reader.read(file);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
                }
                current = open.iterator();
            }
            return true;
        }

        @Override
        public SubmissionRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            openRecords++;
            return current.next();
        }

        void close() {
            if (open != null) {
                Stream<SubmissionRecord> closing = open;
                open = null;
                current = Collections.emptyIterator();
                closing.close();
            }
        }
    }
}
