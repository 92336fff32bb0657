package dev.cosell.model;

import java.time.LocalDate;

/**
 * A Microsoft partner competency. The rules decide what "active" means (see the R3.6
 * rules).
 *
 * @param area  the competency area, e.g. "Cloud Platform"
 * @param level silver or gold
 * @param startDate first day the competency holds
 * @param endDate   last day the competency holds
 */
public record Competency(String area, CompetencyLevel level, LocalDate startDate, LocalDate endDate) {
}
