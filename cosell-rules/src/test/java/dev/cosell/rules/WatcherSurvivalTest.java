package dev.cosell.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.Outcome;
import dev.cosell.model.Requirement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A watched folder goes through every kind of hostile change while its listener throws every kind of throwable:
 * each change is rejected naming the file, the previous rules keep serving, and the watcher is still there to
 * take up the good edit that follows.
 */
class WatcherSurvivalTest {
    @TempDir
    Path work;

    /** One hostile change: what to do to the folder, and the file the rejection must name. */
    private record Change(String name, String file, IoAction apply) {
    }

    private interface IoAction {
        void run(Path folder) throws IOException;
    }

    static final List<Supplier<Throwable>> LISTENER_THROWS = List.of(
            () -> new IllegalStateException("listener broke"),
            () -> new AssertionError("listener asserted"),
            () -> new StackOverflowError(),
            () -> new NullPointerException(),
            () -> new ExceptionInInitializerError("listener could not start"));

    @Test
    void theWatcherSurvivesHostileFilesAndAThrowingListenerAndTakesUpTheNextGoodEdit() throws Exception {
        Path folder = Files.createDirectory(work.resolve("rules"));
        RuleFolderTest.copyShipped(folder);
        Path outside = Files.writeString(work.resolve("outside.drl"), "outside");
        List<Change> changes = new ArrayList<>(List.of(
                new Change("an action that overflows the compiler's stack", "zz-breaks.drl", f ->
                        Files.writeString(f.resolve("zz-breaks.drl"), HostileRuleFolderTest.rule("breaks",
                                "offer.id == \"x\"", "{".repeat(6_000) + "}".repeat(6_000)))),
                new Change("a constraint nested too deep", "zz-deep.drl", f ->
                        Files.writeString(f.resolve("zz-deep.drl"), HostileRuleFolderTest.rule("deep",
                                HostileRuleFolderTest.nested(2, 40), ""))),
                new Change("a file past the size limit", "zz-huge.drl", f ->
                        Files.writeString(f.resolve("zz-huge.drl"), "x".repeat(RuleFolder.MAX_FILE_BYTES + 1))),
                new Change("a link out of the folder", "zz-link.drl", f ->
                        Files.createSymbolicLink(f.resolve("zz-link.drl"), outside)),
                new Change("a manifest that cannot be read", RuleFolder.MANIFEST, f ->
                        Files.writeString(f.resolve(RuleFolder.MANIFEST), "revision=\\uZZZZ\n"))));
        Collections.shuffle(changes, new Random(23));
        BlockingQueue<ReloadResult> reloads = new LinkedBlockingQueue<>();
        AtomicInteger calls = new AtomicInteger();
        Files.writeString(folder.resolve(RuleFolder.MANIFEST), "revision=watched\n");
        String manifest = Files.readString(folder.resolve(RuleFolder.MANIFEST));

        try (ReloadingEvaluator evaluator = ReloadingEvaluator.over(folder).watch(result -> {
            reloads.add(result);
            Throwable thrown = LISTENER_THROWS.get(calls.getAndIncrement() % LISTENER_THROWS.size()).get();
            if (thrown instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) thrown;
        })) {
            var before = evaluator.evaluate(ReloadingEvaluatorTest.justBelowThreshold());
            for (Change change : changes) {
                change.apply().run(folder);
                ReloadResult rejected = next(reloads, r -> !r.applied()
                        && r.problems().stream().anyMatch(p -> p.file().equals(change.file())));
                assertTrue(rejected != null, change.name() + " was not reported");
                assertFalse(rejected.toString().contains("outside"), rejected.toString());
                assertEquals(before, evaluator.evaluate(ReloadingEvaluatorTest.justBelowThreshold()),
                        "the previous rules must keep serving after " + change.name());
                // undo it, so that the next change is the only problem of the folder
                Files.deleteIfExists(folder.resolve(change.file()));
                Files.writeString(folder.resolve(RuleFolder.MANIFEST), manifest);
            }
            String program = Files.readString(folder.resolve("R4.1-revenue.drl"));
            Files.writeString(folder.resolve("R4.1-revenue.drl"),
                    program.replace(ReloadingEvaluatorTest.THRESHOLD, "return new BigDecimal(\"99999.99\");"));

            ReloadResult applied = next(reloads, r -> r.applied()
                    && evaluator.evaluate(ReloadingEvaluatorTest.justBelowThreshold())
                            .outcome(Requirement.R4_1) == Outcome.MET);
            assertTrue(applied != null, "the good edit after every hostile one was not taken up");
            assertTrue(calls.get() > changes.size(), "the listener was told " + calls.get() + " times");
        }
    }

    /** The next reload result that matches, waiting up to a minute for it (the watcher works on its own thread). */
    private static ReloadResult next(BlockingQueue<ReloadResult> reloads,
                                     java.util.function.Predicate<ReloadResult> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline) {
            ReloadResult result = reloads.poll(1, TimeUnit.SECONDS);
            if (result != null && wanted.test(result)) {
                return result;
            }
        }
        return null;
    }
}
