package dev.cosell.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cosell.model.Assessment;
import dev.cosell.model.Benefit;
import dev.cosell.model.Channel;
import dev.cosell.model.Finding;
import dev.cosell.model.NextStep;
import dev.cosell.model.Notice;
import dev.cosell.model.Revision;
import dev.cosell.model.StatusAttribute;
import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionResult;
import dev.cosell.model.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes assessments and batch results as JSON, with stable field names:
 *
 * <pre>{@code
 * {"partnerId": "contoso", "offerId": "contoso-analytics", "asOf": "2020-07-01",
 *  "status": "CO_SELL_READY", "route": "NONE",
 *  "standing": "READY_TO_SUBMIT", "standingRow": "M2",
 *  "standingText": "Qualifies for Co-sell ready; Microsoft's review decides once the co-sell section is submitted.",
 *  "statusTitle": "Co-sell ready",
 *  "revision": {"id": "2020-05-19", "effectiveFrom": "2020-05-19", "effectiveUntil": "2020-09-01",
 *               "confidence": "baseline", "sources": ["Program document ..."]},
 *  "attributes": [{"attribute": "IN_MARKET", "title": "In market"}],
 *  "notices": [{"code": "revision.pinnedOutside", "text": "Revision 2020-05-19 was chosen, although ..."}],
 *  "findings": [{"requirement": "R4.1", "outcome": "UNMET", "message": "ACR of all your solutions over ... 100,000.00 USD needed."}, ...],
 *  "benefits": ["B1"], "serviceFeePercent": 20, "channels": ["C1", "C3"],
 *  "nextSteps": [{"requirement": "R4.1", "message": "...", "where": "Grow the Azure consumed revenue ..."},
 *                {"requirement": "M2", "message": "Submit the co-sell section for Microsoft's review", "where": "..."}],
 *  "ruleSetRevision": "2020-05-19", "firedRules": ["R1.1 offer is live", ...]}
 * }</pre>
 *
 * <p>{@code status} is a {@link dev.cosell.model.Status} name, {@code route} an
 * {@link dev.cosell.model.IncentiveRoute} name, {@code outcome} an {@link dev.cosell.model.Outcome} name,
 * {@code statusTitle} is the status in the words of the assessment's revision ("Azure IP co-sell eligible" under
 * revision 2023-08-24); {@code revision} the program revision applied (its dates, {@code effectiveUntil} {@code null}
 * for the newest, its confidence and sources); {@code attributes} what that revision says of the status beyond
 * status and route ({@link dev.cosell.model.StatusAttribute} names with their titles); {@code notices} what the
 * reader must know about the revision for this date ({@link dev.cosell.model.Notice} codes with their texts);
 * where to act follows the revision ({@link Assessment#where}).
 * {@code standing} a {@link dev.cosell.model.Standing} name with its row ({@code "M1"} to {@code "M7"}) and its text:
 * {@code status} is what the offer qualifies for, and only the standing says what Microsoft's review decided. The
 * standing's own step (submit the co-sell section, or correct and submit again) ends {@code nextSteps}, with its
 * row as {@code requirement};
 * requirements, benefits and channels are written by their ids ({@code "R4.1"}, {@code "B1"}, {@code "C3"});
 * {@code serviceFeePercent} is a number, or {@code null} where the revision states no co-sell fee for the offer
 * (offers other than transactable IaaS and SaaS, and every offer from 2021-07-14, when B1 ends); messages are in
 * the requested language (English unless told).
 *
 * <p>A batch result ({@link #toJson(SubmissionResult, Locale)}) adds {@code "position"} (from 0) to an
 * assessment; a rejected submission is written as {@code {"position": 3, "status": "REJECTED", "partnerId": ...,
 * "offerId": ..., "violations": [{"path": "offer.type", "message": "is missing"}]}} (the ids when present).
 *
 * <p>Thread-safe.
 */
public final class AssessmentJson {
    /** The {@code status} of a rejected submission, next to the {@link dev.cosell.model.Status} names. */
    public static final String REJECTED = "REJECTED";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private AssessmentJson() {
    }

    /**
     * {@return the assessment as a JSON object, messages in English}
     *
     * @param assessment the assessment to write
     */
    public static ObjectNode toJson(Assessment assessment) {
        return toJson(assessment, Locale.ENGLISH);
    }

    /**
     * {@return the assessment as a JSON object, messages in the given language}
     *
     * @param assessment the assessment to write
     * @param locale     the language of the messages; {@code null} reads English
     */
    public static ObjectNode toJson(Assessment assessment, Locale locale) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("partnerId", assessment.partnerId());
        json.put("offerId", assessment.offerId());
        json.put("asOf", String.valueOf(assessment.asOf()));
        json.put("status", assessment.status().name());
        json.put("route", assessment.route().name());
        json.put("standing", assessment.standing().name());
        json.put("standingRow", assessment.standing().id());
        json.put("standingText", assessment.standingText(locale));
        json.put("statusTitle", assessment.statusTitle(locale));
        Revision revision = assessment.revision();
        if (revision != null) {
            ObjectNode r = json.putObject("revision");
            r.put("id", revision.id());
            r.put("effectiveFrom", revision.effectiveFrom().toString());
            if (revision.effectiveUntil().isPresent()) {
                r.put("effectiveUntil", revision.effectiveUntil().get().toString());
            } else {
                r.putNull("effectiveUntil");
            }
            r.put("confidence", revision.confidence());
            ArrayNode sources = r.putArray("sources");
            revision.sources().forEach(sources::add);
        } else {
            json.putNull("revision");
        }
        ArrayNode attributes = json.putArray("attributes");
        for (StatusAttribute attribute : assessment.attributes()) {
            attributes.addObject().put("attribute", attribute.name()).put("title", attribute.title(locale));
        }
        ArrayNode notices = json.putArray("notices");
        for (Notice notice : assessment.notices()) {
            notices.addObject().put("code", notice.code()).put("text", notice.text(locale));
        }
        ArrayNode findings = json.putArray("findings");
        for (Finding finding : assessment.findings()) {
            ObjectNode f = findings.addObject();
            f.put("requirement", finding.requirement().id());
            f.put("outcome", finding.outcome().name());
            f.put("message", finding.message(locale));
        }
        ArrayNode benefits = json.putArray("benefits");
        for (Benefit benefit : assessment.benefits()) {
            benefits.add(benefit.id());
        }
        if (assessment.serviceFeePercent().isPresent()) {
            json.put("serviceFeePercent", assessment.serviceFeePercent().get());
        } else {
            json.putNull("serviceFeePercent");
        }
        ArrayNode channels = json.putArray("channels");
        for (Channel channel : assessment.channels()) {
            channels.add(channel.id());
        }
        ArrayNode nextSteps = json.putArray("nextSteps");
        for (NextStep step : assessment.nextSteps()) {
            ObjectNode s = nextSteps.addObject();
            s.put("requirement", step.requirement().id());
            s.put("message", step.message(locale));
            s.put("where", assessment.where(step.requirement(), locale));
        }
        assessment.standing().step(locale).ifPresent(step -> nextSteps.addObject()
                .put("requirement", assessment.standing().id()).put("message", step)
                .put("where", assessment.standing().where(locale).orElseThrow()));
        json.put("ruleSetRevision", assessment.ruleSetRevision());
        ArrayNode fired = json.putArray("firedRules");
        assessment.firedRules().forEach(fired::add);
        return json;
    }

    /**
     * {@return a batch result as a JSON object, messages in English}
     *
     * @param result the result of one submission of a batch
     */
    public static ObjectNode toJson(SubmissionResult result) {
        return toJson(result, Locale.ENGLISH);
    }

    /**
     * {@return a batch result as a JSON object: its assessment, or its violations, with its position; a submission
     * the rules failed on is {@code REJECTED} with one violation whose path is {@code rules}}
     *
     * @param result the result of one submission of a batch
     * @param locale the language of the messages; {@code null} reads English
     */
    public static ObjectNode toJson(SubmissionResult result, Locale locale) {
        if (result.isAssessed()) {
            ObjectNode json = MAPPER.createObjectNode();
            json.put("position", result.position());
            json.setAll(toJson(result.assessment().orElseThrow(), locale));
            return json;
        }
        ObjectNode json = MAPPER.createObjectNode();
        json.put("position", result.position());
        json.put("status", REJECTED);
        Submission submission = result.submission();
        if (submission != null && submission.partner() != null && submission.partner().id() != null) {
            json.put("partnerId", submission.partner().id());
        }
        if (submission != null && submission.offer() != null && submission.offer().id() != null) {
            json.put("offerId", submission.offer().id());
        }
        ArrayNode violations = json.putArray("violations");
        for (Violation violation : result.violations()) {
            violations.addObject().put("path", violation.path()).put("message", violation.message());
        }
        // a submission the rules failed on: the failure, naming the rule and the offer, is its one problem
        result.failure().ifPresent(e -> violations.addObject().put("path", "rules").put("message", e.getMessage()));
        return json;
    }

    /**
     * {@return the assessment as one line of JSON, messages in English}
     *
     * @param assessment the assessment to write
     */
    public static String write(Assessment assessment) {
        return write(toJson(assessment));
    }

    /**
     * {@return a JSON object as one line of JSON (no line break inside)}
     *
     * @param json the object to write
     */
    public static String write(ObjectNode json) {
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a JSON object as one line, followed by a line break: one line of a JSON-lines report.
     *
     * @param json the object to write
     * @param out  where to write it; left open
     * @throws IOException if writing to {@code out} fails
     */
    public static void writeLine(ObjectNode json, Writer out) throws IOException {
        out.write(write(json));
        out.write('\n');
    }
}
