package dev.cosell.model;

import java.time.LocalDate;

/**
 * An enrollment in the Business Applications ISV Connect program. The rules decide what "active" means (see the R4.3
 * rules).
 *
 * @param tier  standard or premium
 * @param startDate first day of the enrollment
 * @param endDate   last day of the enrollment
 */
public record IsvConnectEnrollment(IsvConnectTier tier, LocalDate startDate, LocalDate endDate) {
}
