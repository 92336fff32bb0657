package dev.cosell.rules.facts;

import dev.cosell.model.Channel;

/** A co-sell channel C1 to C3 is open to an evaluation's offer. */
public final class ChannelOpen implements EvaluationFact {
    private final int evaluation;
    private final Channel channel;

    /**
     * A channel open to one evaluation's offer.
     *
     * @param evaluation the id of the evaluation
     * @param channel    the open channel
     */
    public ChannelOpen(int evaluation, Channel channel) {
        this.evaluation = evaluation;
        this.channel = channel;
    }

    @Override
    public int getEvaluation() {
        return evaluation;
    }

    /** {@return the open channel} */
    public Channel getChannel() {
        return channel;
    }
}
