package dev.cosell.bench;

/** The same JVM, on the same classpath, launching and doing nothing: the baseline of the cold start. */
public final class Bare {
    private Bare() {
    }

    /** Does nothing. */
    public static void main(String[] args) {
    }
}
