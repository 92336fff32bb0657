package dev.cosell.model;

/** Tier of a Business Applications ISV Connect enrollment. Only {@link #PREMIUM} counts for R4.3. */
public enum IsvConnectTier {
    /** The standard tier: not enough for R4.3. */
    STANDARD,
    /** The premium tier: what R4.3 asks for. */
    PREMIUM
}
