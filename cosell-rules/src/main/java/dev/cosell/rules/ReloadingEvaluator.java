package dev.cosell.rules;

import dev.cosell.model.Assessment;
import dev.cosell.model.Offer;
import dev.cosell.model.Partner;
import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionResult;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An evaluator over a rule author's folder of DRL files that can take up changed rules while it serves.
 *
 * <pre>{@code
 * try (ReloadingEvaluator evaluator = ReloadingEvaluator.over(Path.of("rules"))) {
 *     evaluator.watch(result -> System.err.println(result));   // optional: reload when a file changes
 *     Assessment assessment = evaluator.evaluate(partner, offer, asOf);
 *     ReloadResult result = evaluator.reload();                 // or reload on request
 * }
 * }</pre>
 *
 * <p><b>Safe reload.</b> {@link #reload()} compiles and checks the folder anew and swaps the new rules in
 * atomically. If they do not compile or fail the rule-set checks, nothing changes: the previous rules keep
 * serving and the {@link ReloadResult} says why. Evaluations in flight finish on the rules they started with;
 * each assessment, and each stream of {@link #evaluateAll}, comes from exactly one rule set, whose revision it
 * carries.
 *
 * <p><b>Thread safety.</b> Thread-safe: evaluate from any number of threads while reloading. Reloads are
 * serialized. {@link #close()} stops watching; evaluation keeps working after it.
 *
 * <p><b>Trust boundary.</b> The folder is code: its rules run with every permission of the application. Watch
 * only a folder that trusted authors alone can write; see {@link CoSellEvaluator#fromDirectory(Path)} for the
 * limits a folder must keep and for links.
 */
public final class ReloadingEvaluator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReloadingEvaluator.class);
    /** How long a folder must stay quiet after a change before a watched folder reloads. */
    private static final Duration QUIET = Duration.ofMillis(200);

    private final Path directory;
    private volatile CoSellEvaluator current;
    private WatchService watchService;
    private Thread watcher;

    private ReloadingEvaluator(Path directory, CoSellEvaluator first) {
        this.directory = directory;
        this.current = first;
    }

    /**
     * An evaluator over the given folder, compiled now. Like {@link CoSellEvaluator#fromDirectory}, it needs the
     * DRL compiler on the class path: the dependency {@code dev.cosell:cosell-drl-compiler}.
     *
     * @param directory the folder of DRL files, searched with its subfolders
     * @return an evaluator serving the folder's rules, not yet watching it
     * @throws RuleCompilationException if the folder's rules do not compile or fail the rule-set checks (there
     *                                  is nothing yet to keep serving)
     */
    public static ReloadingEvaluator over(Path directory) {
        return new ReloadingEvaluator(directory, CoSellEvaluator.fromDirectory(directory));
    }

    /**
     * {@return the rules that serve now, as an immutable evaluator: use it to evaluate several offers on one rule
     * set}
     */
    public CoSellEvaluator current() {
        return current;
    }

    /**
     * Compiles and checks the folder anew. If the rules are sound they serve from now on; otherwise the previous
     * rules keep serving. Never throws: the result names every problem of a broken rule set, and whatever else
     * goes wrong while reading and compiling the folder (the compiler running out of stack or memory included)
     * is a problem of the result too. The new rules keep this evaluator's limits (fire limit, time limit).
     *
     * @return whether the new rules serve, the revision and rule count that serve now, and every problem
     */
    public synchronized ReloadResult reload() {
        try {
            CoSellEvaluator next = CoSellEvaluator.fromDirectory(directory)
                    .withFireLimit(current.fireLimit()).withTimeLimit(current.timeLimit());
            current = next;
            ReloadResult result = new ReloadResult(true, next.ruleSetRevision(), next.rules().size(), List.of());
            LOG.info("{}: {}", directory, result);
            return result;
        } catch (RuleCompilationException e) {
            return rejected(e.problems());
        } catch (Throwable e) { // the previous rules keep serving, whatever went wrong
            return rejected(List.of(new RuleProblem(directory.toString(), 0, "", "cannot be loaded: " + e)));
        }
    }

    private ReloadResult rejected(List<RuleProblem> problems) {
        CoSellEvaluator kept = current;
        ReloadResult result = new ReloadResult(false, kept.ruleSetRevision(), kept.rules().size(), problems);
        LOG.warn("{}: {}", directory, result);
        return result;
    }

    /**
     * Starts watching the folder (and its subfolders): after a {@code .drl} or {@code ruleset.properties} file
     * changes and the folder has been quiet for a moment, the rules are reloaded as by {@link #reload()} and the
     * listener is told the result. Watching stops at {@link #close()}, and only then: neither a rule set that
     * breaks the compiler nor a listener that throws stops it (what the listener throws is logged and dropped).
     *
     * @param listener told every reload's result, on the watching thread; {@code null} for none
     * @return this evaluator
     * @throws IllegalStateException if already watching, or if the folder cannot be watched
     */
    public synchronized ReloadingEvaluator watch(Consumer<ReloadResult> listener) {
        if (watcher != null) {
            throw new IllegalStateException("already watching " + directory);
        }
        Consumer<ReloadResult> tell = listener == null ? r -> { } : listener;
        try {
            watchService = FileSystems.getDefault().newWatchService();
            registerTree(directory);
        } catch (IOException e) {
            throw new IllegalStateException("cannot watch " + directory + ": " + e.getMessage(), e);
        }
        watcher = new Thread(() -> watchLoop(tell), "cosell-rules-watcher");
        watcher.setDaemon(true);
        watcher.start();
        return this;
    }

    /**
     * Evaluates one offer on the rules that serve now; see {@link CoSellEvaluator#evaluate(Partner, Offer, LocalDate)}.
     *
     * @param partner the partner who owns the offer
     * @param offer   the offer to evaluate
     * @param asOf    the evaluation date
     * @return where the offer stands on {@code asOf}
     */
    public Assessment evaluate(Partner partner, Offer offer, LocalDate asOf) {
        return current.evaluate(partner, offer, asOf);
    }

    /**
     * Evaluates one submission on the rules that serve now; see {@link CoSellEvaluator#evaluate(Submission)}.
     *
     * @param submission the partner, offer and evaluation date
     * @return where the offer stands on the submission's date
     */
    public Assessment evaluate(Submission submission) {
        return current.evaluate(submission);
    }

    /**
     * Evaluates many submissions on the rules that serve when this method is called, for the whole stream even
     * if a reload happens meanwhile; see {@link CoSellEvaluator#evaluateAll(Stream)}.
     *
     * @param submissions the submissions, read as the results are consumed
     * @return one result per submission, in input order
     */
    public Stream<SubmissionResult> evaluateAll(Stream<Submission> submissions) {
        return current.evaluateAll(submissions);
    }

    /** Stops watching the folder, if watching. The evaluator keeps serving its current rules. */
    @Override
    public synchronized void close() {
        if (watchService != null) {
            try {
                watchService.close();
            } catch (IOException e) {
                LOG.debug("closing the watch of {}: {}", directory, e.getMessage());
            }
        }
        if (watcher != null) {
            watcher.interrupt();
        }
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Watches until {@link #close()}: nothing else ends the loop. */
    private void watchLoop(Consumer<ReloadResult> listener) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watchService.take();
                try {
                    boolean relevant = drain(key);
                    // Editors write a file in several steps: wait until the folder is quiet.
                    WatchKey more;
                    while ((more = watchService.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                        relevant |= drain(more);
                    }
                    if (relevant) {
                        tell(listener, reload());
                    }
                } catch (ClosedWatchServiceException e) {
                    throw e;
                } catch (RuntimeException | Error e) { // watching goes on until close()
                    LOG.warn("watching {}: {}; watching goes on", directory, e.toString());
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            LOG.debug("stopped watching {}", directory);
        }
    }

    private void tell(Consumer<ReloadResult> listener, ReloadResult result) {
        try {
            listener.accept(result);
        } catch (Throwable e) { // a listener's defect must not stop the watching
            LOG.warn("the reload listener of {} threw {}; watching goes on", directory, e.toString());
        }
    }

    /** Reads a key's events; registers new subfolders; tells whether a rule file or the manifest changed. */
    private boolean drain(WatchKey key) {
        boolean relevant = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            String name = changed.getFileName().toString();
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    registerTree(changed);
                } catch (IOException e) {
                    LOG.warn("cannot watch {}: {}", changed, e.getMessage());
                }
                relevant = true;
            } else if (name.endsWith(".drl") || name.equals(RuleFolder.MANIFEST)) {
                relevant = true;
            }
        }
        key.reset();
        return relevant;
    }
}
