package dev.cosell.examples.cli;

import dev.cosell.examples.json.ReadError;
import dev.cosell.examples.json.SubmissionRecord;
import dev.cosell.model.Assessment;
import dev.cosell.model.Finding;
import dev.cosell.model.IncentiveRoute;
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
import java.util.stream.Collectors;

/**
 * The report people read: per offer its status and route, each unmet requirement with its figures, and the next
 * steps with where to act in Partner Center; per rejected record where it is and each problem; then the totals.
 */
final class TextReport implements Report {
    private final PrintWriter out;
    private final Locale locale;

    TextReport(Writer out, Locale locale) {
        this.out = out instanceof PrintWriter p ? p : new PrintWriter(out);
        this.locale = locale;
    }

    @Override
    public void record(EvaluatedRecord evaluated) {
        SubmissionRecord record = evaluated.record();
        String origin = record.where() + " (record " + record.index() + ")";
        evaluated.assessment().ifPresentOrElse(a -> assessment(a, origin), () -> rejected(evaluated, origin));
        out.println();
    }

    private void assessment(Assessment a, String origin) {
        out.println(a.offerId() + " (partner " + a.partnerId() + "), as of " + a.asOf() + ": "
                + a.status().title(locale) + " (" + (a.route() == IncentiveRoute.NONE ? "no incentive"
                : a.route().title(locale)) + " route)");
        out.println("  from " + origin);
        List<Finding> unmet = a.findings().stream().filter(f -> f.outcome() == Outcome.UNMET).toList();
        if (!unmet.isEmpty()) {
            out.println("  unmet requirements:");
            unmet.forEach(f -> out.println("    " + f.requirement().id() + "  " + f.message(locale)));
        }
        List<Finding> optional = a.findings().stream().filter(f -> f.outcome() == Outcome.OPTIONAL_MISSING).toList();
        if (!optional.isEmpty()) {
            out.println("  optional, missing:");
            optional.forEach(f -> out.println("    " + f.requirement().id() + "  " + f.message(locale)));
        }
        if (!a.nextSteps().isEmpty()) {
            out.println("  next steps toward " + a.status().next().title(locale) + ":");
            int n = 1;
            for (NextStep step : a.nextSteps()) {
                out.println("    " + n++ + ". " + step.requirement().id() + "  " + step.message(locale));
                out.println("       where: " + step.where(locale));
            }
        }
        out.println("  benefits: " + (a.benefits().isEmpty() ? "none"
                : a.benefits().stream().map(b -> b.id() + " " + b.title(locale)).collect(Collectors.joining("; "))));
        a.serviceFeePercent().ifPresent(fee -> out.println("  marketplace service fee: " + fee.toPlainString() + " %"));
        out.println("  channels: " + (a.channels().isEmpty() ? "none"
                : a.channels().stream().map(c -> c.id() + " " + c.title(locale)).collect(Collectors.joining("; "))));
    }

    private void rejected(EvaluatedRecord evaluated, String origin) {
        SubmissionRecord record = evaluated.record();
        out.println("REJECTED " + origin + offerOf(evaluated.result().submission()));
        if (!record.isRead()) {
            for (ReadError error : record.errors()) {
                out.println("  " + error);
            }
        } else {
            for (Violation violation : evaluated.result().violations()) {
                out.println("  " + violation.path() + ": " + violation.message());
            }
        }
    }

    private static String offerOf(Submission submission) {
        if (submission == null || submission.offer() == null || submission.offer().id() == null) {
            return "";
        }
        String partner = submission.partner() == null || submission.partner().id() == null ? ""
                : " of partner " + submission.partner().id();
        return ": offer " + submission.offer().id() + partner;
    }

    @Override
    public void finish(Tally tally) throws IOException {
        out.println(tally.records() + (tally.records() == 1 ? " record: " : " records: ") + tally.assessed()
                + " evaluated (" + tally.count(Status.NOT_READY) + " not ready, " + tally.count(Status.CO_SELL_READY)
                + " co-sell ready, " + tally.count(Status.CO_SELL_INCENTIVIZED) + " co-sell incentivized), "
                + tally.rejected() + " rejected");
        out.flush();
    }
}
