package dev.cosell.rules;

import dev.cosell.model.Assessment;
import dev.cosell.model.Benefit;
import dev.cosell.model.Channel;
import dev.cosell.model.Finding;
import dev.cosell.model.IncentiveRoute;
import dev.cosell.model.NextStep;
import dev.cosell.model.Notice;
import dev.cosell.model.Requirement;
import dev.cosell.model.Revision;
import dev.cosell.model.Standing;
import dev.cosell.model.Status;
import dev.cosell.model.StatusAttribute;
import dev.cosell.model.Submission;
import dev.cosell.rules.facts.AttributeFact;
import dev.cosell.rules.facts.BenefitGranted;
import dev.cosell.rules.facts.ChannelOpen;
import dev.cosell.rules.facts.Evaluation;
import dev.cosell.rules.facts.EvaluationFact;
import dev.cosell.rules.facts.FindingFact;
import dev.cosell.rules.facts.NextStepFact;
import dev.cosell.rules.facts.NoticeFact;
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
import java.util.HashMap;
import java.util.Map;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.drools.core.common.InternalFactHandle;
import org.drools.core.reteoo.TupleImpl;
import org.drools.core.rule.consequence.InternalMatch;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.Match;

/**
 * Evaluates valid submissions in one rule session; the rules' result facts become assessments. A failure of the
 * rules on one submission (a rule's action throws, a rule does not stop, the rule set breaks its contract) fails
 * that submission only: the others are evaluated again without it, each in a session of its own.
 */
final class BatchEvaluation {
    /** What became of one submission: its assessment, or the failure of the rules on it. */
    record Outcome(Assessment assessment, EvaluationException failure) {
    }

    /** What the reader must know about the revision for a submission's date (see {@link Program#notices}). */
    interface Notices {
        /** The notices for an assessment under {@code revision} on {@code day}. */
        List<Notice> of(Revision revision, java.time.LocalDate day);
    }

    private final RuleSet ruleSet;
    private final Set<String> disabledRules;
    private final Guard guard;
    private final Notices notices;

    BatchEvaluation(RuleSet ruleSet, Set<String> disabledRules, Guard guard, Notices notices) {
        this.ruleSet = ruleSet;
        this.disabledRules = disabledRules;
        this.guard = guard;
        this.notices = notices;
    }

