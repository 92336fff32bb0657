package dev.cosell.model;

/**
 * One problem with a submission, named by the path of the field at fault.
 *
 * @param path    where the problem is, e.g. {@code offer.contacts[1].email}
 * @param message what is wrong, e.g. "is missing"
 */
public record Violation(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
