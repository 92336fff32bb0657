package dev.cosell.examples.report;

import dev.cosell.model.Assessment;
import dev.cosell.model.Benefit;
import dev.cosell.model.Channel;
import dev.cosell.model.Finding;
import dev.cosell.model.IncentiveRoute;
import dev.cosell.model.NextStep;
import dev.cosell.model.Notice;
import dev.cosell.model.Revision;
import dev.cosell.model.Offer;
import dev.cosell.model.Outcome;
import dev.cosell.model.Partner;
import dev.cosell.model.Status;
import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionResult;
import dev.cosell.model.Violation;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes assessments as one self-contained HTML page that a partner manager can share: a header with the
 * rule-set revision, the evaluation dates and the number of offers per status, a summary table, then one
 * section per offer with the ladder of the status it qualifies for (Not ready, Co-sell ready, Co-sell incentivized
 * and the offer's route) and beside it what Microsoft's review has decided (the standing, M1 to M7), the checklist R1.1 to R4.3 with each row's outcome and figures, the next steps with where to act in
 * Partner Center, the benefits B1 to B4 with the marketplace service fee, and the co-sell channels C1 to C3.
 * Rejected submissions are listed at the end with every field at fault.
 *
 * <p>The page needs nothing else: its style sheet is inline, and it loads no font, script or image, so it
 * works offline and can be sent as an attachment. Every text from the data (names, ids, messages) is escaped,
 * so a name such as {@code <script>} shows as text, and control and bidirectional formatting characters show
 * as U+FFFD, so they cannot reorder the text around them. Outcomes carry a symbol and a word, never colour
 * alone; the language attribute follows the locale. Printed on Letter or A4, the summary fills the first page
 * and each offer starts a page of its own, which it fits with up to five unmet rows.
 *
 * <p>The route shown is the assessment's route, as in every other report: an offer that is not co-sell
 * incentivized shows none.
 *
 * <p>Two ways to write it: {@link #write(List, Locale, Writer)} for results already in memory, or
 * {@link #open(Locale, Writer)} to write results one by one as they come (from {@code evaluateAll}): each
 * offer's section is written to a temporary file at once and the page is put together by
 * {@link #finish()}, so memory does not grow with the number of offers.
 *
 * <p>Labels are in English unless a {@code report_xx.properties} bundle for the locale exists next to this
 * class; requirement titles, findings and where to act come from cosell-model in the same locale.
 */
public final class HtmlReport implements Closeable {
    private static final String BUNDLE = "dev.cosell.examples.report.report";
    /** Above this many distinct evaluation dates the header shows their range rather than each one. */
    private static final int DATES_LISTED = 3;
    /**
     * Above this many distinct rule-set revisions the header shows the first ones and how many more (one
     * evaluator has one revision: several come only from results of several evaluators).
     */
    private static final int REVISIONS_LISTED = 5;

    private final Locale locale;
    private final ReportTexts texts;
    private final Writer page;
    private final Spill summaryRows;
    private final Spill offers;
    private final Spill rejections;
    /** Where the parts being written go: one of the spills, or the page itself. */
    private Writer out;

    private final TreeSet<String> revisions = new TreeSet<>();
    private final TreeSet<LocalDate> dates = new TreeSet<>();
    private final Map<Status, Long> counts = new EnumMap<>(Status.class);
    private long assessedCount;
    private long rejectedCount;
    private boolean finished;

    private HtmlReport(Locale locale, Writer page, Path spillFolder) throws IOException {
        this.locale = locale;
        this.texts = ReportTexts.load(BUNDLE, locale);
        this.page = page;
        this.out = page;
        Spill summary = null;
        Spill sections = null;
        Spill rejected = null;
        try {
            summary = Spill.create(spillFolder);
            sections = Spill.create(spillFolder);
            rejected = Spill.create(spillFolder);
        } catch (IOException | RuntimeException e) {
            for (Spill spill : new Spill[] {summary, sections, rejected}) {
                if (spill != null) {
                    spill.close();
                }
            }
            throw e;
        }
        this.summaryRows = summary;
        this.offers = sections;
        this.rejections = rejected;
        for (Status s : Status.values()) {
            counts.put(s, 0L);
        }
    }

    /**
     * Writes the report of the given results as one HTML5 page. Results appear in the order given: assessed
     * offers each in a section, rejected submissions together at the end, numbered from 1 by their position
     * in the batch. The writer is flushed, not closed.
     *
     * @param results the results of {@code CoSellEvaluator.evaluateAll}, or any assessed or rejected results
     * @param locale  the language of the page and of its texts (English where a text has no translation)
     * @param out     where the page goes
     * @throws IllegalArgumentException naming every missing argument, or the position of a missing result
     * @throws IOException              if the writer fails
     */
    public static void write(List<SubmissionResult> results, Locale locale, Writer out) throws IOException {
        List<String> problems = new ArrayList<>();
        if (results == null) {
            problems.add("results is missing");
        } else {
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i) == null) {
                    problems.add("results[" + i + "] is missing");
                }
            }
        }
        checkArguments(problems, locale, out);
        try (HtmlReport report = new HtmlReport(locale, out, null)) {
            for (SubmissionResult result : results) {
                report.add(result);
            }
            report.finish();
        }
    }

    /**
     * A report to which results are added one by one, in the order they should appear; {@link #finish()} writes
     * the page to {@code out} and {@link #close()} deletes the temporary files. Offer sections wait in
     * temporary files (in {@code java.io.tmpdir}) until then, so only the totals are held in memory.
     *
     * <pre>{@code
     * try (HtmlReport report = HtmlReport.open(Locale.ENGLISH, writer);
     *         Stream<SubmissionResult> results = evaluator.evaluateAll(submissions)) {
     *     for (Iterator<SubmissionResult> it = results.iterator(); it.hasNext(); ) {
     *         report.add(it.next());
     *     }
     *     report.finish();
     * }
     * }</pre>
     *
     * @param locale the language of the page and of its texts (English where a text has no translation)
     * @param out    where the page goes, when {@link #finish()} is called; flushed then, not closed
     * @return the report, empty
     * @throws IllegalArgumentException naming every missing argument
     * @throws IOException              if the temporary files cannot be created
     */
    public static HtmlReport open(Locale locale, Writer out) throws IOException {
        return open(locale, out, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** As {@link #open(Locale, Writer)}, with the temporary files in the given folder. */
    static HtmlReport open(Locale locale, Writer out, Path spillFolder) throws IOException {
        checkArguments(new ArrayList<>(), locale, out);
        return new HtmlReport(locale, out, spillFolder);
    }

    private static void checkArguments(List<String> problems, Locale locale, Writer out) {
        if (locale == null) {
            problems.add("locale is missing");
        }
        if (out == null) {
            problems.add("out is missing");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("cannot write the HTML report: " + String.join("; ", problems));
        }
    }

    /**
     * Adds one result: an assessed offer gets its row in the summary and its section, a rejected submission
     * its entry at the end, numbered by its position in the batch.
     *
     * @param result an assessed or rejected result
     * @throws IllegalArgumentException if {@code result} is missing
     * @throws IllegalStateException    once the page is finished
     * @throws IOException              if a temporary file cannot be written
     */
    public void add(SubmissionResult result) throws IOException {
        if (result == null) {
            throw new IllegalArgumentException("cannot add to the HTML report: result is missing");
        }
        if (finished) {
            throw new IllegalStateException("cannot add to the HTML report: it is finished");
        }
        if (result.isAssessed()) {
            Assessment a = result.assessment().orElseThrow();
            assessedCount++;
            tally(a);
            out = summaryRows.writer();
            summaryRow(result, a, assessedCount);
            out = offers.writer();
            offer(result, assessedCount);
        } else {
            rejectedCount++;
            out = rejections.writer();
            rejection(result);
        }
        out = page;
    }

    /**
     * Writes the whole page to the writer given to {@link #open(Locale, Writer)} and flushes it: header,
     * summary, the offers' sections and the rejected submissions.
     *
     * @throws IllegalStateException if the page is already finished
     * @throws IOException           if the writer or a temporary file fails
     */
    public void finish() throws IOException {
        if (finished) {
            throw new IllegalStateException("the HTML report is already finished");
        }
        finished = true;
        page();
        page.flush();
    }

    /** Deletes the temporary files; the page itself is written only by {@link #finish()}. */
    @Override
    public void close() throws IOException {
        finished = true;
        summaryRows.close();
        offers.close();
        rejections.close();
    }

    private void tally(Assessment a) {
        if (a.ruleSetRevision() != null) {
            revisions.add(a.ruleSetRevision());
        }
        if (a.asOf() != null && !dates.contains(a.asOf())) {
            dates.add(a.asOf());
            // Only the first few and the range are ever shown: keep the earliest few and the latest.
            while (dates.size() > DATES_LISTED + 1) {
                dates.remove(dates.lower(dates.last()));
            }
        }
        if (a.status() != null) {
            counts.merge(a.status(), 1L, Long::sum);
        }
    }

    private void page() throws IOException {
        // A locale without a language (Locale.ROOT) gets the English texts, so the page says so.
        String lang = locale.getLanguage().isEmpty() ? "en" : locale.toLanguageTag();
        raw("<!DOCTYPE html>\n<html lang=\"").text(lang).raw("\">\n<head>\n")
                .raw("<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<meta name=\"generator\" content=\"cosell\">\n")
                .raw("<title>").text(t("title")).raw("</title>\n<style>").raw(Style.CSS).raw("</style>\n")
                .raw("</head>\n<body>\n");
        header();
        raw("<main>\n");
        if (assessedCount > 0) {
            summary();
        }
        offers.copyTo(out);
        if (rejectedCount > 0) {
            raw("<section class=\"rejected\" aria-labelledby=\"rejected-h\">\n<h2 id=\"rejected-h\">")
                    .text(t("rejected.heading")).raw("</h2>\n<p>").text(t("rejected.intro")).raw("</p>\n");
            rejections.copyTo(out);
            raw("</section>\n");
        }
        raw("</main>\n<footer class=\"page-footer\"><p>").text(t("footer")).raw("</p></footer>\n")
                .raw("</body>\n</html>\n");
    }

    private void header() throws IOException {
        raw("<header class=\"report-header\">\n<h1>").text(t("title")).raw("</h1>\n<p class=\"lede\">")
                .text(t("lede")).raw("</p>\n<dl class=\"meta\">\n");
        String shownRevisions = revisions.isEmpty() ? t("meta.none")
                : revisions.stream().limit(REVISIONS_LISTED).collect(Collectors.joining(", "))
                + (revisions.size() > REVISIONS_LISTED ? " " + f("meta.more", revisions.size() - REVISIONS_LISTED) : "");
        meta(t("meta.revision"), shownRevisions);
        String shownDates;
        if (dates.isEmpty()) {
            shownDates = t("meta.none");
        } else if (dates.size() <= DATES_LISTED) {
            shownDates = dates.stream().map(LocalDate::toString).collect(Collectors.joining(", "));
        } else {
            shownDates = dates.first() + " \u2013 " + dates.last();
        }
        meta(t(dates.size() > 1 ? "meta.asOfMany" : "meta.asOf"), shownDates);
        // the counts are of what the offers qualify for, never of Microsoft's decisions
        raw("</dl>\n<p class=\"counts-caption\">").text(t("counts.caption")).raw("</p>\n<ul class=\"counts\">\n");
        for (Status s : Status.values()) {
            count("count " + statusClass(s), counts.get(s), t("status." + s.name()));
        }
        count("count rejected-count", rejectedCount, t("summary.rejected"));
        raw("</ul>\n</header>\n");
    }

    private void meta(String term, String value) throws IOException {
        raw("<div><dt>").text(term).raw("</dt><dd>").text(value).raw("</dd></div>\n");
    }

    private void count(String cssClass, long count, String label) throws IOException {
        raw("<li class=\"").raw(cssClass).raw("\"><span class=\"count-n\">").text(Long.toString(count))
                .raw("</span> <span class=\"count-label\">").text(label).raw("</span></li>\n");
    }

    private void summary() throws IOException {
        raw("<section class=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">")
                .text(t("summary.heading")).raw("</h2>\n<table class=\"summary-table\">\n<caption>")
                .text(t("summary.caption")).raw("</caption>\n<thead><tr>");
        for (String key : List.of("summary.offer", "summary.partner", "summary.status", "summary.route",
                "summary.open")) {
            raw("<th scope=\"col\">").text(t(key)).raw("</th>");
        }
        raw("</tr></thead>\n<tbody>\n");
        summaryRows.copyTo(out);
        raw("</tbody>\n</table>\n</section>\n");
    }

    private void summaryRow(SubmissionResult r, Assessment a, long n) throws IOException {
        raw("<tr><th scope=\"row\"><a href=\"#offer-").raw(Long.toString(n)).raw("\">")
                .text(offerName(r, a)).raw("</a></th><td>").text(partnerName(r, a)).raw("</td><td>");
        badge(a.status());
        raw("</td><td>").text(routeLabel(a.route())).raw("</td><td class=\"num\">")
                .text(Integer.toString(a.nextSteps().size())).raw("</td></tr>\n");
    }

    private void offer(SubmissionResult result, long n) throws IOException {
        Assessment a = result.assessment().orElseThrow();
        String id = "offer-" + n;
        raw("<section class=\"offer\" id=\"").raw(id).raw("\" data-status=\"").text(name(a.status()))
                .raw("\" aria-labelledby=\"").raw(id).raw("-h\">\n<h2 id=\"").raw(id).raw("-h\">")
                .text(offerName(result, a)).raw("</h2>\n<dl class=\"ids\">\n");
        meta(t("offer.id"), nonBlank(a.offerId()));
        meta(t("offer.partner"), partnerName(result, a) + " (" + nonBlank(a.partnerId()) + ")");
        meta(t("offer.asOf"), a.asOf() == null ? t("meta.none") : a.asOf().toString());
        meta(t("offer.revision"), revisionLine(a));
        raw("</dl>\n");
        notices(a);
        IncentiveRoute typeRoute = typeRoute(result);
        ladder(a, typeRoute);
        checklist(a);
        nextSteps(a, typeRoute);
        raw("<div class=\"columns\">\n");
        benefits(a);
        channels(a);
        raw("</div>\n</section>\n");
    }

    /**
     * The ladder of statuses: the steps the offer has reached, its current one, and the ones ahead; the last
     * step names the route the offer took, or for a service, that services have none.
     */
    private void ladder(Assessment a, IncentiveRoute typeRoute) throws IOException {
        Status current = a.status();
        raw("<h3>").text(t("ladder.heading")).raw("</h3>\n<p class=\"status-line\">");
        String line = f("offer.statusLine", t("status." + name(current)));
        int at = line.indexOf(t("status." + name(current)));
        if (at < 0) {
            text(line);
        } else {
            text(line.substring(0, at));
            badge(current);
            text(line.substring(at + t("status." + name(current)).length()));
        }
        raw("</p>\n<p class=\"status-title\"><span class=\"standing-label\">").text(t("offer.statusTitle"))
                .raw("</span> ").text(a.statusTitle(locale)).raw("</p>\n");
        if (!a.attributes().isEmpty()) {
            raw("<p class=\"attributes\"><span class=\"standing-label\">").text(t("offer.attributes"))
                    .raw("</span> ").text(a.attributes().stream().map(x -> x.title(locale))
                            .collect(Collectors.joining(", "))).raw("</p>\n");
        }
        raw("<p class=\"standing\" data-standing=\"").text(a.standing().id()).raw("\"><span class=\"standing-label\">")
                .text(t("offer.standing")).raw("</span> ").text(a.standingText(locale)).raw("</p>\n<ol class=\"ladder\">\n");
        for (Status step : Status.values()) {
            int order = current == null ? 1 : Integer.compare(step.ordinal(), current.ordinal());
            String state = order < 0 ? "passed" : order == 0 ? "current" : "ahead";
            // The first step is where every offer starts: once past it, the offer has left it, not reached it.
            String word = order < 0 && step == Status.NOT_READY ? "ladder.left" : "ladder." + state;
            raw("<li class=\"step ").raw(state).raw("\" data-step=\"").raw(step.name()).raw("\"")
                    .raw(order == 0 ? " aria-current=\"step\"" : "").raw(">")
                    .raw("<span class=\"step-name\">").text(t("status." + step.name())).raw("</span>")
                    .raw("<span class=\"step-state\"><span class=\"sym\" aria-hidden=\"true\">")
                    .raw(order < 0 ? "\u2713" : order == 0 ? "\u25C6" : "\u25CB").raw("</span> ")
                    .text(t(word)).raw("</span>");
            if (step == Status.CO_SELL_INCENTIVIZED) {
                if (a.route() != null && a.route() != IncentiveRoute.NONE) {
                    raw("<span class=\"step-route\">").text(f("route.label", routeLabel(a.route())))
                            .raw("</span>");
                } else if (typeRoute == IncentiveRoute.NONE) {
                    raw("<span class=\"step-route\">").text(t("route.NONE")).raw("</span>");
                }
            }
            raw("</li>\n");
        }
        raw("</ol>\n");
    }

    /** The revision applied: its id, the days it is in force and its confidence (the rule set's id without one). */
    private String revisionLine(Assessment a) {
        Revision r = a.revision();
        if (r == null) {
            return nonBlank(a.ruleSetRevision());
        }
        return f("offer.revisionLine", r.id(), r.effectiveFrom().toString(),
                r.effectiveUntil().map(LocalDate::toString).orElse(t("revision.open")), r.confidence());
    }

    /** What the reader must know about the revision for this date, as a note under the offer's ids. */
    private void notices(Assessment a) throws IOException {
        if (a.notices().isEmpty()) {
            return;
        }
        raw("<div class=\"notices\" role=\"note\"><p class=\"notices-label\">").text(t("offer.notices"))
                .raw("</p>\n<ul class=\"plain\">\n");
        for (Notice notice : a.notices()) {
            raw("<li data-notice=\"").text(notice.code()).raw("\"><span class=\"sym\" aria-hidden=\"true\">!</span> ")
                    .text(notice.text(locale)).raw("</li>\n");
        }
        raw("</ul>\n</div>\n");
    }

    private void checklist(Assessment a) throws IOException {
        raw("<h3>").text(t("checklist.heading")).raw("</h3>\n<table class=\"checklist\">\n<caption>")
                .text(t("checklist.caption")).raw("</caption>\n<colgroup><col class=\"c-row\">")
                .raw("<col class=\"c-requirement\"><col class=\"c-outcome\"><col class=\"c-details\"></colgroup>\n")
                .raw("<thead><tr>");
        for (String key : List.of("checklist.row", "checklist.requirement", "checklist.outcome",
                "checklist.details")) {
            raw("<th scope=\"col\">").text(t(key)).raw("</th>");
        }
        raw("</tr></thead>\n");
        int step = 0;
        for (Finding finding : a.findings()) {
            if (finding.requirement().step() != step) {
                raw(step == 0 ? "" : "</tbody>\n");
                step = finding.requirement().step();
                raw("<tbody>\n<tr class=\"step-row\"><th scope=\"colgroup\" colspan=\"4\">")
                        .text(t("step." + step)).raw("</th></tr>\n");
            }
            Outcome outcome = finding.outcome();
            raw("<tr class=\"").raw(outcomeClass(outcome)).raw("\" data-requirement=\"")
                    .text(finding.requirement().id()).raw("\"><th scope=\"row\">").text(finding.requirement().id())
                    .raw("</th><td>").text(finding.requirement().title(locale)).raw("</td><td class=\"outcome\">")
                    .raw("<span class=\"sym\" aria-hidden=\"true\">").raw(outcomeSymbol(outcome)).raw("</span> ")
                    .text(t("outcome." + name(outcome))).raw("</td><td>").text(units(finding.message(locale)))
                    .raw("</td></tr>\n");
        }
        raw(step == 0 ? "" : "</tbody>\n").raw("</table>\n");
    }

    private void nextSteps(Assessment a, IncentiveRoute typeRoute) throws IOException {
        Status current = a.status();
        Optional<String> reviewStep = a.standing().step(locale);
        if (current == Status.CO_SELL_INCENTIVIZED) {
            raw("<h3>").text(t("next.headingLast")).raw("</h3>\n");
        } else {
            Status next = current == null ? Status.CO_SELL_READY : current.next();
            raw("<h3>").text(f("next.heading", t("status." + next.name()))).raw("</h3>\n");
        }
        if (a.nextSteps().isEmpty()) {
            raw("<p class=\"none\">").text(t(current == Status.CO_SELL_READY && typeRoute == IncentiveRoute.NONE
                    ? "next.noRoute" : "next.none")).raw("</p>\n");
            if (reviewStep.isEmpty()) {
                return;
            }
        }
        raw("<ol class=\"next-steps\">\n");
        for (NextStep s : a.nextSteps()) {
            nextStep(s.requirement().id(), s.message(locale), a.where(s.requirement(), locale));
        }
        // the standing's own step (submit the co-sell section, or correct and submit again) ends the list
        if (reviewStep.isPresent()) {
            nextStep(a.standing().id(), reviewStep.get(), a.standing().where(locale).orElseThrow());
        }
        raw("</ol>\n");
    }

    private void nextStep(String id, String message, String where) throws IOException {
        raw("<li><span class=\"req-id\">").text(id).raw("</span> ")
                .text(units(message)).raw("<br><span class=\"where\"><span class=\"where-label\">")
                .text(t("next.where")).raw("</span> ").text(where).raw("</span></li>\n");
    }

    private void benefits(Assessment a) throws IOException {
        raw("<div class=\"benefits\">\n<h3>").text(t("benefits.heading")).raw("</h3>\n");
        if (a.benefits().isEmpty()) {
            raw("<p class=\"none\">").text(t("benefits.none")).raw("</p>\n");
        } else {
            raw("<ul class=\"plain\">\n");
            for (Benefit b : a.benefits()) {
                raw("<li><span class=\"sym ok\" aria-hidden=\"true\">\u2713</span> <span><span class=\"req-id\">")
                        .text(b.id()).raw("</span> ").text(b.title(locale)).raw("</span></li>\n");
            }
            raw("</ul>\n");
        }
        if (a.serviceFeePercent().isPresent()) {
            raw("<p class=\"fee\">").text(f("benefits.fee", percent(a.serviceFeePercent().get()))).raw("</p>\n");
        }
        raw("</div>\n");
    }

    private void channels(Assessment a) throws IOException {
        raw("<div class=\"channels\">\n<h3>").text(t("channels.heading")).raw("</h3>\n<ul class=\"plain\">\n");
        for (Channel c : Channel.values()) {
            boolean open = a.channels().contains(c);
            raw("<li class=\"").raw(open ? "open" : "closed").raw("\" data-channel=\"").raw(c.id()).raw("\">")
                    .raw("<span class=\"sym").raw(open ? " ok" : "").raw("\" aria-hidden=\"true\">")
                    .raw(open ? "\u2713" : "\u2013").raw("</span> <span><span class=\"req-id\">").text(c.id())
                    .raw("</span> ").text(c.title(locale)).raw(" \u2014 <strong>")
                    .text(t(open ? "channel.open" : "channel.closed")).raw("</strong></span></li>\n");
        }
        raw("</ul>\n</div>\n");
    }

    private void rejection(SubmissionResult r) throws IOException {
        String number = Long.toString(r.position() + 1);
        String id = "rejected-" + number;
        raw("<article class=\"rejection\" id=\"").raw(id).raw("\" aria-labelledby=\"").raw(id)
                .raw("-h\">\n<h3 id=\"").raw(id).raw("-h\">").text(f("rejected.item", number));
        String what = submissionLabel(r.submission());
        if (!what.isEmpty()) {
            raw(": ").text(what);
        }
        raw("</h3>\n<table class=\"violations\">\n<caption>").text(f("rejected.caption", number))
                .raw("</caption>\n<thead><tr><th scope=\"col\">").text(t("rejected.field"))
                .raw("</th><th scope=\"col\">").text(t("rejected.problem")).raw("</th></tr></thead>\n<tbody>\n");
        for (Violation v : r.violations()) {
            raw("<tr><th scope=\"row\"><code>").text(v == null ? "" : nonBlank(v.path()))
                    .raw("</code></th><td>").text(v == null ? "" : nonBlank(v.message())).raw("</td></tr>\n");
        }
        // a valid submission the rules failed on: the failure names the rule and the offer
        if (r.isFailed()) {
            raw("<tr><th scope=\"row\"><code>rules</code></th><td>")
                    .text(nonBlank(r.failure().orElseThrow().getMessage())).raw("</td></tr>\n");
        }
        raw("</tbody>\n</table>\n</article>\n");
    }

    // --- what to show -------------------------------------------------------------------------------------

    /** The offer's name and id of a rejected submission, as far as it has them. */
    private String submissionLabel(Submission submission) {
        if (submission == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        Offer offer = submission.offer();
        if (offer != null && present(offer.name())) {
            parts.add(offer.name() + (present(offer.id()) ? " (" + offer.id() + ")" : ""));
        } else if (offer != null && present(offer.id())) {
            parts.add(offer.id());
        }
        Partner partner = submission.partner();
        if (partner != null && present(partner.name())) {
            parts.add(partner.name());
        }
        return String.join(" \u00B7 ", parts);
    }

    private String offerName(SubmissionResult r, Assessment a) {
        Offer offer = r.submission() == null ? null : r.submission().offer();
        return offer != null && present(offer.name()) ? offer.name() : nonBlank(a.offerId());
    }

    private String partnerName(SubmissionResult r, Assessment a) {
        Partner partner = r.submission() == null ? null : r.submission().partner();
        return partner != null && present(partner.name()) ? partner.name() : nonBlank(a.partnerId());
    }

    /** The route the offer's type leads to, whether or not the offer has reached it. */
    private static IncentiveRoute typeRoute(SubmissionResult r) {
        Offer offer = r.submission() == null ? null : r.submission().offer();
        return offer == null || offer.type() == null ? IncentiveRoute.NONE : offer.type().route();
    }

    private String routeLabel(IncentiveRoute route) {
        return route == null || route == IncentiveRoute.NONE ? "\u2013" : t("route." + route.name());
    }

    private void badge(Status status) throws IOException {
        raw("<strong class=\"badge ").raw(statusClass(status)).raw("\">").text(t("status." + name(status)))
                .raw("</strong>");
    }

    /** The CSS class of a status's badge (the report's and the timeline's). */
    static String statusClass(Status status) {
        return status == null ? "s-unknown" : switch (status) {
            case NOT_READY -> "s-not-ready";
            case CO_SELL_READY -> "s-ready";
            case CO_SELL_INCENTIVIZED -> "s-incentivized";
        };
    }

    private static String outcomeClass(Outcome outcome) {
        return outcome == null ? "o-unknown" : switch (outcome) {
            case MET -> "o-met";
            case UNMET -> "o-unmet";
            case INPUT_MISSING -> "o-input";
            case OPTIONAL_MISSING -> "o-optional";
            case NOT_APPLICABLE -> "o-na";
        };
    }

    private static String outcomeSymbol(Outcome outcome) {
        return outcome == null ? "?" : switch (outcome) {
            case MET -> "\u2713";
            case UNMET -> "\u2717";
            case INPUT_MISSING -> "?";
            case OPTIONAL_MISSING -> "\u25CB";
            case NOT_APPLICABLE -> "\u2013";
        };
    }

    /**
     * The text with a no-break space between a figure and its unit or "%", so that printed or narrow, a figure
     * never ends a line and its unit starts the next one.
     */
    static String units(String text) {
        return text == null ? null : UNIT_AFTER_FIGURE.matcher(text).replaceAll("$1\u00A0$2");
    }

    private static final Pattern UNIT_AFTER_FIGURE = Pattern.compile("(\\d) (%|USD|months?\\b|개월)");

    private String percent(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private static String name(Enum<?> value) {
        return value == null ? "UNKNOWN" : value.name();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private String nonBlank(String s) {
        return present(s) ? s : t("unnamed");
    }

    // --- texts and output ---------------------------------------------------------------------------------

    private String t(String key) {
        return texts.text(key);
    }

    private String f(String key, Object... arguments) {
        return texts.format(key, arguments);
    }

    private HtmlReport raw(String html) throws IOException {
        out.write(html);
        return this;
    }

    private HtmlReport text(String text) throws IOException {
        out.write(escape(text));
        return this;
    }

    /**
     * Escapes text for HTML element content and quoted attribute values; control characters HTML does not
     * allow, the line and paragraph separators and the bidirectional formatting characters (which would
     * reorder the text around them) become U+FFFD.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
                            || SafeText.isBidiControl(c) || c == '\u2028' || c == '\u2029') {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
