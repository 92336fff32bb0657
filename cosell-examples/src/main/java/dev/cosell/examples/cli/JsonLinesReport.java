package dev.cosell.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cosell.examples.report.SafeText;
import dev.cosell.json.AssessmentJson;
import dev.cosell.json.ReadError;
import dev.cosell.json.SubmissionRecord;
import dev.cosell.model.Submission;
import dev.cosell.model.Violation;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The machine-readable report: JSON lines, one object per input record, in input order, nothing else (no
 * totals; count the lines). Each object starts with where the record came from ({@code file}, {@code record}
 * from 1, {@code line}, {@code column}), followed by the assessment's fields as {@link AssessmentJson} writes
 * them, or, for a rejected record, {@code "status": "REJECTED"}, the ids when known, and {@code errors}: each
 * {@code {"line", "column", "path", "message"}} for a record that could not be read, or {@code {"path",
 * "message"}} for a submission the validator rejected.
 *
 * <p>The lines hold no raw bidirectional formatting character, C1 control or line separator: JSON writes them
 * as <code>&#92;u202e</code> escapes, which any JSON reader turns back into the same text, so a line shown in a
 * terminal or an editor is never reordered. (Jackson already escapes the C0 controls.)
 */
final class JsonLinesReport implements Report {
    private final Writer out;
    private final Locale locale;

    JsonLinesReport(Writer out, Locale locale) {
        this.out = out;
        this.locale = locale;
    }

    @Override
    public void record(EvaluatedRecord evaluated) throws IOException {
        SubmissionRecord record = evaluated.record();
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("file", record.source());
        json.put("record", record.index());
        json.put("line", record.line());
        json.put("column", record.column());
        if (evaluated.isAssessed()) {
            json.setAll(AssessmentJson.toJson(evaluated.assessment().orElseThrow(), locale));
        } else {
            json.put("status", AssessmentJson.REJECTED);
            Submission submission = evaluated.result().submission();
            if (submission != null && submission.partner() != null && submission.partner().id() != null) {
                json.put("partnerId", submission.partner().id());
            }
            if (submission != null && submission.offer() != null && submission.offer().id() != null) {
                json.put("offerId", submission.offer().id());
            }
            ArrayNode errors = json.putArray("errors");
            if (!record.isRead()) {
                for (ReadError error : record.errors()) {
                    errors.addObject().put("line", error.line()).put("column", error.column())
                            .put("path", error.path()).put("message", error.message());
                }
            } else {
                for (Violation violation : evaluated.toResult().violations()) {
                    errors.addObject().put("path", violation.path()).put("message", violation.message());
                }
            }
        }
        out.write(escapeUnsafe(AssessmentJson.write(json)));
        out.write('\n');
    }

    /**
     * The JSON text with each character {@link SafeText#isUnsafe(char)} names as a JSON escape: outside strings
     * JSON holds none of them, so the text stays valid and means the same.
     */
    static String escapeUnsafe(String json) {
        StringBuilder b = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (SafeText.isUnsafe(c)) {
                if (b == null) {
                    b = new StringBuilder(json.length() + 16).append(json, 0, i);
                }
                b.append(String.format("\\u%04x", (int) c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? json : b.toString();
    }

    @Override
    public void finish(Tally tally) throws IOException {
        out.flush();
    }
}
