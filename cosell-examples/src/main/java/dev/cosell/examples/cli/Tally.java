package dev.cosell.examples.cli;

import dev.cosell.model.Status;
import java.util.EnumMap;
import java.util.Map;

/** Counts of a run: offers per status, and rejected records. Not thread-safe. */
public final class Tally {
    private final Map<Status, Long> byStatus = new EnumMap<>(Status.class);
    private long rejected;
    private long failed;

    /**
     * Counts one record.
     *
     * @param record the record, read or not, evaluated or rejected
     */
    public void add(EvaluatedRecord record) {
        record.assessment().ifPresentOrElse(a -> byStatus.merge(a.status(), 1L, Long::sum), () -> rejected++);
        if (record.isFailed()) {
            failed++;
        }
    }

    /** {@return how many records the rules failed on (counted among the rejected ones too)} */
    public long failed() {
        return failed;
    }

    /**
     * {@return how many offers reached the given status}
     *
     * @param status the status to count
     */
    public long count(Status status) {
        return byStatus.getOrDefault(status, 0L);
    }

    /** {@return how many offers were evaluated} */
    public long assessed() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    /** {@return how many records were rejected (unreadable or invalid)} */
    public long rejected() {
        return rejected;
    }

    /** {@return how many records there were} */
    public long records() {
        return assessed() + rejected;
    }

    /** {@return the counts in a few words, such as "6 records (5 evaluated, 1 rejected)"} */
    public String summary() {
        return records() + (records() == 1 ? " record" : " records") + " (" + assessed() + " evaluated, "
                + rejected() + " rejected)";
    }

    /**
     * {@return the exit code the counts call for: {@link ExitCodes#USAGE} if the rules failed on any record (rules
     * that fail), else {@link ExitCodes#INVALID_RECORDS} if any record was rejected}
     */
    public int exitCode() {
        return failed > 0 ? ExitCodes.USAGE : rejected > 0 ? ExitCodes.INVALID_RECORDS : ExitCodes.OK;
    }
}
