package dev.cosell.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonParser.NumberType;
import dev.cosell.model.Answer;
import dev.cosell.model.Collateral;
import dev.cosell.model.Competency;
import dev.cosell.model.CompetencyLevel;
import dev.cosell.model.Designation;
import dev.cosell.model.IsvConnectEnrollment;
import dev.cosell.model.IsvConnectTier;
import dev.cosell.model.ListingSolutionType;
import dev.cosell.model.ListingState;
import dev.cosell.model.MonthlyAmount;
import dev.cosell.model.Offer;
import dev.cosell.model.OfferType;
import dev.cosell.model.Partner;
import dev.cosell.model.ProductFamily;
import dev.cosell.model.TopTierFigures;
import dev.cosell.model.RevenueRecord;
import dev.cosell.model.ReviewState;
import dev.cosell.model.SalesContact;
import dev.cosell.model.Submission;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one submission document from a parser positioned on its first token, collecting every type error and
 * unknown field instead of stopping at the first. A value of the wrong type is skipped whole, so the parser
 * stays in step and reading goes on. Only malformed JSON (an {@link IOException} from the parser) ends it.
 */
final class DocumentParser {
    /** Amounts and percentages: at most this many digits before the decimal point. */
    static final int MAX_INTEGER_DIGITS = 15;
    /** Amounts and percentages: at most this many digits after the decimal point. */
    static final int MAX_FRACTION_DIGITS = 10;
    /** A decimal in a string, as the schema's {@code amount} has it: ASCII digits, no spaces around. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    /**
     * A date as the schema has it: four ASCII digits of year (java.time would also take {@code +12020-01-01}
     * and the digits of other scripts).
     */
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    /** A month as the schema has it. */
    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");

    /** At most this many problems of one record are kept; the rest are counted. */
    static final int MAX_ERRORS = 100;

    private final JsonParser p;
    private final String source;
    private final long lineOffset;
    private final List<ReadError> errors = new ArrayList<>();
    /** Where the record starts in the input, in bytes. */
    private final long startByte;
    private int elements;
    private int unlisted;
    private JsonLocation lastUnlisted;

    /**
     * @param lineOffset added to the parser's line numbers: a JSON-lines record is parsed on its own, from its
     *                   line's first byte
     */
    DocumentParser(JsonParser parser, String source, long lineOffset) {
        this.p = parser;
        this.source = source;
        this.lineOffset = lineOffset;
        this.startByte = Math.max(0, parser.currentTokenLocation().getByteOffset());
    }

    /**
     * The problems found so far: the first {@value #MAX_ERRORS}, then one that counts the rest, so that a
     * record of a million unknown fields cannot fill the memory with its errors.
     */
    List<ReadError> errors() {
        if (unlisted == 0) {
            return errors;
        }
        List<ReadError> all = new ArrayList<>(errors);
        all.add(new ReadError(source, lastUnlisted.getLineNr() + lineOffset, lastUnlisted.getColumnNr(), "",
                String.format(java.util.Locale.ROOT, "and %,d more problems in this record (the first %d are "
                        + "listed)", unlisted, MAX_ERRORS)));
        return all;
    }

    /**
     * A record beyond the reader's limits per record: the reading of the record stops, and the reader skips the
     * rest of it without holding it.
     */
    static final class RecordTooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient JsonLocation location;

        RecordTooLarge(String message, JsonLocation location) {
            super(message, null, false, false);
            this.location = location;
        }

