package dev.cosell.examples.report;

import dev.cosell.model.Assessment;
import dev.cosell.model.Finding;
import dev.cosell.model.Notice;
import dev.cosell.model.Revision;
import dev.cosell.model.Violation;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The timeline of offers as one self-contained HTML page ({@code cosell timeline --format html}): per offer, a
 * table of its status under every program revision, each revision pinned and applied at the submission's own
 * evaluation date, with the revision in force on that date marked, the rows that block the next status and the
 * revision's notes. Same style sheet, escaping and language rules as {@link HtmlReport}; written as the offers
 * come, so memory does not grow with their number.
 */
public final class TimelineHtml {
    private static final String BUNDLE = "dev.cosell.examples.report.report";

    /**
     * The offer under one revision: its assessment, or the failure of the revision's rules on it.
     *
     * @param revision   the revision, pinned
     * @param assessment the assessment under it; empty when its rules failed
     * @param failure    the failure's message when its rules failed, else {@code null}
     */
    public record Entry(Revision revision, Optional<Assessment> assessment, String failure) {
    }

    private final Locale locale;
    private final ReportTexts texts;
    private final Writer out;
    private long offers;

    /**
     * A page written to {@code out}: call {@link #start()}, then {@link #offer} or {@link #rejected} per record,
     * then {@link #finish()}.
     *
     * @param locale the language of the page
     * @param out    where the page goes; flushed by {@link #finish()}, not closed
     */
    public TimelineHtml(Locale locale, Writer out) {
        if (locale == null || out == null) {
            throw new IllegalArgumentException("cannot write the HTML timeline: "
                    + (locale == null ? "locale is missing" : "out is missing"));
        }
        this.locale = locale;
        this.texts = ReportTexts.load(BUNDLE, locale);
        this.out = out;
    }

    /**
     * Writes the head of the page and its header.
     *
     * @param revisions the revisions of the timeline, oldest first
     * @throws IOException if the writer fails
     */
    public void start(List<Revision> revisions) throws IOException {
        String lang = locale.getLanguage().isEmpty() ? "en" : locale.toLanguageTag();
        raw("<!DOCTYPE html>\n<html lang=\"").text(lang).raw("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<meta name=\"generator\" content=\"cosell\">\n<title>").text(t("timeline.title"))
                .raw("</title>\n<style>").raw(Style.CSS).raw("</style>\n</head>\n<body class=\"timeline\">\n")
                .raw("<header class=\"report-header\">\n<h1>").text(t("timeline.title")).raw("</h1>\n")
                .raw("<p class=\"lede\">").text(t("timeline.lede")).raw("</p>\n<dl class=\"meta\">\n");
        meta(t("timeline.revisions"), revisions.size() + " (" + revisions.get(0).id() + " \u2013 "
                + revisions.get(revisions.size() - 1).id() + ")");
        raw("</dl>\n</header>\n<main>\n");
    }

