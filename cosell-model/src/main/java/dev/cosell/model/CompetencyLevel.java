package dev.cosell.model;

/** Level of a Microsoft partner competency. Only {@link #GOLD} counts for R3.6. */
public enum CompetencyLevel {
    SILVER,
    GOLD
}
