package dev.cosell.examples.scenario;

import dev.cosell.model.Assessment;
import dev.cosell.model.Benefit;
import dev.cosell.model.Channel;
import dev.cosell.model.IncentiveRoute;
import dev.cosell.model.NextStep;
import dev.cosell.model.Notice;
import dev.cosell.model.Outcome;
import dev.cosell.model.Requirement;
import dev.cosell.model.Standing;
import dev.cosell.model.Status;
import dev.cosell.model.StatusAttribute;
import java.math.BigDecimal;
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
 * @param serviceFeePercent the expected marketplace service fee in percent (e.g. {@code "10"}), or
 *                 {@code "none"} for no fee, if checked
 * @param nextSteps the requirement rows of the expected next steps, exactly and in order, if checked
 * @param standing how the qualified status relates to Microsoft's review (M1 to M7), if checked
 * @param attributes the expected status attributes ("In market", a Business Applications tier), exactly, if checked
 * @param notices  the codes of the expected notices (e.g. {@code "B6.notEvaluated"}, {@code "revision.gap"}),
 *                 exactly and in order, if checked
 */
public record Expectation(Optional<Status> status, Optional<IncentiveRoute> route, Map<Requirement, Outcome> outcomes,
                          Optional<List<Benefit>> benefits, Optional<List<Channel>> channels,
                          Optional<String> serviceFeePercent, Optional<List<Requirement>> nextSteps,
                          Optional<Standing> standing, Optional<List<StatusAttribute>> attributes,
                          Optional<List<String>> notices) {

    /** How an expectation writes "no service fee". */
    public static final String NO_FEE = "none";

    /**
     * An expectation; {@code null} stands for an empty optional or map, and the lists are copied.
     *
     * @param status            the expected status, if checked
     * @param route             the expected incentive route, if checked
     * @param outcomes          the expected outcome of each named requirement row
     * @param benefits          the expected benefits, exactly, if checked
     * @param channels          the expected open channels, exactly, if checked
     * @param serviceFeePercent the expected service fee in percent, or {@code "none"}, if checked
     * @param nextSteps         the requirement rows of the expected next steps, in order, if checked
     * @param standing          the expected standing (M1 to M7), if checked
     * @param attributes        the expected status attributes, exactly, if checked
     * @param notices           the codes of the expected notices, exactly and in order, if checked
     */
    public Expectation {
        status = status == null ? Optional.empty() : status;
        route = route == null ? Optional.empty() : route;
        outcomes = outcomes == null ? Map.of() : Map.copyOf(new TreeMap<>(outcomes));
        benefits = benefits == null ? Optional.empty() : benefits.map(List::copyOf);
        channels = channels == null ? Optional.empty() : channels.map(List::copyOf);
        serviceFeePercent = serviceFeePercent == null ? Optional.empty() : serviceFeePercent.map(Expectation::fee);
        nextSteps = nextSteps == null ? Optional.empty() : nextSteps.map(List::copyOf);
        standing = standing == null ? Optional.empty() : standing;
        attributes = attributes == null ? Optional.empty() : attributes.map(a -> a.stream().sorted().toList());
        notices = notices == null ? Optional.empty() : notices.map(List::copyOf);
    }

    /**
     * An expectation that checks neither status attributes nor notices; {@code null} stands for an empty optional
     * or map.
     *
     * @param status            the expected status, if checked
     * @param route             the expected incentive route, if checked
     * @param outcomes          the expected outcome of each named requirement row
     * @param benefits          the expected benefits, exactly, if checked
     * @param channels          the expected open channels, exactly, if checked
     * @param serviceFeePercent the expected service fee in percent, or {@code "none"}, if checked
     * @param nextSteps         the requirement rows of the expected next steps, in order, if checked
     * @param standing          the expected standing (M1 to M7), if checked
     */
    public Expectation(Optional<Status> status, Optional<IncentiveRoute> route, Map<Requirement, Outcome> outcomes,
                       Optional<List<Benefit>> benefits, Optional<List<Channel>> channels,
                       Optional<String> serviceFeePercent, Optional<List<Requirement>> nextSteps,
                       Optional<Standing> standing) {
        this(status, route, outcomes, benefits, channels, serviceFeePercent, nextSteps, standing, null, null);
    }

    /** A fee as compared: {@code "none"}, or the percentage without trailing zeros ("10.0" is "10"). */
    static String fee(String percent) {
        return percent.equals(NO_FEE) ? NO_FEE : new BigDecimal(percent).stripTrailingZeros().toPlainString();
    }

    /** {@return whether the scenario expects anything at all (a scenario that checks nothing is a mistake)} */
    public boolean isEmpty() {
        return status.isEmpty() && route.isEmpty() && outcomes.isEmpty() && benefits.isEmpty() && channels.isEmpty()
                && serviceFeePercent.isEmpty() && nextSteps.isEmpty() && standing.isEmpty() && attributes.isEmpty()
                && notices.isEmpty();
    }

    /**
     * {@return each way the assessment differs from this expectation, as {@code what: expected X, was Y}, with the
     * finding's message for a requirement row; empty when it meets the expectation}
     *
     * @param actual the assessment the rules made
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
        String actualFee = actual.serviceFeePercent().map(BigDecimal::toPlainString).map(Expectation::fee).orElse(NO_FEE);
        serviceFeePercent.filter(f -> !f.equals(actualFee))
                .ifPresent(f -> differences.add("serviceFeePercent: expected " + f + ", was " + actualFee));
        List<Requirement> actualSteps = actual.nextSteps().stream().map(NextStep::requirement).toList();
        nextSteps.filter(n -> !n.equals(actualSteps))
                .ifPresent(n -> differences.add("nextSteps: expected " + ids(n) + ", was " + ids(actualSteps)));
        standing.filter(s -> s != actual.standing()).ifPresent(s -> differences.add("standing: expected " + s
                + " (" + s.id() + "), was " + actual.standing() + " (" + actual.standing().id() + ")"));
        attributes.filter(a -> !a.equals(actual.attributes()))
                .ifPresent(a -> differences.add("attributes: expected " + a + ", was " + actual.attributes()));
        List<String> actualNotices = actual.notices().stream().map(Notice::code).toList();
        notices.filter(n -> !n.equals(actualNotices))
                .ifPresent(n -> differences.add("notices: expected " + n + ", was " + actualNotices));
        return differences;
    }

    private static List<String> ids(List<Requirement> rows) {
        return rows.stream().map(Requirement::id).toList();
    }
}
