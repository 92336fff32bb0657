package dev.cosell.examples.scenario;

import dev.cosell.model.Submission;

/**
 * One scenario of a rule author's scenario file: a submission and what its assessment must show.
 *
 * @param file       the scenario file, as named to the reader
 * @param line       the line in that file where the scenario starts
 * @param name       the scenario's name, unique within its file
 * @param submission the partner, offer and evaluation date
 * @param expect     what the assessment must show
 */
public record Scenario(String file, int line, String name, Submission submission, Expectation expect) {

    /** {@return {@code file:line "name"}: how reports name the scenario} */
    public String label() {
        return file + ":" + line + " \"" + name + "\"";
    }
}
