package dev.cosell.rules;

import java.time.Duration;

/**
 * What stops rules that do not stop: at most {@code fireLimit} rule firings for one submission, and at most
 * {@code timeLimit} for one rule session (one submission, or one batch evaluated together).
 *
 * @param fireLimit the most rule firings one submission may cause
 * @param timeLimit the longest one rule session may run
 */
record Guard(int fireLimit, Duration timeLimit) {
    /**
     * The default fire limit. An evaluation by the shipped rules fires about 30 rules; a rule set a hundred times
     * larger still stays under it, and a rule that re-fires itself in a cycle is stopped within milliseconds.
     */
    static final int DEFAULT_FIRE_LIMIT = 10_000;
    /**
     * The default time limit. A batch of {@value CoSellEvaluator#BATCH_SIZE} submissions takes milliseconds;
     * ten seconds leaves room for a loaded machine and still ends a run that went wrong.
     */
    static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

    static final Guard DEFAULT = new Guard(DEFAULT_FIRE_LIMIT, DEFAULT_TIME_LIMIT);
}
