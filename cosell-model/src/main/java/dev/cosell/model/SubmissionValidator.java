package dev.cosell.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a submission before the rules see it, and names every problem at once.
 *
 * <p>What is checked: every required value is present (ids, names, the offer type and listing state,
 * the evaluation date, the dates of competencies and enrollments, the months and amounts of revenue
 * records, the share of IP code on Azure), no list holds a missing element, and the share of IP code on
 * Azure lies between 0 and 100 %.
 */
public final class SubmissionValidator {
    private SubmissionValidator() {
    }

    /** Every problem with the submission; empty when it can be evaluated. */
    public static List<Violation> validate(Submission submission) {
        List<Violation> problems = new ArrayList<>();
        if (submission == null) {
            problems.add(new Violation("submission", "is missing"));
            return List.copyOf(problems);
        }
        require(problems, "asOf", submission.asOf());
        Partner partner = submission.partner();
        if (require(problems, "partner", partner)) {
            partner(problems, partner);
        }
        Offer offer = submission.offer();
        if (require(problems, "offer", offer)) {
            offer(problems, offer);
        }
        return List.copyOf(problems);
    }

    private static void partner(List<Violation> problems, Partner partner) {
        requireText(problems, "partner.id", partner.id());
        requireText(problems, "partner.name", partner.name());
        for (int i = 0; i < partner.competencies().size(); i++) {
            Competency c = partner.competencies().get(i);
            if (c != null && hasText(c.area()) && c.level() != null && c.startDate() != null && c.endDate() != null) {
                continue;
            }
            String path = "partner.competencies[" + i + "]";
            if (require(problems, path, c)) {
                requireText(problems, path + ".area", c.area());
                require(problems, path + ".level", c.level());
                require(problems, path + ".startDate", c.startDate());
                require(problems, path + ".endDate", c.endDate());
            }
        }
        for (int i = 0; i < partner.isvConnectEnrollments().size(); i++) {
            IsvConnectEnrollment e = partner.isvConnectEnrollments().get(i);
            if (e != null && e.tier() != null && e.startDate() != null && e.endDate() != null) {
                continue;
            }
            String path = "partner.isvConnectEnrollments[" + i + "]";
            if (require(problems, path, e)) {
                require(problems, path + ".tier", e.tier());
                require(problems, path + ".startDate", e.startDate());
                require(problems, path + ".endDate", e.endDate());
            }
        }
        for (int i = 0; i < partner.revenue().size(); i++) {
            RevenueRecord r = partner.revenue().get(i);
            if (r != null && hasText(r.solution()) && r.month() != null && r.acrUsd() != null
                    && r.billedUsd() != null) {
                continue; // the usual case, checked without building the paths of its problems
            }
            String path = "partner.revenue[" + i + "]";
            if (require(problems, path, r)) {
                requireText(problems, path + ".solution", r.solution());
                require(problems, path + ".month", r.month());
                require(problems, path + ".acrUsd", r.acrUsd());
                require(problems, path + ".billedUsd", r.billedUsd());
            }
        }
    }

    private static void offer(List<Violation> problems, Offer offer) {
        requireText(problems, "offer.id", offer.id());
        requireText(problems, "offer.name", offer.name());
        require(problems, "offer.type", offer.type());
        require(problems, "offer.listingState", offer.listingState());
        if (require(problems, "offer.azureIpSharePercent", offer.azureIpSharePercent())
                && (offer.azureIpSharePercent().signum() < 0
                    || offer.azureIpSharePercent().compareTo(java.math.BigDecimal.valueOf(100)) > 0)) {
            problems.add(new Violation("offer.azureIpSharePercent",
                    "is " + offer.azureIpSharePercent().toPlainString() + "; must be between 0 and 100"));
        }
        int i = 0;
        for (String country : offer.coSellCountries()) {
            if (!hasText(country)) {
                requireText(problems, "offer.coSellCountries[" + i + "]", country);
            }
            i++;
        }
        for (i = 0; i < offer.contacts().size(); i++) {
            SalesContact c = offer.contacts().get(i);
            if (c != null && hasText(c.name()) && hasText(c.email())
                    && c.countries().stream().allMatch(SubmissionValidator::hasText)) {
                continue;
            }
            String path = "offer.contacts[" + i + "]";
            if (require(problems, path, c)) {
                requireText(problems, path + ".name", c.name());
                requireText(problems, path + ".email", c.email());
                int j = 0;
                for (String country : c.countries()) {
                    requireText(problems, path + ".countries[" + j++ + "]", country);
                }
            }
        }
        require(problems, "offer.collateral", offer.collateral());
    }

    private static boolean require(List<Violation> problems, String path, Object value) {
        if (value == null) {
            problems.add(new Violation(path, "is missing"));
            return false;
        }
        return true;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static void requireText(List<Violation> problems, String path, String value) {
        if (require(problems, path, value) && value.isBlank()) {
            problems.add(new Violation(path, "is blank"));
        }
    }
}
