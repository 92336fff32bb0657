package dev.cosell.model;

/** Level of a Microsoft partner competency. Only {@link #GOLD} counts for R3.6. */
public enum CompetencyLevel {
    /** A silver competency: not enough for R3.6. */
    SILVER,
    /** A gold competency: what R3.6 asks for. */
    GOLD
}
