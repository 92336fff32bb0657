package dev.cosell.examples.cli;

/** The exit codes of the {@code cosell} command, the same for every subcommand. */
public final class ExitCodes {
    /** Every record was read and evaluated (whatever status each offer has). */
    public static final int OK = 0;
    /** Some records were invalid: each is reported, and every other record was still evaluated. */
    public static final int INVALID_RECORDS = 1;
    /** A usage error, an input that cannot be read, an output that cannot be written, or rules that fail. */
    public static final int USAGE = 2;
    /** A defect of cosell itself (the message asks to report it); never for anything the user gave. */
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {
    }
}
