package dev.cosell.model;

/** Tier of a Business Applications ISV Connect enrollment. Only {@link #PREMIUM} counts for R4.3. */
public enum IsvConnectTier {
    STANDARD,
    PREMIUM
}
