package dev.cosell.examples.cli;

import dev.cosell.model.Assessment;
import dev.cosell.model.Revision;
import java.util.Map;
import java.util.Optional;

/**
 * One record of an input evaluated under several program revisions, each pinned, at the submission's own
 * evaluation date ({@code cosell compare}, {@code cosell timeline}).
 *
 * @param evaluated   the record as read and its result under the first revision asked for: a record that could
 *                    not be read or whose submission is invalid is rejected here, once for every revision
 * @param assessments the assessment under each revision, in the order asked for; empty for a rejected record and
 *                    missing for a revision whose rules failed on the submission
 * @param failures    for each revision whose rules failed on the submission, the failure's message (naming the
 *                    rule and the offer)
 */
record RevisionRecord(EvaluatedRecord evaluated, Map<Revision, Assessment> assessments,
                      Map<Revision, String> failures) {

    RevisionRecord {
        assessments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(assessments));
        failures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(failures));
    }

    /** {@return whether the record was read and valid} */
    boolean isAssessed() {
        return evaluated.isAssessed() || evaluated.isFailed();
    }

    /** {@return the assessment under the revision, if the rules did not fail on it} */
    Optional<Assessment> under(Revision revision) {
        return Optional.ofNullable(assessments.get(revision));
    }

    /** {@return the first assessment of the record, for its ids and date} */
    Optional<Assessment> any() {
        return assessments.values().stream().findFirst();
    }
}