    /**
     * Writes one offer's section.
     *
     * @param offerName the offer's name (its id when it has none)
     * @param offerId   the offer's id
     * @param partnerId the partner's id
     * @param asOf      the submission's evaluation date
     * @param entries   the offer under each revision, oldest first
     * @throws IOException if the writer fails
     */
    public void offer(String offerName, String offerId, String partnerId, LocalDate asOf, List<Entry> entries)
            throws IOException {
        offers++;
        String id = "offer-" + offers;
        raw("<section class=\"offer\" id=\"").raw(id).raw("\" aria-labelledby=\"").raw(id).raw("-h\">\n<h2 id=\"")
                .raw(id).raw("-h\">").text(offerName).raw("</h2>\n<dl class=\"ids\">\n");
        meta(t("offer.id"), offerId);
        meta(t("offer.partner"), partnerId);
        meta(t("offer.asOf"), String.valueOf(asOf));
        raw("</dl>\n<table class=\"timeline\">\n<caption>").text(f("timeline.caption", String.valueOf(asOf)))
                .raw("</caption>\n<thead><tr>");
        for (String key : List.of("timeline.revision", "timeline.inForce", "timeline.status", "timeline.blocking",
                "timeline.notes")) {
            raw("<th scope=\"col\">").text(t(key)).raw("</th>");
        }
        raw("</tr></thead>\n<tbody>\n");
        Assessment previous = null;
        for (Entry e : entries) {
            Revision r = e.revision();
            boolean inForce = asOf != null && r.inForceOn(asOf);
            raw("<tr data-revision=\"").text(r.id()).raw("\"").raw(inForce ? " class=\"in-force\"" : "")
                    .raw("><th scope=\"row\">").text(r.id());
            if (inForce) {
                raw("<br><span class=\"where\">").text(f("timeline.inForceOn", String.valueOf(asOf))).raw("</span>");
            }
            raw("</th><td>").text(r.effectiveFrom() + " \u2013 "
                    + r.effectiveUntil().map(LocalDate::toString).orElse(t("revision.open")))
                    .raw("<br><span class=\"where\">").text(f("timeline.confidence", r.confidence()))
                    .raw("</span></td>");
            if (e.assessment().isEmpty()) {
                raw("<td colspan=\"3\">").text(f("timeline.failed", e.failure())).raw("</td></tr>\n");
                continue;
            }
            Assessment a = e.assessment().get();
            boolean changed = previous != null && (previous.status() != a.status() || previous.route() != a.route());
            raw("<td class=\"status-cell").raw(changed ? " changed" : "").raw("\" data-status=\"")
                    .text(a.status().name()).raw("\"><strong class=\"badge ")
                    .raw(HtmlReport.statusClass(a.status())).raw("\">").text(a.statusTitle(locale)).raw("</strong>");
            if (changed) {
                raw(" <span class=\"where\">").text(t("timeline.changed")).raw("</span>");
            }
            if (!a.attributes().isEmpty()) {
                raw("<br>").text(a.attributes().stream().map(x -> x.title(locale)).collect(Collectors.joining(", ")));
            }
            raw("</td><td>").text(a.findings().stream().filter(Finding::isBlocking).map(x -> x.requirement().id())
                    .collect(Collectors.joining(" "))).raw("</td><td>");
            for (Notice n : a.notices()) {
                if (n.code().equals(Notice.PINNED_OUTSIDE)) {
                    // every row but the one in force is a revision pinned outside its dates: the in-force column
                    // says which row is in force, so the notice would only repeat it on every other row
                    continue;
                }
                raw("<span class=\"where\" data-notice=\"").text(n.code()).raw("\">").text(n.text(locale))
                        .raw("</span><br>");
            }
            raw("</td></tr>\n");
            previous = a;
        }
        raw("</tbody>\n</table>\n</section>\n");
    }

    /**
     * Writes a rejected record: where it is and every problem.
     *
     * @param where      the record's file and position
     * @param violations its problems
     * @throws IOException if the writer fails
     */
    public void rejected(String where, List<Violation> violations) throws IOException {
        raw("<article class=\"rejection\">\n<h3>").text(f("timeline.rejected", where))
                .raw("</h3>\n<table class=\"violations\">\n<thead><tr><th scope=\"col\">").text(t("rejected.field"))
                .raw("</th><th scope=\"col\">").text(t("rejected.problem")).raw("</th></tr></thead>\n<tbody>\n");
        for (Violation v : violations) {
            raw("<tr><th scope=\"row\"><code>").text(v.path()).raw("</code></th><td>").text(v.message())
                    .raw("</td></tr>\n");
        }
        raw("</tbody>\n</table>\n</article>\n");
    }

    /**
     * Ends the page and flushes the writer.
     *
     * @throws IOException if the writer fails
     */
    public void finish() throws IOException {
        raw("</main>\n<footer class=\"page-footer\"><p>").text(t("footer")).raw("</p></footer>\n</body>\n</html>\n");
        out.flush();
    }

    private void meta(String term, String value) throws IOException {
        raw("<div><dt>").text(term).raw("</dt><dd>").text(value).raw("</dd></div>\n");
    }

    private String t(String key) {
        return texts.text(key);
    }

    private String f(String key, Object... arguments) {
        return texts.format(key, arguments);
    }

    private TimelineHtml raw(String html) throws IOException {
        out.write(html);
        return this;
    }

    private TimelineHtml text(String text) throws IOException {
        out.write(HtmlReport.escape(text));
        return this;
    }
}
