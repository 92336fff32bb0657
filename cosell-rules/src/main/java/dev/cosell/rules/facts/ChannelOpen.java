package dev.cosell.rules.facts;

import dev.cosell.model.Channel;

/** A co-sell channel C1 to C3 is open to an evaluation's offer. */
public final class ChannelOpen implements EvaluationFact {
    private final int evaluation;
    private final Channel channel;

    public ChannelOpen(int evaluation, Channel channel) {
        this.evaluation = evaluation;
        this.channel = channel;
    }

    @Override
    public int getEvaluation() {
        return evaluation;
    }

    public Channel getChannel() {
        return channel;
    }
}
