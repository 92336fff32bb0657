package dev.cosell.rules;

import dev.cosell.model.Assessment;
import dev.cosell.model.Offer;
import dev.cosell.model.Partner;
import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionValidator;
import dev.cosell.model.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates offers against the co-sell program, as the DRL rules encode it.
 *
 * <pre>{@code
 * CoSellEvaluator evaluator = CoSellEvaluator.create();      // once: compiles the rules
 * Assessment assessment = evaluator.evaluate(partner, offer, LocalDate.of(2020, 7, 1));
 * System.out.println(assessment.status());
 * }</pre>
 *
 * <p><b>Thread safety.</b> An evaluator is immutable and thread-safe: build it once, keep it (it holds the
 * compiled rules, which take a moment to build), and share it between threads. Every call works in a rule
 * session of its own.
 *
 * <p><b>Errors.</b> Every exception is a {@link CoSellException}: {@link InvalidSubmissionException} names every
 * problem of an invalid submission at once; {@link RuleCompilationException} names every broken rule with file
 * and line; {@link EvaluationException} reports a defect of the rule set at run time.
 */
public final class CoSellEvaluator {
    private static final Logger LOG = LoggerFactory.getLogger(CoSellEvaluator.class);

    /** Where the classpath rule set lives. */
    static final String CLASSPATH_RULES = "dev/cosell/rules/";
    /** How many submissions {@link #evaluateAll(Stream)} evaluates in one rule session. */
    static final int BATCH_SIZE = 256;

    private final RuleSet ruleSet;

    private CoSellEvaluator(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    /**
     * An evaluator over the rules shipped in this library (revision 2020-05). Compiling the rules takes a
     * moment: build one evaluator and share it.
     *
     * @throws RuleCompilationException if the shipped rules do not compile (a packaging defect)
     */
    public static CoSellEvaluator create() {
        long start = System.nanoTime();
        Properties manifest = loadManifest();
        String revision = manifest.getProperty("revision", "unknown");
        List<RuleSource> sources = new ArrayList<>();
        for (String file : manifest.getProperty("files", "").split(",")) {
            if (!file.isBlank()) {
                sources.add(new RuleSource(file.strip(), readResource(CLASSPATH_RULES + file.strip())));
            }
        }
        RuleSet ruleSet = RuleSet.compile("classpath:" + CLASSPATH_RULES, revision, sources);
        LOG.debug("compiled {} rules of revision {} from {} files in {} ms", ruleSet.rules().size(), revision,
                sources.size(), (System.nanoTime() - start) / 1_000_000);
        return new CoSellEvaluator(ruleSet);
    }

    /**
     * Evaluates one offer of a partner on a date.
     *
     * @throws InvalidSubmissionException naming every problem if the submission is invalid
     * @throws EvaluationException        if the rules fail (a defect of the rule set)
     */
    public Assessment evaluate(Partner partner, Offer offer, LocalDate asOf) {
        return evaluate(new Submission(partner, offer, asOf));
    }

    /**
     * Evaluates one submission.
     *
     * @throws InvalidSubmissionException naming every problem if the submission is invalid
     * @throws EvaluationException        if the rules fail (a defect of the rule set)
     */
    public Assessment evaluate(Submission submission) {
        validate(submission, 0);
        return new BatchEvaluation(ruleSet, List.of(submission)).run().get(0);
    }

    /**
     * Evaluates many submissions, of one or many partners, lazily and in order: submissions are read and
     * evaluated a batch at a time (one rule session per batch), so neither all inputs nor all results need be
     * in memory at once. Close the returned stream to close the given one.
     *
     * @throws InvalidSubmissionException when the stream reaches an invalid submission; the message names its
     *                                    position in the stream
     * @throws EvaluationException        if the rules fail (a defect of the rule set)
     */
    public Stream<Assessment> evaluateAll(Stream<Submission> submissions) {
        if (submissions == null) {
            throw new InvalidSubmissionException("submissions", List.of(new Violation("submissions", "is missing")));
        }
        Iterator<Submission> input = submissions.iterator();
        Spliterator<Assessment> batches = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            private Iterator<Assessment> current = Collections.emptyIterator();
            private long position;

            @Override
            public boolean tryAdvance(Consumer<? super Assessment> action) {
                while (!current.hasNext()) {
                    if (!input.hasNext()) {
                        return false;
                    }
                    List<Submission> batch = new ArrayList<>(BATCH_SIZE);
                    while (batch.size() < BATCH_SIZE && input.hasNext()) {
                        Submission next = input.next();
                        validate(next, position++);
                        batch.add(next);
                    }
                    current = new BatchEvaluation(ruleSet, batch).run().iterator();
                }
                action.accept(current.next());
                return true;
            }
        };
        return StreamSupport.stream(batches, false).onClose(submissions::close);
    }

    /** The program revision the rules encode, e.g. {@code "2020-05"}. */
    public String ruleSetRevision() {
        return ruleSet.revision();
    }

    /** Every rule of the rule set, with its file and the requirement rows it encodes. */
    public List<RuleInfo> rules() {
        return ruleSet.rules();
    }

    private static void validate(Submission submission, long position) {
        List<Violation> violations = SubmissionValidator.validate(submission);
        if (!violations.isEmpty()) {
            String subject = "submission " + position;
            if (submission != null && submission.offer() != null && submission.offer().id() != null) {
                subject += " (offer " + submission.offer().id() + ")";
            }
            throw new InvalidSubmissionException(subject, violations);
        }
    }

    private static Properties loadManifest() {
        Properties manifest = new Properties();
        try (InputStream in = resource(CLASSPATH_RULES + "ruleset.properties")) {
            manifest.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw unreadable(CLASSPATH_RULES + "ruleset.properties", e);
        }
        return manifest;
    }

    private static String readResource(String path) {
        try (InputStream in = resource(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw unreadable(path, e);
        }
    }

    private static RuleCompilationException unreadable(String path, IOException e) {
        return new RuleCompilationException("classpath:" + CLASSPATH_RULES,
                List.of(new RuleProblem(path, 0, "", "cannot be read: " + e.getMessage())));
    }

    private static InputStream resource(String path) {
        InputStream in = CoSellEvaluator.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new RuleCompilationException("classpath:" + CLASSPATH_RULES,
                    List.of(new RuleProblem(path, 0, "", "is not on the classpath")));
        }
        return in;
    }
}