        JsonLocation location() {
            return location;
        }
    }

    /**
     * Stops the record when it has grown beyond {@link SubmissionReader#MAX_RECORD_BYTES} of JSON text; checked
     * at every field and list element, so that no more than one value (a string of at most
     * {@link SubmissionReader#MAX_STRING_LENGTH} characters) is read beyond the limit.
     */
    private void checkSize() {
        JsonLocation at = p.currentLocation();
        long offset = at.getByteOffset();
        if (offset >= 0 && offset - startByte > SubmissionReader.MAX_RECORD_BYTES) {
            throw new RecordTooLarge(String.format(java.util.Locale.ROOT, "is longer than %,d bytes of JSON, "
                    + "the reader's limit per record", SubmissionReader.MAX_RECORD_BYTES), at);
        }
    }

    /** Counts a list element against {@link SubmissionReader#MAX_RECORD_ELEMENTS}. */
    private void countElement() {
        if (++elements > SubmissionReader.MAX_RECORD_ELEMENTS) {
            throw new RecordTooLarge(String.format(java.util.Locale.ROOT, "holds more than %,d list elements "
                    + "(all its lists together), the reader's limit per record",
                    SubmissionReader.MAX_RECORD_ELEMENTS), p.currentTokenLocation());
        }
    }

    /** Reads a submission; null if the current value is not an object (an error is recorded). */
    Submission submission() throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            wrongType("", "a submission object");
            return null;
        }
        LocalDate[] asOf = {null};
        Partner[] partner = {null};
        Offer[] offer = {null};
        object("", SubmissionFields.SUBMISSION, (name, path) -> {
            switch (name) {
                case "asOf" -> asOf[0] = date(path);
                case "partner" -> partner[0] = partner(path);
                default -> offer[0] = offer(path);
            }
        });
        return new Submission(partner[0], offer[0], asOf[0]);
    }

    private Partner partner(String path) throws IOException {
        var v = new Object() {
            String id;
            String name;
            boolean complete;
            List<Competency> competencies = List.of();
            List<IsvConnectEnrollment> enrollments = List.of();
            List<RevenueRecord> revenue = List.of();
            String mpnId;
            Answer marketplaceAccountActive;
            List<Designation> designations = List.of();
            TopTierFigures topTier;
        };
        if (!object(path, SubmissionFields.PARTNER, (name, at) -> {
            switch (name) {
                case "id" -> v.id = text(at);
                case "name" -> v.name = text(at);
                case "businessProfileComplete" -> v.complete = bool(at);
                case "competencies" -> v.competencies = list(at, this::competency);
                case "isvConnectEnrollments" -> v.enrollments = list(at, this::enrollment);
                case "revenue" -> v.revenue = list(at, this::revenueRecord);
                case "mpnId" -> v.mpnId = text(at);
                case "marketplaceAccountActive" -> v.marketplaceAccountActive = enumValue(at, Answer.class);
                case "solutionsPartnerDesignations" -> v.designations = list(at, this::designation);
                default -> v.topTier = topTier(at);
            }
        })) {
            return null;
        }
        return new Partner(v.id, v.name, v.complete, v.competencies, v.enrollments, v.revenue, v.mpnId,
                v.marketplaceAccountActive, v.designations, v.topTier);
    }

    private Designation designation(String path) throws IOException {
        var v = new Object() {
            String area;
            LocalDate start;
            LocalDate end;
        };
        if (!object(path, SubmissionFields.DESIGNATION, (name, at) -> {
            switch (name) {
                case "area" -> v.area = text(at);
                case "startDate" -> v.start = date(at);
                default -> v.end = date(at);
            }
        })) {
            return null;
        }
        return new Designation(v.area, v.start, v.end);
    }

    /** The top-tier figures; {@code null} (absent) is not given. */
    private TopTierFigures topTier(String path) throws IOException {
        var v = new Object() {
            BigDecimal billedSales;
            Integer netNewCustomers;
            Integer transactions;
            Integer customers;
            BigDecimal commitment;
        };
        if (!object(path, SubmissionFields.TOP_TIER_FIGURES, (name, at) -> {
            switch (name) {
                case "marketplaceBilledSalesUsd" -> v.billedSales = decimal(at);
                case "netNewCustomersAbove10k" -> v.netNewCustomers = count(at);
                case "marketplaceTransactions" -> v.transactions = count(at);
                case "transactionCustomers" -> v.customers = count(at);
                default -> v.commitment = decimal(at);
            }
        })) {
            return null;
        }
        return new TopTierFigures(v.billedSales, v.netNewCustomers, v.transactions, v.customers, v.commitment);
    }

    private MonthlyAmount monthlyAmount(String path) throws IOException {
        var v = new Object() {
            YearMonth month;
            BigDecimal usd;
        };
        if (!object(path, SubmissionFields.MONTHLY_AMOUNT, (name, at) -> {
            switch (name) {
                case "month" -> v.month = month(at);
                default -> v.usd = decimal(at);
            }
        })) {
            return null;
        }
        return new MonthlyAmount(v.month, v.usd);
    }

    private Competency competency(String path) throws IOException {
        var v = new Object() {
            String area;
            CompetencyLevel level;
            LocalDate start;
            LocalDate end;
        };
        if (!object(path, SubmissionFields.COMPETENCY, (name, at) -> {
            switch (name) {
                case "area" -> v.area = text(at);
                case "level" -> v.level = enumValue(at, CompetencyLevel.class);
                case "startDate" -> v.start = date(at);
                default -> v.end = date(at);
            }
        })) {
            return null;
        }
        return new Competency(v.area, v.level, v.start, v.end);
    }

    private IsvConnectEnrollment enrollment(String path) throws IOException {
        var v = new Object() {
            IsvConnectTier tier;
            LocalDate start;
            LocalDate end;
        };
        if (!object(path, SubmissionFields.ISV_CONNECT_ENROLLMENT, (name, at) -> {
            switch (name) {
                case "tier" -> v.tier = enumValue(at, IsvConnectTier.class);
                case "startDate" -> v.start = date(at);
                default -> v.end = date(at);
            }
        })) {
            return null;
        }
        return new IsvConnectEnrollment(v.tier, v.start, v.end);
    }

    private RevenueRecord revenueRecord(String path) throws IOException {
        var v = new Object() {
            String solution;
            YearMonth month;
            BigDecimal acr;
            BigDecimal billed;
        };
        if (!object(path, SubmissionFields.REVENUE_RECORD, (name, at) -> {
            switch (name) {
                case "solution" -> v.solution = text(at);
                case "month" -> v.month = month(at);
                case "acrUsd" -> v.acr = decimal(at);
                default -> v.billed = decimal(at);
            }
        })) {
            return null;
        }
        return new RevenueRecord(v.solution, v.month, v.acr, v.billed);
    }

    private Offer offer(String path) throws IOException {
        var v = new Object() {
            String id;
            String name;
            OfferType type;
            ListingState listingState;
            boolean transactable;
            boolean csp;
            // Absent means 0, as in Offer.builder: services offers have no IP code share to state.
            BigDecimal azureIpSharePercent = BigDecimal.ZERO;
            Set<String> countries = Set.of();
            List<SalesContact> contacts = List.of();
            Collateral collateral = Collateral.NONE;
            // Absent or null means not known, as in Offer.builder: cosell never guesses Microsoft's review.
            ReviewState reviewState = ReviewState.NOT_KNOWN;
            // The inputs of the later revisions: absent or null is not given (the model's defaults).
            Answer paidPlan;
            List<MonthlyAmount> offerBilledRevenue;
            Answer listingComplete;
            ListingSolutionType listingSolutionType;
            ProductFamily productFamily;
            Answer technicalValidation;
            Answer officeAppOrAddIn;
            LocalDate coSellSolutionCreated;
            Answer cloudSpecialistRequested;
        };
        if (!object(path, SubmissionFields.OFFER, (name, at) -> {
            switch (name) {
                case "id" -> v.id = text(at);
                case "name" -> v.name = text(at);
                case "type" -> v.type = enumValue(at, OfferType.class);
                case "listingState" -> v.listingState = enumValue(at, ListingState.class);
                case "transactable" -> v.transactable = bool(at);
                case "availableToCspResellers" -> v.csp = bool(at);
                case "azureIpSharePercent" -> {
                    // null means absent, and absent means 0
                    if (p.currentToken() != JsonToken.VALUE_NULL) {
                        v.azureIpSharePercent = decimal(at);
                    }
                }
                case "coSellCountries" -> v.countries = new LinkedHashSet<>(list(at, this::text));
                case "contacts" -> v.contacts = list(at, this::contact);
                case "reviewState" -> v.reviewState = enumValue(at, ReviewState.class);
                case "collateral" -> v.collateral = collateral(at);
                case "paidPlan" -> v.paidPlan = enumValue(at, Answer.class);
                case "offerBilledRevenue" -> {
                    // null means not given, which an empty list (given, no revenue) is not
                    if (p.currentToken() != JsonToken.VALUE_NULL) {
                        v.offerBilledRevenue = list(at, this::monthlyAmount);
                    }
                }
                case "listingComplete" -> v.listingComplete = enumValue(at, Answer.class);
                case "listingSolutionType" -> v.listingSolutionType = enumValue(at, ListingSolutionType.class);
                case "productFamily" -> v.productFamily = enumValue(at, ProductFamily.class);
                case "technicalValidation" -> v.technicalValidation = enumValue(at, Answer.class);
                case "officeAppOrAddIn" -> v.officeAppOrAddIn = enumValue(at, Answer.class);
                case "coSellSolutionCreated" -> v.coSellSolutionCreated = date(at);
                default -> v.cloudSpecialistRequested = enumValue(at, Answer.class);
            }
        })) {
            return null;
        }
        return new Offer(v.id, v.name, v.type, v.listingState, v.transactable, v.csp, v.azureIpSharePercent,
                v.countries, v.contacts, v.collateral, v.reviewState, v.paidPlan, v.offerBilledRevenue,
                v.listingComplete, v.listingSolutionType, v.productFamily, v.technicalValidation, v.officeAppOrAddIn,
                v.coSellSolutionCreated, v.cloudSpecialistRequested);
    }

    private SalesContact contact(String path) throws IOException {
        var v = new Object() {
            String name;
            String email;
            String role;
            Set<String> countries = Set.of();
        };
        if (!object(path, SubmissionFields.SALES_CONTACT, (name, at) -> {
            switch (name) {
                case "name" -> v.name = text(at);
                case "email" -> v.email = text(at);
                case "role" -> v.role = text(at);
                default -> v.countries = new LinkedHashSet<>(list(at, this::text));
            }
        })) {
            return null;
        }
        return new SalesContact(v.name, v.email, v.role, v.countries);
    }

    private Collateral collateral(String path) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return Collateral.NONE;
        }
        var v = new Object() {
            String onePager;
            String deck;
            String landingPage;
            String socialMedia;
            List<String> others = List.of();
            String architectureDiagram;
        };
        if (!object(path, SubmissionFields.COLLATERAL, (name, at) -> {
            switch (name) {
                case "onePager" -> v.onePager = text(at);
                case "presentationDeck" -> v.deck = text(at);
                case "landingPageUrl" -> v.landingPage = text(at);
                case "socialMediaUrl" -> v.socialMedia = text(at);
                case "otherDocuments" -> v.others = list(at, this::text);
                default -> v.architectureDiagram = text(at);
            }
        })) {
            return Collateral.NONE;
        }
        return new Collateral(v.onePager, v.deck, v.landingPage, v.socialMedia, v.others, v.architectureDiagram);
    }

    // --- building blocks ---------------------------------------------------------------------------------

    @FunctionalInterface
    private interface FieldReader {
        void read(String name, String path) throws IOException;
    }

    @FunctionalInterface
    private interface ElementReader<T> {
        T read(String path) throws IOException;
    }

    /**
     * Reads the object at the current token field by field; false if the value is {@code null} (absent: the
     * validator reports it where it is required, as it does a missing element of a list, so that it hides none
     * of the record's other problems) or not an object (with an error). Unknown and repeated fields are errors,
     * and their values are skipped.
     */
    private boolean object(String path, List<String> known, FieldReader reader) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return false;
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            wrongType(path, "an object");
            return false;
        }
        Set<String> seen = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            checkSize();
            String name = p.currentName();
            String fieldPath = path.isEmpty() ? name : path + "." + name;
            JsonLocation at = p.currentTokenLocation();
            p.nextToken();
            if (!known.contains(name)) {
                error(at, fieldPath, "unknown field; the fields of " + (path.isEmpty() ? "a submission" : path)
                        + " are " + String.join(", ", known));
                p.skipChildren();
            } else if (!seen.add(name)) {
                error(at, fieldPath, "appears twice");
                p.skipChildren();
            } else {
                reader.read(name, fieldPath);
            }
        }
        checkSize();
        return true;
    }

    /** An array's elements; absent ({@code null}) is an empty list. */
    private <T> List<T> list(String path, ElementReader<T> element) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            wrongType(path, "an array");
            return List.of();
        }
        List<T> values = new ArrayList<>();
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY && token != null) {
            checkSize();
            countElement();
            values.add(element.read(path + "[" + values.size() + "]"));
        }
        checkSize();
        return values;
    }

    private String text(String path) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_STRING -> p.getText();
            case VALUE_NULL -> null;
            default -> {
                wrongType(path, "a string");
                yield null;
            }
        };
    }

    /** A boolean; {@code null} means absent, which is false. */
    private boolean bool(String path) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_TRUE -> true;
            case VALUE_FALSE, VALUE_NULL -> false;
            default -> {
                wrongType(path, "true or false");
                yield false;
            }
        };
    }

    /**
     * A decimal from a JSON number or a string, exactly as written (never through a double). Values beyond
     * {@value #MAX_INTEGER_DIGITS} integer or {@value #MAX_FRACTION_DIGITS} fraction digits are errors: no
     * amount of the program needs them, and {@code 1e1000000} would otherwise reach the rules.
     */
    private BigDecimal decimal(String path) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        String text;
        switch (p.currentToken()) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> text = p.getText();
            case VALUE_STRING -> text = p.getText();
            case VALUE_NULL -> {
                return null;
            }
            default -> {
                wrongType(path, "a decimal number (or a string holding one)");
                return null;
            }
        }
        BigDecimal value;
        try {
            // The length bound keeps BigDecimal's parsing cheap; any amount fits well within it. The pattern is
            // the schema's: ASCII digits only (BigDecimal would take any script's), no spaces around.
            if (text.length() > 64 || !DECIMAL.matcher(text).matches()) {
                throw new NumberFormatException();
            }
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            error(at, path, quote(text) + " is not a decimal number such as \"12500.00\" (ASCII digits, "
                    + "no spaces)");
            return null;
        }
        // in long: precision - scale overflows an int for 1E+2147483647
        if ((long) value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            error(at, path, quote(text) + " is too large: at most " + MAX_INTEGER_DIGITS
                    + " digits before the decimal point");
            return null;
        }
        if (value.scale() > MAX_FRACTION_DIGITS) {
            error(at, path, quote(text) + " has too many decimals: at most " + MAX_FRACTION_DIGITS);
            return null;
        }
        return value;
    }

    /**
     * A count: a JSON whole number (no fraction, exponent or string) that fits an int; {@code null} is absent. A
     * negative count is read, and the validator reports it.
     */
    private Integer count(String path) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        switch (p.currentToken()) {
            case VALUE_NUMBER_INT -> {
                if (p.getNumberType() == NumberType.INT) {
                    return p.getIntValue();
                }
                error(at, path, quote(p.getText()) + " is too large: a count is at most " + Integer.MAX_VALUE);
                return null;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> {
                wrongType(path, "a whole number such as 12");
                return null;
            }
        }
    }

    private LocalDate date(String path) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        String text = typedText(path, "a date string such as \"2020-07-01\"");
        if (text == null) {
            return null;
        }
        try {
            if (!DATE.matcher(text).matches()) {
                throw new DateTimeParseException("not yyyy-MM-dd", text, 0);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            error(at, path, quote(text) + " is not a date (yyyy-MM-dd, e.g. \"2020-07-01\")");
            return null;
        }
    }

    private YearMonth month(String path) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        String text = typedText(path, "a month string such as \"2020-03\"");
        if (text == null) {
            return null;
        }
        try {
            if (!MONTH.matcher(text).matches()) {
                throw new DateTimeParseException("not yyyy-MM", text, 0);
            }
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            error(at, path, quote(text) + " is not a month (yyyy-MM, e.g. \"2020-03\")");
            return null;
        }
    }

    private <E extends Enum<E>> E enumValue(String path, Class<E> type) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        String text = typedText(path, "one of " + names(type));
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            error(at, path, quote(text) + " is not one of " + names(type));
            return null;
        }
    }

    /** A string, or null (with an error naming {@code expected} for any other type). */
    private String typedText(String path, String expected) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_STRING -> p.getText();
            case VALUE_NULL -> null;
            default -> {
                wrongType(path, expected);
                yield null;
            }
        };
    }

    private static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** Records "expected X, found Y" at the current token and skips its value whole. */
    private void wrongType(String path, String expected) throws IOException {
        error(p.currentTokenLocation(), path, "expected " + expected + ", found " + describe(p.currentToken()));
        p.skipChildren();
    }

    private void error(JsonLocation at, String path, String message) {
        if (errors.size() >= MAX_ERRORS) {
            unlisted++;
            lastUnlisted = at;
            return;
        }
        errors.add(new ReadError(source, at.getLineNr() + lineOffset, at.getColumnNr(), path, message));
    }

    static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the input";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
        };
    }

    /** A value quoted for a message, shortened so a huge value cannot flood the report. */
    static String quote(String text) {
        String shown = text.length() > 40 ? text.substring(0, 37) + "..." : text;
        return "\"" + shown.replaceAll("\\p{Cntrl}", "?") + "\"";
    }
}
