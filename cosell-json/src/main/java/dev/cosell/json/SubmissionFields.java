package dev.cosell.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The field names of the JSON submission format, per object. The reader accepts exactly these (any other field
 * is an error), the writer writes them, and {@code dev/cosell/json/submission.schema.json} describes them under the same
 * object names in {@code $defs}.
 */
public final class SubmissionFields {
    /** The top-level submission document. */
    public static final List<String> SUBMISSION = List.of("asOf", "partner", "offer");
    /** A partner. */
    public static final List<String> PARTNER = List.of("id", "name", "businessProfileComplete", "competencies",
            "isvConnectEnrollments", "revenue", "mpnId", "marketplaceAccountActive", "solutionsPartnerDesignations",
            "topTier");
    /** A competency of the partner. */
    public static final List<String> COMPETENCY = List.of("area", "level", "startDate", "endDate");
    /** An ISV Connect enrollment of the partner. */
    public static final List<String> ISV_CONNECT_ENROLLMENT = List.of("tier", "startDate", "endDate");
    /** A solutions partner designation of the partner. */
    public static final List<String> DESIGNATION = List.of("area", "startDate", "endDate");
    /** The partner's top-tier pathway figures over the trailing twelve months. */
    public static final List<String> TOP_TIER_FIGURES = List.of("marketplaceBilledSalesUsd",
            "netNewCustomersAbove10k", "marketplaceTransactions", "transactionCustomers", "consumptionCommitmentUsd");
    /** A month of revenue of one Azure solution. */
    public static final List<String> REVENUE_RECORD = List.of("solution", "month", "acrUsd", "billedUsd");
    /** An offer. */
    public static final List<String> OFFER = List.of("id", "name", "type", "listingState", "transactable",
            "availableToCspResellers", "azureIpSharePercent", "coSellCountries", "contacts", "collateral", "reviewState",
            "paidPlan", "offerBilledRevenue", "listingComplete", "listingSolutionType", "productFamily",
            "technicalValidation", "officeAppOrAddIn", "coSellSolutionCreated", "cloudSpecialistRequested");
    /** A month of the offer's own billed revenue. */
    public static final List<String> MONTHLY_AMOUNT = List.of("month", "usd");
    /** A sales contact of the offer. */
    public static final List<String> SALES_CONTACT = List.of("name", "email", "role", "countries");
    /** The offer's co-sell collateral. */
    public static final List<String> COLLATERAL = List.of("onePager", "presentationDeck", "landingPageUrl",
            "socialMediaUrl", "otherDocuments", "architectureDiagram");

    private SubmissionFields() {
    }

    /** {@return every object of the format by its name in the schema's {@code $defs}, with its field names} */
    public static Map<String, List<String>> byObject() {
        Map<String, List<String>> objects = new LinkedHashMap<>();
        objects.put("submission", SUBMISSION);
        objects.put("partner", PARTNER);
        objects.put("competency", COMPETENCY);
        objects.put("isvConnectEnrollment", ISV_CONNECT_ENROLLMENT);
        objects.put("revenueRecord", REVENUE_RECORD);
        objects.put("designation", DESIGNATION);
        objects.put("topTierFigures", TOP_TIER_FIGURES);
        objects.put("offer", OFFER);
        objects.put("monthlyAmount", MONTHLY_AMOUNT);
        objects.put("salesContact", SALES_CONTACT);
        objects.put("collateral", COLLATERAL);
        return objects;
    }
}
