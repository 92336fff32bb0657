package dev.cosell.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cosell.model.Answer;
import dev.cosell.model.Collateral;
import dev.cosell.model.Competency;
import dev.cosell.model.Designation;
import dev.cosell.model.IsvConnectEnrollment;
import dev.cosell.model.ListingSolutionType;
import dev.cosell.model.MonthlyAmount;
import dev.cosell.model.Offer;
import dev.cosell.model.Partner;
import dev.cosell.model.ProductFamily;
import dev.cosell.model.RevenueRecord;
import dev.cosell.model.ReviewState;
import dev.cosell.model.SalesContact;
import dev.cosell.model.Submission;
import dev.cosell.model.TopTierFigures;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Collection;

/**
 * Writes submissions in the format {@link SubmissionReader} reads: what it writes reads back to an equal
 * submission. Amounts are written as strings ({@code "60000.00"}), exactly, with their scale; missing values are
 * left out, as are inputs not given ({@link Answer#NOT_GIVEN}, which reads back from an absent field). The offer's
 * own billed revenue is written as an empty array when it is given with no month, and left out when it is not
 * given. Use it to turn submissions built in code into scenario or sample files.
 */
public final class SubmissionJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private SubmissionJson() {
    }

    /**
     * {@return the submission as a JSON object}
     *
     * @param submission the submission to write
     */
    public static ObjectNode toJson(Submission submission) {
        ObjectNode json = MAPPER.createObjectNode();
        putText(json, "asOf", submission.asOf());
        if (submission.partner() != null) {
            json.set("partner", partner(submission.partner()));
        }
        if (submission.offer() != null) {
            json.set("offer", offer(submission.offer()));
        }
        return json;
    }

    /**
     * {@return the submission as one line of JSON: one line of a JSON-lines file}
     *
     * @param submission the submission to write
     */
    public static String write(Submission submission) {
        try {
            return MAPPER.writeValueAsString(toJson(submission));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@return the submission as indented JSON, for a file people read}
     *
     * @param submission the submission to write
     */
    public static String writePretty(Submission submission) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(submission));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode partner(Partner partner) {
        ObjectNode json = MAPPER.createObjectNode();
        putText(json, "id", partner.id());
        putText(json, "name", partner.name());
        json.put("businessProfileComplete", partner.businessProfileComplete());
        ArrayNode competencies = json.putArray("competencies");
        for (Competency c : partner.competencies()) {
            ObjectNode e = competencies.addObject();
            putText(e, "area", c.area());
            putText(e, "level", c.level());
            putText(e, "startDate", c.startDate());
            putText(e, "endDate", c.endDate());
        }
        ArrayNode enrollments = json.putArray("isvConnectEnrollments");
        for (IsvConnectEnrollment c : partner.isvConnectEnrollments()) {
            ObjectNode e = enrollments.addObject();
            putText(e, "tier", c.tier());
            putText(e, "startDate", c.startDate());
            putText(e, "endDate", c.endDate());
        }
        ArrayNode revenue = json.putArray("revenue");
        for (RevenueRecord r : partner.revenue()) {
            ObjectNode e = revenue.addObject();
            putText(e, "solution", r.solution());
            putText(e, "month", r.month());
            putAmount(e, "acrUsd", r.acrUsd());
            putAmount(e, "billedUsd", r.billedUsd());
        }
        putText(json, "mpnId", partner.mpnId());
        putGiven(json, "marketplaceAccountActive", partner.marketplaceAccountActive());
        ArrayNode designations = json.putArray("solutionsPartnerDesignations");
        for (Designation d : partner.solutionsPartnerDesignations()) {
            if (d == null) {
                designations.addNull();
                continue;
            }
            ObjectNode e = designations.addObject();
            putText(e, "area", d.area());
            putText(e, "startDate", d.startDate());
            putText(e, "endDate", d.endDate());
        }
        TopTierFigures t = partner.topTier();
        if (t != null) {
            ObjectNode e = json.putObject("topTier");
            putAmount(e, "marketplaceBilledSalesUsd", t.marketplaceBilledSalesUsd());
            putCount(e, "netNewCustomersAbove10k", t.netNewCustomersAbove10k());
            putCount(e, "marketplaceTransactions", t.marketplaceTransactions());
            putCount(e, "transactionCustomers", t.transactionCustomers());
            putAmount(e, "consumptionCommitmentUsd", t.consumptionCommitmentUsd());
        }
        return json;
    }

    private static ObjectNode offer(Offer offer) {
        ObjectNode json = MAPPER.createObjectNode();
        putText(json, "id", offer.id());
        putText(json, "name", offer.name());
        putText(json, "type", offer.type());
        putText(json, "listingState", offer.listingState());
        json.put("transactable", offer.transactable());
        json.put("availableToCspResellers", offer.availableToCspResellers());
        putAmount(json, "azureIpSharePercent", offer.azureIpSharePercent());
        putTexts(json, "coSellCountries", offer.coSellCountries());
        ArrayNode contacts = json.putArray("contacts");
        for (SalesContact c : offer.contacts()) {
            ObjectNode e = contacts.addObject();
            putText(e, "name", c.name());
            putText(e, "email", c.email());
            putText(e, "role", c.role());
            putTexts(e, "countries", c.countries());
        }
        Collateral c = offer.collateral();
        if (c != null) {
            ObjectNode e = json.putObject("collateral");
            putText(e, "onePager", c.onePager());
            putText(e, "presentationDeck", c.presentationDeck());
            putText(e, "landingPageUrl", c.landingPageUrl());
            putText(e, "socialMediaUrl", c.socialMediaUrl());
            putTexts(e, "otherDocuments", c.otherDocuments());
            putText(e, "architectureDiagram", c.architectureDiagram());
        }
        if (offer.reviewState() != ReviewState.NOT_KNOWN) {
            putText(json, "reviewState", offer.reviewState()); // absent reads as not known
        }
        putGiven(json, "paidPlan", offer.paidPlan());
        if (offer.hasOfferBilledRevenue()) {
            ArrayNode months = json.putArray("offerBilledRevenue");
            for (MonthlyAmount m : offer.offerBilledRevenue()) {
                if (m == null) {
                    months.addNull();
                    continue;
                }
                ObjectNode e = months.addObject();
                putText(e, "month", m.month());
                putAmount(e, "usd", m.usd());
            }
        }
        putGiven(json, "listingComplete", offer.listingComplete());
        if (offer.listingSolutionType() != ListingSolutionType.NOT_GIVEN) {
            putText(json, "listingSolutionType", offer.listingSolutionType());
        }
        if (offer.productFamily() != ProductFamily.NOT_GIVEN) {
            putText(json, "productFamily", offer.productFamily());
        }
        putGiven(json, "technicalValidation", offer.technicalValidation());
        putGiven(json, "officeAppOrAddIn", offer.officeAppOrAddIn());
        putText(json, "coSellSolutionCreated", offer.coSellSolutionCreated());
        putGiven(json, "cloudSpecialistRequested", offer.cloudSpecialistRequested());
        return json;
    }

    /** An answer, left out when not given: an absent field reads back as not given. */
    private static void putGiven(ObjectNode json, String name, Answer answer) {
        if (answer != Answer.NOT_GIVEN) {
            putText(json, name, answer);
        }
    }

    private static void putCount(ObjectNode json, String name, Integer count) {
        if (count != null) {
            json.put(name, count.intValue());
        }
    }

    private static void putText(ObjectNode json, String name, Object value) {
        if (value != null) {
            json.put(name, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }

    /**
     * An amount as a string, exactly, value and scale: in plain notation ({@code "60000.00"}) unless its scale is
     * negative or would add more than {@value #PLAIN_ZEROS} leading zeros, then in scientific notation
     * ({@code "1E+2147483647"}), which the reader takes back to the same value and scale instead of spelling out
     * two billion zeros.
     */
    private static void putAmount(ObjectNode json, String name, BigDecimal value) {
        if (value != null) {
            boolean plain = value.scale() >= 0 && value.scale() <= PLAIN_ZEROS + value.precision();
            json.put(name, plain ? value.toPlainString() : value.toString());
        }
    }

    /** The most leading zeros an amount's plain notation may add to its digits. */
    private static final int PLAIN_ZEROS = 20;

    private static void putTexts(ObjectNode json, String name, Collection<String> values) {
        ArrayNode array = json.putArray(name);
        values.forEach(array::add);
    }
}