    /**
     * The outcome of each submission, in order.
     *
     * @throws EvaluationException if the thread was interrupted (its interrupt status stays set)
     */
    List<Outcome> run(List<Submission> submissions) {
        try {
            return new Session(submissions).run();
        } catch (EvaluationException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw e;
            }
            if (submissions.size() == 1) {
                return List.of(new Outcome(null, e));
            }
            // The session is lost as a whole: evaluate each submission on its own, so that only the submissions
            // the rules fail on fail.
            List<Outcome> outcomes = new ArrayList<>(submissions.size());
            for (Submission submission : submissions) {
                outcomes.addAll(run(List.of(submission)));
            }
            return outcomes;
        }
    }

    /** "offer O of partner P". */
    static String describe(Submission submission) {
        return "offer " + submission.offer().id() + " of partner " + submission.partner().id();
    }

    /**
     * One rule session over a list of submissions, guarded by the fire limit, the time limit and interrupts. The
     * session's agenda filter, which the engine asks before each firing, records the firing and applies the guard:
     * an agenda listener would cost two event objects and their dispatch per firing.
     */
    private final class Session implements AgendaFilter, RuleRuntimeEventListener {
        /** How many matches apart the time limit is looked at: reading the clock at every firing costs. */
        private static final int CLOCK_EVERY = 8;
        private final List<Submission> submissions;
        private final Result[] results;
        private final long deadline;
        private KieSession session;
        /** Matches the filter was asked about, disabled rules' included: the clock is read every few. */
        private int asked;
        /** Firings of rules whose match holds no fact of an evaluation. */
        private int unattributed;
        /** The rule firing now, and the evaluation it fires for (-1 if none). */
        private String firing = "";
        private int firingFor = -1;
        /** Why the guard halted the session, or null. */
        private EvaluationException stopped;
        /**
         * Per rule, how many facts its actions updated or deleted: a cycle of firings is driven by a rule that
         * changes facts other rules (or itself) match, so the rule that changed the most is named as the one that
         * did not stop. Ordinary rules only insert.
         */
        private final Map<String, Integer> changes = new HashMap<>();
        /** Per rule, firings whose match holds no fact of an evaluation. */
        private final Map<String, Integer> unattributedByRule = new HashMap<>();

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            changed(event.getRule());
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            changed(event.getRule());
        }

        private void changed(org.kie.api.definition.rule.Rule rule) {
            if (rule != null) {
                changes.merge(rule.getName(), 1, Integer::sum);
            }
        }

        /** The rule most likely to drive a cycle: the one that changed the most facts, else the one that fired most. */
        private String culprit(List<String> fired) {
            if (!changes.isEmpty()) {
                return changes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
            }
            Map<String, Integer> counts = new HashMap<>(unattributedByRule);
            fired.forEach(rule -> counts.merge(rule, 1, Integer::sum));
            return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey)
                    .orElse(firing);
        }

        Session(List<Submission> submissions) {
            this.submissions = submissions;
            this.results = new Result[submissions.size()];
            for (int i = 0; i < results.length; i++) {
                results[i] = new Result();
            }
            this.deadline = System.nanoTime() + guard.timeLimit().toNanos();
        }

        /**
         * Before each firing: the checks after the firing before it (interrupt, time limit), then, unless the rule is
         * disabled, the firing recorded for its evaluation and the fire limit. A firing that would break the fire
         * limit does not happen; nothing fires once the session is halted.
         */
        @Override
        public boolean accept(Match match) {
            if (stopped != null || !checked(true)) {
                return false;
            }
            String rule = match.getRule().getName();
            if (!disabledRules.isEmpty() && disabledRules.contains(rule)) {
                return false;
            }
            firing = rule;
            firingFor = evaluationOf(match);
            if (firingFor >= 0) {
                List<String> fired = results[firingFor].firedRules;
                fired.add(firing);
                if (fired.size() > guard.fireLimit()) {
                    String culprit = culprit(fired);
                    halt(runaway(culprit, submissions.get(firingFor), mostFired(fired)));
                    return false;
                }
            } else {
                unattributedByRule.merge(firing, 1, Integer::sum);
                if (++unattributed > guard.fireLimit()) {
                    halt(runaway(culprit(List.of()), submissions.size() == 1 ? submissions.get(0) : null, ""));
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether the session may go on: false, halting it, if the thread was interrupted or the time limit has
         * passed. The clock is read every {@link #CLOCK_EVERY} matches, and always when {@code sometimes} is false.
         */
        private boolean checked(boolean sometimes) {
            if (Thread.currentThread().isInterrupted()) {
                halt(new EvaluationException("interrupted while the rules ran" + forWhom(), null));
                return false;
            }
            if ((!sometimes || ++asked % CLOCK_EVERY == 0) && System.nanoTime() - deadline > 0) {
                String culprit = culprit(submissions.size() == 1 ? results[0].firedRules : List.of());
                halt(new EvaluationException("rule \"" + culprit + "\" did not stop" + forWhom()
                        + ": the rules ran longer than the time limit of " + guard.timeLimit().toMillis() + " ms",
                        culprit, null));
                return false;
            }
            return true;
        }

        private void halt(EvaluationException why) {
            if (stopped == null) {
                stopped = why;
                session.halt();
            }
        }

        private EvaluationException runaway(String rule, Submission submission, String mostFired) {
            return new EvaluationException("rule \"" + rule + "\" did not stop" + (submission == null ? ""
                    : " for " + describe(submission)) + ": the rules fired more than " + guard.fireLimit()
                    + " times for one submission (the fire limit)" + mostFired, rule, null);
        }

        private String forWhom() {
            return submissions.size() == 1 ? " for " + describe(submissions.get(0)) : "";
        }

        List<Outcome> run() {
            session = ruleSet.newSession();
            try {
                session.addEventListener(this);
                for (int i = 0; i < submissions.size(); i++) {
                    Submission s = submissions.get(i);
                    session.insert(new Evaluation(i, s.partner(), s.offer(), s.asOf()));
                }
                session.fireAllRules(this);
                if (stopped == null) {
                    checked(false); // the checks after the last firing
                }
                if (stopped != null) {
                    throw stopped;
                }
                for (Object fact : session.getObjects()) {
                    if (fact instanceof EvaluationFact f) {
                        results[f.getEvaluation()].collect(fact);
                    }
                }
            } catch (ConsequenceException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                String rule = e.getRule() == null ? firing : e.getRule().getName();
                Submission failing = firingFor >= 0 ? submissions.get(firingFor)
                        : submissions.size() == 1 ? submissions.get(0) : null;
                throw new EvaluationException("rule \"" + rule + "\" failed"
                        + (failing == null ? "" : " for " + describe(failing)) + ": " + cause, rule, cause);
            } catch (EvaluationException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
                throw new EvaluationException("the rules failed" + forWhom() + " (rule \"" + firing + "\" fired last): "
                        + e, firing.isEmpty() ? null : firing, e);
            } finally {
                session.dispose();
            }
            List<Outcome> outcomes = new ArrayList<>(results.length);
            for (int i = 0; i < results.length; i++) {
                try {
                    Submission s = submissions.get(i);
                    outcomes.add(new Outcome(results[i].toAssessment(s, ruleSet.revision(),
                            notices.of(ruleSet.revision(), s.asOf())), null));
                } catch (EvaluationException e) {
                    outcomes.add(new Outcome(null, e));
                }
            }
            return outcomes;
        }
    }

    /**
     * The evaluation a match belongs to: that of its first evaluation fact, or -1. The match's tuple is walked from
     * its last fact to its first, as {@link Match#getObjects()} would, without building the list at each firing.
     */
    private static int evaluationOf(Match match) {
        if (!(match instanceof InternalMatch internal)) {
            return evaluationOf(match.getObjects());
        }
        int evaluation = -1;
        for (TupleImpl tuple = internal.getTuple(); tuple != null; tuple = tuple.getParent()) {
            InternalFactHandle handle = tuple.getFactHandle();
            if (handle != null && handle.getObject() instanceof EvaluationFact f) {
                evaluation = f.getEvaluation();
            }
        }
        return evaluation;
    }

    private static int evaluationOf(List<Object> facts) {
        for (Object fact : facts) {
            if (fact instanceof EvaluationFact f) {
                return f.getEvaluation();
            }
        }
        return -1;
    }

    /** "; the rules that fired most: "A" 5000 times, "B" 4999 times" for the three rules that fired most. */
    private static String mostFired(List<String> fired) {
        Map<String, Long> counts = fired.stream().collect(Collectors.groupingBy(r -> r, Collectors.counting()));
        return "; the rules that fired most: " + counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(3).map(e -> "\"" + e.getKey() + "\" " + e.getValue() + " times")
                .collect(Collectors.joining(", "));
    }

    /** What the rules inserted for one evaluation. */
    private static final class Result {
        private static final Requirement[] ROWS = Requirement.values();
        final List<StatusAttribute> attributes = new ArrayList<>(1);
        final List<Notice> ruleNotices = new ArrayList<>(1);

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
            } else if (fact instanceof AttributeFact a) {
                if (!attributes.contains(a.getAttribute())) {
                    attributes.add(a.getAttribute());
                }
            } else if (fact instanceof NoticeFact n) {
                ruleNotices.add(n.getNotice());
            }
        }

        Assessment toAssessment(Submission submission, Revision revision, List<Notice> programNotices) {
            List<Finding> inRowOrder = oneFindingPerRow(submission, revision);
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
                    : Optional.of(fees.get(0)), List.copyOf(channels), nextSteps, revision.id(), firedRules, revision,
                    notices(programNotices), attributes.stream().sorted().toList());
        }

        private List<Notice> notices(List<Notice> programNotices) {
            if (ruleNotices.isEmpty()) {
                return programNotices;
            }
            List<Notice> all = new ArrayList<>(programNotices);
            all.addAll(ruleNotices);
            return all;
        }

        /**
         * The findings in row order, one per row of the revision, or the error naming every row of the revision that
         * has none or several, and every row of another revision that has one.
         */
        private List<Finding> oneFindingPerRow(Submission submission, Revision revision) {
            Finding[] byRow = new Finding[ROWS.length];
            int[] counts = new int[ROWS.length];
            for (Finding finding : findings) {
                int row = finding.requirement().ordinal();
                byRow[row] = finding;
                counts[row]++;
            }
            List<String> problems = new ArrayList<>();
            List<Finding> inOrder = new ArrayList<>(revision.rows().size());
            for (Requirement row : ROWS) {
                boolean of = revision.has(row);
                if (of && counts[row.ordinal()] != 1) {
                    problems.add(row.id() + " has " + counts[row.ordinal()] + " findings");
                } else if (!of && counts[row.ordinal()] != 0) {
                    problems.add(row.id() + ", which revision " + revision.id() + " does not have, has "
                            + counts[row.ordinal()] + " findings");
                } else if (of) {
                    inOrder.add(byRow[row.ordinal()]);
                }
            }
            if (!problems.isEmpty()) {
                throw new EvaluationException("the rule set must give one finding per requirement row, but for offer "
                        + submission.offer().id() + " " + String.join(", ", problems) + "; rules fired: "
                        + firedRules.stream().collect(Collectors.joining("; ")));
            }
            return inOrder;
        }
    }
}
