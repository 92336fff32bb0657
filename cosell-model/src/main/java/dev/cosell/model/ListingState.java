package dev.cosell.model;

/** Where an offer stands in commercial-marketplace publishing. Only {@link #LIVE} meets R1.1. */
public enum ListingState {
    /** Being written in Partner Center, never submitted. */
    DRAFT,
    /** Submitted for publishing, in certification or not yet published. */
    IN_REVIEW,
    /** Published and visible in Microsoft AppSource or Azure Marketplace. */
    LIVE,
    /** Was live, now stopped from sale. */
    DELISTED
}
