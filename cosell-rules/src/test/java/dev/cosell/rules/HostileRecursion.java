package dev.cosell.rules;

/** A function a hostile rule calls to overflow the stack of the evaluating thread. */
public final class HostileRecursion {
    private HostileRecursion() {
    }

    /** Never returns: recurses until the stack overflows. */
    public static int deeper(int depth) {
        return deeper(depth + 1) + 1;
    }
}
