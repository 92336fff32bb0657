/**
 * The JSON submission format: {@link dev.cosell.json.SubmissionReader} reads submissions (one document,
 * an array, or JSON lines) with every problem located by file, line and column;
 * {@link dev.cosell.json.SubmissionJson} writes them; {@link dev.cosell.json.AssessmentJson}
 * writes assessments. The format is described by {@code dev/cosell/json/submission.schema.json} on the classpath.
 */
package dev.cosell.json;
