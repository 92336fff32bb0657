/**
 * The JSON submission format: {@link dev.cosell.examples.json.SubmissionReader} reads submissions (one document,
 * an array, or JSON lines) with every problem located by file, line and column;
 * {@link dev.cosell.examples.json.SubmissionJson} writes them; {@link dev.cosell.examples.json.AssessmentJson}
 * writes assessments. The format is described by {@code schema/submission.schema.json} on the classpath.
 */
package dev.cosell.examples.json;
