package dev.cosell.model;

/** The program's two kinds of solution: repeatable, packaged IP, or services. */
public enum SolutionType {
    /** Intellectual-property solutions: software offers. */
    IP,
    /** Consulting and managed services. */
    SERVICES
}
