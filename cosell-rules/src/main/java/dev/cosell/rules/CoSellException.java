package dev.cosell.rules;

/** The base of every exception cosell throws; catch it to handle all of them. */
public class CoSellException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with the given message.
     *
     * @param message what went wrong
     */
    public CoSellException(String message) {
        super(message);
    }

    /**
     * An exception with the given message and cause.
     *
     * @param message what went wrong
     * @param cause   the exception that caused it
     */
    public CoSellException(String message, Throwable cause) {
        super(message, cause);
    }
}
