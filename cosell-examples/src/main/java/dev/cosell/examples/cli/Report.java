package dev.cosell.examples.cli;

import java.io.IOException;

/** A report format: told each record in order, then the totals. */
interface Report {
    /** Reports one record. */
    void record(EvaluatedRecord record) throws IOException;

    /** Ends the report. */
    void finish(Tally tally) throws IOException;
}
