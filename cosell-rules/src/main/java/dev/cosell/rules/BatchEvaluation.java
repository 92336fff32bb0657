package dev.cosell.rules;

import dev.cosell.model.Assessment;
import dev.cosell.model.Benefit;
import dev.cosell.model.Channel;
import dev.cosell.model.Finding;
import dev.cosell.model.IncentiveRoute;
import dev.cosell.model.NextStep;
import dev.cosell.model.Requirement;
import dev.cosell.model.Standing;
import dev.cosell.model.Status;
import dev.cosell.model.Submission;
import dev.cosell.rules.facts.BenefitGranted;
import dev.cosell.rules.facts.ChannelOpen;
import dev.cosell.rules.facts.Evaluation;
import dev.cosell.rules.facts.EvaluationFact;
import dev.cosell.rules.facts.FindingFact;
import dev.cosell.rules.facts.NextStepFact;
import dev.cosell.rules.facts.ServiceFee;
import dev.cosell.rules.facts.StandingDecided;
import dev.cosell.rules.facts.StatusReached;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/** One rule session over a batch of valid submissions; the rules' result facts become assessments. */
final class BatchEvaluation {
    private final RuleSet ruleSet;
    private final Set<String> disabledRules;
    private final List<Submission> submissions;
    private final Result[] results;

    BatchEvaluation(RuleSet ruleSet, Set<String> disabledRules, List<Submission> submissions) {
        this.ruleSet = ruleSet;
        this.disabledRules = disabledRules;
        this.submissions = submissions;
        this.results = new Result[submissions.size()];
        for (int i = 0; i < results.length; i++) {
            results[i] = new Result();
        }
    }

    List<Assessment> run() {
        KieSession session = ruleSet.newSession();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    for (Object fact : event.getMatch().getObjects()) {
                        if (fact instanceof EvaluationFact f) {
                            results[f.getEvaluation()].firedRules.add(event.getMatch().getRule().getName());
                            return;
                        }
                    }
                }
            });
            for (int i = 0; i < submissions.size(); i++) {
                Submission s = submissions.get(i);
                session.insert(new Evaluation(i, s.partner(), s.offer(), s.asOf()));
            }
            if (disabledRules.isEmpty()) {
                session.fireAllRules();
            } else {
                session.fireAllRules(match -> !disabledRules.contains(match.getRule().getName()));
            }
            for (Object fact : session.getObjects()) {
                if (fact instanceof EvaluationFact f) {
                    results[f.getEvaluation()].collect(fact);
                }
            }
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new EvaluationException("rule \"" + e.getRule().getName() + "\" failed: " + cause, cause);
        } catch (RuntimeException e) {
            throw new EvaluationException("the rules failed: " + e.getMessage(), e);
        } finally {
            session.dispose();
        }
        List<Assessment> assessments = new ArrayList<>(results.length);
        for (int i = 0; i < results.length; i++) {
            assessments.add(results[i].toAssessment(submissions.get(i), ruleSet.revision()));
        }
        return assessments;
    }

    /** What the rules inserted for one evaluation. */
    private static final class Result {
        private static final Requirement[] ROWS = Requirement.values();

        // sized for a typical evaluation (some 25 rules fire), so that recording never regrows the list
        final List<String> firedRules = new ArrayList<>(32);
        final List<Finding> findings = new ArrayList<>(ROWS.length);
        final EnumSet<Benefit> benefits = EnumSet.noneOf(Benefit.class);
        final EnumSet<Channel> channels = EnumSet.noneOf(Channel.class);
        final List<NextStep> nextSteps = new ArrayList<>();
        final List<BigDecimal> fees = new ArrayList<>(1);
        final List<Standing> standings = new ArrayList<>(1);
        Status status = Status.NOT_READY;
        IncentiveRoute route = IncentiveRoute.NONE;

        void collect(Object fact) {
            if (fact instanceof FindingFact f) {
                findings.add(f.getFinding());
            } else if (fact instanceof StatusReached s) {
                if (s.getStatus().compareTo(status) >= 0) {
                    status = s.getStatus();
                    route = s.getRoute();
                }
            } else if (fact instanceof BenefitGranted b) {
                benefits.add(b.getBenefit());
            } else if (fact instanceof ChannelOpen c) {
                channels.add(c.getChannel());
            } else if (fact instanceof NextStepFact n) {
                nextSteps.add(n.getStep());
            } else if (fact instanceof ServiceFee fee) {
                fees.add(fee.getPercent());
            } else if (fact instanceof StandingDecided d) {
                standings.add(d.getStanding());
            }
        }

        Assessment toAssessment(Submission submission, String revision) {
            List<Finding> inRowOrder = oneFindingPerRow(submission);
            if (fees.size() > 1) {
                throw new EvaluationException("the rules set " + fees.size() + " service fees " + fees + " for offer "
                        + submission.offer().id() + "; rules fired: " + firedRules);
            }
            if (standings.size() != 1) {
                throw new EvaluationException("the rule set must decide one standing (M1 to M7) per offer, but decided "
                        + standings.size() + " " + standings + " for offer " + submission.offer().id()
                        + "; rules fired: " + firedRules);
            }
            if (nextSteps.size() > 1) {
                nextSteps.sort(Comparator.comparing(NextStep::requirement));
            }
            return new Assessment(submission.partner().id(), submission.offer().id(), submission.asOf(), status,
                    route, standings.get(0), inRowOrder, List.copyOf(benefits), fees.isEmpty() ? Optional.empty()
                    : Optional.of(fees.get(0)), List.copyOf(channels), nextSteps, revision, firedRules);
        }

        /** The findings in row order, one per row, or the error naming every row that has none or several. */
        private List<Finding> oneFindingPerRow(Submission submission) {
            Finding[] byRow = new Finding[ROWS.length];
            int[] counts = new int[ROWS.length];
            for (Finding finding : findings) {
                int row = finding.requirement().ordinal();
                byRow[row] = finding;
                counts[row]++;
            }
            List<String> problems = new ArrayList<>();
            for (Requirement row : ROWS) {
                if (counts[row.ordinal()] != 1) {
                    problems.add(row.id() + " has " + counts[row.ordinal()] + " findings");
                }
            }
            if (!problems.isEmpty()) {
                throw new EvaluationException("the rule set must give one finding per requirement row, but for offer "
                        + submission.offer().id() + " " + String.join(", ", problems) + "; rules fired: "
                        + firedRules.stream().collect(Collectors.joining("; ")));
            }
            return Arrays.asList(byRow);
        }
    }
}
