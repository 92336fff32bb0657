package dev.cosell.examples.cli;

import dev.cosell.json.ReadError;
import dev.cosell.json.SubmissionRecord;
import dev.cosell.examples.report.ReportTexts;
import dev.cosell.model.Assessment;
import dev.cosell.model.Finding;
import dev.cosell.model.NextStep;
import dev.cosell.model.Notice;
import dev.cosell.model.Outcome;
import dev.cosell.model.Revision;
import dev.cosell.model.Status;
import dev.cosell.model.Submission;
import dev.cosell.model.Violation;
import dev.cosell.examples.report.SafeText;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The report people read: per offer what it qualifies for and how that relates to Microsoft's review (its
 * standing), each unmet requirement with its figures, and the next steps with where to act in Partner Center; per rejected record where it is and each problem; then the totals.
 *
 * <p>Its frame words come from {@code text.properties} next to this class, or from a
 * {@code text_xx.properties} bundle for the locale's language ({@code text_ko.properties}); statuses, routes,
 * requirement titles, findings and where to act come from cosell-model in the same locale.
 *
 * <p>It is safe to print in a terminal: control characters (ESC, BEL, NUL, line breaks) and bidirectional
 * formatting characters in the data are shown as <code>&#92;uXXXX</code> ({@link SafeText}), so no id or name can
 * move the cursor, start a line of its own, or reorder the text around it. Write errors are thrown, never
 * swallowed.
 */
final class TextReport implements Report {
    private static final String BUNDLE = "dev.cosell.examples.cli.text";

    private static final String EOL = System.lineSeparator();

    private final Writer out;
    private final Locale locale;
    private final ReportTexts texts;

    TextReport(Writer out, Locale locale) {
        this.out = out;
        this.locale = locale;
        // As in HtmlReport: the locale's own bundle, else the English base one, never the JVM's default locale's.
        this.texts = ReportTexts.load(BUNDLE, locale);
    }

    @Override
    public void record(EvaluatedRecord evaluated) throws IOException {
        SubmissionRecord record = evaluated.record();
        String origin = f("origin", record.where(), Long.toString(record.index()));
        if (evaluated.isAssessed()) {
            assessment(evaluated.assessment().orElseThrow(), origin);
        } else {
            rejected(evaluated, origin);
        }
        out.write(EOL);
    }

    /** One line of the report: every character the data brought in is made safe to show ({@link SafeText}). */
    private void println(String line) throws IOException {
        out.write(SafeText.visible(line));
        out.write(EOL);
    }

    private void assessment(Assessment a, String origin) throws IOException {
        // what the offer qualifies for, and how that relates to Microsoft's review: never the status as a decision
        println(f("headline", a.offerId(), a.partnerId(), String.valueOf(a.asOf()), a.standingText(locale)));
        println("  " + f("from", origin));
        println("  " + revision(a, texts, locale));
        println("  " + f("statusTitle", a.statusTitle(locale)));
        if (!a.attributes().isEmpty()) {
            println("  " + f("attributes", a.attributes().stream().map(x -> x.title(locale))
                    .collect(Collectors.joining(", "))));
        }
        for (Notice notice : a.notices()) {
            println("  " + f("notice", notice.text(locale)));
        }
        List<Finding> unmet = a.findings().stream().filter(f -> f.outcome() == Outcome.UNMET).toList();
        if (!unmet.isEmpty()) {
            println("  " + t("unmet"));
            for (Finding f : unmet) {
                println("    " + f.requirement().id() + "  " + f.message(locale));
            }
        }
        List<Finding> inputs = a.findings().stream().filter(f -> f.outcome() == Outcome.INPUT_MISSING).toList();
        if (!inputs.isEmpty()) {
            println("  " + t("inputMissing"));
            for (Finding f : inputs) {
                println("    " + f.requirement().id() + "  " + f.message(locale));
            }
        }
        List<Finding> optional = a.findings().stream().filter(f -> f.outcome() == Outcome.OPTIONAL_MISSING).toList();
        if (!optional.isEmpty()) {
            println("  " + t("optional"));
            for (Finding f : optional) {
                println("    " + f.requirement().id() + "  " + f.message(locale));
            }
        }
        Optional<String> reviewStep = a.standing().step(locale);
        if (!a.nextSteps().isEmpty() || reviewStep.isPresent()) {
            println("  " + (a.nextSteps().isEmpty() ? t("next.review") : f("next", a.status().next().title(locale))));
            int n = 1;
            for (NextStep step : a.nextSteps()) {
                println("    " + n++ + ". " + step.requirement().id() + "  " + step.message(locale));
                println("       " + f("where", a.where(step.requirement(), locale)));
            }
            // the standing's own step (submit the co-sell section, or correct and submit again) ends the list
            if (reviewStep.isPresent()) {
                println("    " + n + ". " + a.standing().id() + "  " + reviewStep.get());
                println("       " + f("where", a.standing().where(locale).orElseThrow()));
            }
        }
        println("  " + f("benefits", a.benefits().isEmpty() ? t("none")
                : a.benefits().stream().map(b -> b.id() + " " + b.title(locale)).collect(Collectors.joining("; "))));
        if (a.serviceFeePercent().isPresent()) {
            println("  " + f("fee", a.serviceFeePercent().get().toPlainString()));
        }
        println("  " + f("channels", a.channels().isEmpty() ? t("none")
                : a.channels().stream().map(c -> c.id() + " " + c.title(locale)).collect(Collectors.joining("; "))));
    }

    /**
     * The revision an assessment was made under, as one line: its id, the days it is in force and its confidence
     * ("program revision 2020-05-19 (in force 2020-05-19 to 2020-09-01, confidence medium)").
     */
    static String revision(Assessment a, ReportTexts texts, Locale locale) {
        Revision r = a.revision();
        if (r == null) {
            return texts.format("revision.id", a.ruleSetRevision());
        }
        return texts.format("revision", r.id(), r.effectiveFrom().toString(),
                r.effectiveUntil().map(java.time.LocalDate::toString).orElse(texts.text("revision.open")),
                r.confidence());
    }

    private void rejected(EvaluatedRecord evaluated, String origin) throws IOException {
        SubmissionRecord record = evaluated.record();
        println(f("rejected", withOffer(origin, evaluated.result().submission())));
        if (!record.isRead()) {
            for (ReadError error : record.errors()) {
                println("  " + error);
            }
        } else {
            for (Violation violation : evaluated.toResult().violations()) {
                println("  " + violation.path() + ": " + violation.message());
            }
        }
    }

    /** Where a rejected record is, followed by its offer and partner as far as it names them. */
    private String withOffer(String origin, Submission submission) {
        if (submission == null || submission.offer() == null || submission.offer().id() == null) {
            return origin;
        }
        return submission.partner() == null || submission.partner().id() == null
                ? f("rejected.offer", origin, submission.offer().id())
                : f("rejected.offerOfPartner", origin, submission.offer().id(), submission.partner().id());
    }

    @Override
    public void finish(Tally tally) throws IOException {
        println(f("totals", tally.records(), tally.assessed(), tally.count(Status.NOT_READY),
                tally.count(Status.CO_SELL_READY), tally.count(Status.CO_SELL_INCENTIVIZED), tally.rejected()));
        out.flush();
    }

    private String t(String key) {
        return texts.text(key);
    }

    /** The pattern of the key with the arguments: texts from the data are passed as strings, shown as they are. */
    private String f(String key, Object... arguments) {
        return texts.format(key, arguments);
    }
}
