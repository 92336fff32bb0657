package dev.cosell.json;

/**
 * One problem found while reading a submission file: malformed JSON, a value of the wrong type, an unknown
 * field, or input beyond the reader's limits.
 *
 * @param source  the file (or stream) name
 * @param line    the line, from 1
 * @param column  the column, from 1 (counted in bytes for files read as bytes)
 * @param path    the field at fault, e.g. {@code offer.contacts[1].email}; empty when the problem is not in a
 *                field (malformed JSON, a record that is not an object)
 * @param message what is wrong, e.g. {@code "expected true or false, found a string"}
 */
public record ReadError(String source, long line, long column, String path, String message) {

    /** {@code source:line:column: path: message}, the form compilers and editors understand. */
    @Override
    public String toString() {
        return source + ":" + line + ":" + column + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
