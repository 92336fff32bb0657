package dev.cosell.model;

import java.time.LocalDate;

/**
 * A solutions partner designation of the Microsoft AI Cloud Partner Program, which replaces the Gold competency
 * in R3.6 from the 2023-08-24 revision ("at least one solutions partner designation"). As for a
 * {@link Competency}, the rules decide what "active" means (a designation held on the evaluation date, from its
 * start date through its end date).
 *
 * @param area      the designation's solution area, e.g. "Infrastructure (Azure)"
 * @param startDate first day the designation holds
 * @param endDate   last day the designation holds
 */
public record Designation(String area, LocalDate startDate, LocalDate endDate) {
}
