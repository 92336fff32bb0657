package dev.cosell.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.Revision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The calendar as an evaluator reads it ({@link Program#calendar}): the ids and dates when created, each revision's
 * declaration on its first use, once, and a calendar the build got wrong rejected with every problem named. The
 * shipped calendar itself is checked by the revision tests ({@code RevisionBoundaryTest}, {@code RevisionFoldersTest}).
 */
class ProgramCalendarTest {
    private static final String INDEX = CoSellEvaluator.CLASSPATH_RULES + RevisionFolders.INDEX;

    /** Twelve calendars' seeds. */
    static LongStream calendars() {
        return LongStream.rangeClosed(1, 12).map(i -> i * 7_919L);
    }

    /**
     * Calendars of 1 to 12 revisions at any distance apart: every day gets the latest revision in force on it (none
     * before the first), and only the declarations of the revisions asked for are read, each once.
     */
    @ParameterizedTest
    @MethodSource("calendars")
    void eachDayGetsTheRevisionInForceAndOnlyTheRevisionsUsedAreRead(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<LocalDate> dates = new ArrayList<>();
        LocalDate day = LocalDate.of(2020, 5, 19).plusDays(random.nextInt(-400, 400));
        for (int n = random.nextInt(1, 13); dates.size() < n; day = day.plusDays(random.nextInt(1, 500))) {
            dates.add(day);
        }
        Resources resources = new Resources(dates);
        Program program = Program.calendar(resources, (r, d) -> null);
        assertEquals(Map.of(INDEX, 1), resources.reads(), "created: the calendar alone is read");

        Map<String, Integer> expectedReads = new TreeMap<>(Map.of(INDEX, 1));
        for (int i = 0; i < 200; i++) {
            LocalDate asked = dates.get(0).plusDays(random.nextInt(-60, (int) (dates.get(dates.size() - 1).toEpochDay()
                    - dates.get(0).toEpochDay()) + 400));
            LocalDate inForce = null;
            for (LocalDate from : dates) {
                if (!asked.isBefore(from)) {
                    inForce = from;
                }
            }
            Optional<Revision> got = program.on(asked);
            assertEquals(Optional.ofNullable(inForce), got.map(Revision::effectiveFrom), "on " + asked);
            got.ifPresent(r -> expectedReads.put(Program.folder(r.id()) + RevisionFolders.DECLARATIONS, 1));
            got.ifPresent(r -> assertSame(r, program.on(r.effectiveFrom()).orElseThrow(), "one revision per id"));
        }
        assertEquals(expectedReads, resources.reads());

        assertEquals(dates, program.revisions().stream().map(Revision::effectiveFrom).toList());
        assertTrue(resources.reads().values().stream().allMatch(n -> n == 1), "each declaration read once: "
                + resources.reads());
        assertEquals(dates.size() + 1, resources.reads().size());
    }

    /** Threads that first use one revision at once all get the one instance (batches group by identity). */
    @Test
    void threadsFirstUsingARevisionAtOnceGetTheSameOne() throws Exception {
        List<LocalDate> dates = List.of(LocalDate.of(2020, 5, 19), LocalDate.of(2020, 9, 2));
        for (int round = 0; round < 20; round++) {
            Program program = Program.calendar(new Resources(dates), (r, d) -> null);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Revision>> got = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    got.add(pool.submit(() -> {
                        start.await();
                        return program.on(LocalDate.of(2020, 10, 1)).orElseThrow();
                    }));
                }
                start.countDown();
                Revision first = got.get(0).get();
                for (Future<Revision> f : got) {
                    assertSame(first, f.get());
                }
                assertSame(first, program.revisions().get(1));
                assertSame(first, program.byId("2020-09-02").orElseThrow());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aCalendarWithoutRevisionsIsRejected() {
        Map<String, Properties> files = Map.of(INDEX, properties("revisions", " , "));
        RuleCompilationException e = assertThrows(RuleCompilationException.class,
                () -> Program.calendar(files::get, (r, d) -> null));
        assertEquals(List.of("names no program revision"), e.problems().stream().map(RuleProblem::message).toList());
    }

    @Test
    void aMalformedCalendarIsRejectedNamingEveryProblem() {
        Properties index = properties("revisions", "a,b,c,d,e,f",
                "b/effective", "2020-13-01",
                "c/effective", "2021-01-01",
                "d/effective", "2020-06-01",
                "e/effective", "2022-01-01", "e/gapUntil", "soon",
                "f/effective", " ");

        RuleCompilationException e = assertThrows(RuleCompilationException.class,
                () -> Program.calendar(Map.of(INDEX, index)::get, (r, d) -> null));

        assertEquals(List.of(
                        "names revision a but holds no date of it",
                        "b/effective=2020-13-01 is not a date (yyyy-MM-dd)",
                        "revision d is not in date order",
                        "e/gapUntil=soon is not a date (yyyy-MM-dd)",
                        "names revision f but holds no date of it"),
                e.problems().stream().map(RuleProblem::message).toList());
        assertTrue(e.problems().stream().allMatch(p -> p.file().equals(RevisionFolders.INDEX)), e::getMessage);
    }

    /**
     * A revision whose declaration gives another date than the calendar, or names unknown rows, benefits or channels,
     * fails its first use, naming everything wrong; the evaluator was created, and the other revisions serve.
     */
    @Test
    void aRevisionWhoseDeclarationIsWrongFailsItsFirstUse() {
        Resources resources = new Resources(List.of(LocalDate.of(2020, 5, 19), LocalDate.of(2020, 9, 2),
                LocalDate.of(2021, 2, 24)));
        resources.files.put(Program.folder("2020-09-02") + RevisionFolders.DECLARATIONS,
                properties("effective", "2020-09-03"));
        resources.files.put(Program.folder("2021-02-24") + RevisionFolders.DECLARATIONS,
                properties("effective", "2021-02-24", "rows", "R1.1,R9.9", "benefits", "B1,B9", "channels", "C7"));
        Program program = Program.calendar(resources, (r, d) -> null);

        RuleCompilationException wrongDate = assertThrows(RuleCompilationException.class,
                () -> program.on(LocalDate.of(2020, 10, 1)));
        assertTrue(wrongDate.getMessage().contains("gives revision 2020-09-02 the date 2020-09-02, its declaration "
                + "2020-09-03"), wrongDate::getMessage);
        RuleCompilationException unknownRow = assertThrows(RuleCompilationException.class,
                () -> program.byId("2021-02-24"));
        assertEquals(3, unknownRow.problems().size(), unknownRow::getMessage);
        assertTrue(unknownRow.getMessage().contains("R9.9")
                && unknownRow.getMessage().contains("benefits: unknown benefit 'B9'")
                && unknownRow.getMessage().contains("channels: unknown channel 'C7'"), unknownRow::getMessage);
        assertEquals("2020-05-19", program.on(LocalDate.of(2020, 6, 1)).orElseThrow().id());
        assertEquals(List.of("2020-05-19", "2020-09-02", "2021-02-24"), program.ids());
    }

    /** Properties resources by path, counting the reads of each; a path without one is missing, as on the class path. */
    private static final class Resources implements java.util.function.Function<String, Properties> {
        final Map<String, Properties> files = new HashMap<>();
        private final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();

        Resources(List<LocalDate> dates) {
            Properties index = new Properties();
            List<String> ids = new ArrayList<>();
            for (LocalDate date : dates) {
                String id = date.toString();
                ids.add(id);
                index.setProperty(id + "/effective", id);
                files.put(Program.folder(id) + RevisionFolders.DECLARATIONS, properties("effective", id,
                        "confidence", "high", "source.1", "test"));
            }
            index.setProperty("revisions", String.join(",", ids));
            files.put(INDEX, index);
        }

        @Override
        public Properties apply(String path) {
            reads.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            Properties p = files.get(path);
            if (p == null) {
                throw new RuleCompilationException("test", List.of(new RuleProblem(path, 0, "", "is missing")));
            }
            return p;
        }

        Map<String, Integer> reads() {
            Map<String, Integer> counts = new TreeMap<>();
            reads.forEach((path, n) -> counts.put(path, n.get()));
            return counts;
        }
    }

    private static Properties properties(String... keysAndValues) {
        Properties p = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            p.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return p;
    }
}
