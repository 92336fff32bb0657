package dev.cosell.examples.scenario;

import dev.cosell.model.Assessment;
import dev.cosell.model.Benefit;
import dev.cosell.model.Channel;
import dev.cosell.model.IncentiveRoute;
import dev.cosell.model.Outcome;
import dev.cosell.model.Requirement;
import dev.cosell.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a scenario expects of its assessment. Only what is given is checked: a scenario about R3.2 names the
 * outcome of R3.2 and perhaps the status, and says nothing of the rest.
 *
 * @param status   the expected status, if checked
 * @param route    the expected incentive route, if checked
 * @param outcomes the expected outcome of each named requirement row
 * @param benefits the expected benefits, exactly, if checked
 * @param channels the expected open channels, exactly, if checked
 */
public record Expectation(Optional<Status> status, Optional<IncentiveRoute> route, Map<Requirement, Outcome> outcomes,
                          Optional<List<Benefit>> benefits, Optional<List<Channel>> channels) {

    public Expectation {
        status = status == null ? Optional.empty() : status;
        route = route == null ? Optional.empty() : route;
        outcomes = outcomes == null ? Map.of() : Map.copyOf(new TreeMap<>(outcomes));
        benefits = benefits == null ? Optional.empty() : benefits.map(List::copyOf);
        channels = channels == null ? Optional.empty() : channels.map(List::copyOf);
    }

    /** Whether the scenario expects anything at all (a scenario that checks nothing is a mistake). */
    public boolean isEmpty() {
        return status.isEmpty() && route.isEmpty() && outcomes.isEmpty() && benefits.isEmpty() && channels.isEmpty();
    }

    /**
     * Each way the assessment differs from this expectation, as {@code what: expected X, was Y}, with the
     * finding's message for a requirement row; empty when it meets the expectation.
     */
    public List<String> differences(Assessment actual) {
        List<String> differences = new ArrayList<>();
        status.filter(s -> s != actual.status())
                .ifPresent(s -> differences.add("status: expected " + s + ", was " + actual.status()));
        route.filter(r -> r != actual.route())
                .ifPresent(r -> differences.add("route: expected " + r + ", was " + actual.route()));
        new TreeMap<>(outcomes).forEach((row, outcome) -> {
            Outcome was = actual.outcome(row);
            if (was != outcome) {
                differences.add(row.id() + ": expected " + outcome + ", was " + was + " (\""
                        + actual.finding(row).message() + "\")");
            }
        });
        benefits.filter(b -> !b.equals(actual.benefits()))
                .ifPresent(b -> differences.add("benefits: expected " + b + ", was " + actual.benefits()));
        channels.filter(c -> !c.equals(actual.channels()))
                .ifPresent(c -> differences.add("channels: expected " + c + ", was " + actual.channels()));
        return differences;
    }
}
