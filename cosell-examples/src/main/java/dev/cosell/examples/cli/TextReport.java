package dev.cosell.examples.cli;

import dev.cosell.json.ReadError;
import dev.cosell.json.SubmissionRecord;
import dev.cosell.examples.report.ReportTexts;
import dev.cosell.model.Assessment;
import dev.cosell.model.Finding;
import dev.cosell.model.NextStep;
import dev.cosell.model.Outcome;
import dev.cosell.model.Status;
import dev.cosell.model.Submission;
import dev.cosell.model.Violation;
import java.io.IOException;
import java.io.PrintWriter;
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
 */
final class TextReport implements Report {
    private static final String BUNDLE = "dev.cosell.examples.cli.text";

    private final PrintWriter out;
    private final Locale locale;
    private final ReportTexts texts;

    TextReport(Writer out, Locale locale) {
        this.out = out instanceof PrintWriter p ? p : new PrintWriter(out);
        this.locale = locale;
        // As in HtmlReport: the locale's own bundle, else the English base one, never the JVM's default locale's.
        this.texts = ReportTexts.load(BUNDLE, locale);
    }

    @Override
    public void record(EvaluatedRecord evaluated) {
        SubmissionRecord record = evaluated.record();
        String origin = f("origin", record.where(), Long.toString(record.index()));
        evaluated.assessment().ifPresentOrElse(a -> assessment(a, origin), () -> rejected(evaluated, origin));
        out.println();
    }

    private void assessment(Assessment a, String origin) {
        // what the offer qualifies for, and how that relates to Microsoft's review: never the status as a decision
        out.println(f("headline", a.offerId(), a.partnerId(), String.valueOf(a.asOf()), a.standingText(locale)));
        out.println("  " + f("from", origin));
        List<Finding> unmet = a.findings().stream().filter(f -> f.outcome() == Outcome.UNMET).toList();
        if (!unmet.isEmpty()) {
            out.println("  " + t("unmet"));
            unmet.forEach(f -> out.println("    " + f.requirement().id() + "  " + f.message(locale)));
        }
        List<Finding> optional = a.findings().stream().filter(f -> f.outcome() == Outcome.OPTIONAL_MISSING).toList();
        if (!optional.isEmpty()) {
            out.println("  " + t("optional"));
            optional.forEach(f -> out.println("    " + f.requirement().id() + "  " + f.message(locale)));
        }
        Optional<String> reviewStep = a.standing().step(locale);
        if (!a.nextSteps().isEmpty() || reviewStep.isPresent()) {
            out.println("  " + (a.nextSteps().isEmpty() ? t("next.review") : f("next", a.status().next().title(locale))));
            int n = 1;
            for (NextStep step : a.nextSteps()) {
                out.println("    " + n++ + ". " + step.requirement().id() + "  " + step.message(locale));
                out.println("       " + f("where", step.where(locale)));
            }
            // the standing's own step (submit the co-sell section, or correct and submit again) ends the list
            if (reviewStep.isPresent()) {
                out.println("    " + n + ". " + a.standing().id() + "  " + reviewStep.get());
                out.println("       " + f("where", a.standing().where(locale).orElseThrow()));
            }
        }
        out.println("  " + f("benefits", a.benefits().isEmpty() ? t("none")
                : a.benefits().stream().map(b -> b.id() + " " + b.title(locale)).collect(Collectors.joining("; "))));
        a.serviceFeePercent().ifPresent(fee -> out.println("  " + f("fee", fee.toPlainString())));
        out.println("  " + f("channels", a.channels().isEmpty() ? t("none")
                : a.channels().stream().map(c -> c.id() + " " + c.title(locale)).collect(Collectors.joining("; "))));
    }

    private void rejected(EvaluatedRecord evaluated, String origin) {
        SubmissionRecord record = evaluated.record();
        out.println(f("rejected", withOffer(origin, evaluated.result().submission())));
        if (!record.isRead()) {
            for (ReadError error : record.errors()) {
                out.println("  " + error);
            }
        } else {
            for (Violation violation : evaluated.toResult().violations()) {
                out.println("  " + violation.path() + ": " + violation.message());
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
        out.println(f("totals", tally.records(), tally.assessed(), tally.count(Status.NOT_READY),
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
