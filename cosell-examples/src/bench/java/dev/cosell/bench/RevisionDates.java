package dev.cosell.bench;

import dev.cosell.model.Revision;
import dev.cosell.model.Submission;
import dev.cosell.rules.CoSellEvaluator;
import dev.cosell.rules.reference.SubmissionGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongFunction;
import java.util.stream.Stream;

/**
 * Evaluation dates for the revision benchmarks: inside the first revision's span (2020-05-19 to 2020-09-01, one rule
 * set, as before there were revisions), or spread over every revision of the shipped calendar, each revision as
 * likely as any other, in no order.
 */
final class RevisionDates {
    /** How far past the newest revision's date its span is taken to run (2023-08-24 to 2023-10-23, the newest text). */
    private static final int NEWEST_SPAN_DAYS = 61;

    private final List<LocalDate> firsts = new ArrayList<>();
    private final List<Integer> days = new ArrayList<>();

    /** The spans of the revisions {@code evaluator} knows: each from its date to the day before the next's. */
    RevisionDates(CoSellEvaluator evaluator) {
        List<Revision> revisions = evaluator.revisions();
        for (int i = 0; i < revisions.size(); i++) {
            LocalDate from = revisions.get(i).effectiveFrom();
            LocalDate next = i + 1 < revisions.size() ? revisions.get(i + 1).effectiveFrom()
                    : from.plusDays(NEWEST_SPAN_DAYS);
            firsts.add(from);
            days.add((int) (next.toEpochDay() - from.toEpochDay()));
        }
    }

    /** How many revisions there are. */
    int revisions() {
        return firsts.size();
    }

    /** A day inside revision {@code r}'s span, drawn from {@code random}. */
    LocalDate in(int r, SplittableRandom random) {
        return firsts.get(r).plusDays(random.nextInt(days.get(r)));
    }

    /** Submission {@code i}'s date inside the first revision's span. */
    LongFunction<LocalDate> firstRevision(long seed) {
        return i -> in(0, new SplittableRandom(seed ^ (i * 0x9E3779B97F4A7C15L)));
    }

    /** Submission {@code i}'s date inside a revision drawn at random. */
    LongFunction<LocalDate> everyRevision(long seed) {
        return i -> {
            SplittableRandom random = new SplittableRandom(seed ^ (i * 0x9E3779B97F4A7C15L));
            return in(random.nextInt(revisions()), random);
        };
    }

    /** {@code count} realistic submissions of {@code seed}, dated inside the first revision's span. */
    Stream<Submission> firstRevision(long seed, int count) {
        return SubmissionGenerator.realistic(seed).withRevisionInputs().dated(firstRevision(seed)).stream(count);
    }

    /** The same partners and offers as {@link #firstRevision(long, int)}, dated over every revision. */
    Stream<Submission> everyRevision(long seed, int count) {
        return SubmissionGenerator.realistic(seed).withRevisionInputs().dated(everyRevision(seed)).stream(count);
    }
}
