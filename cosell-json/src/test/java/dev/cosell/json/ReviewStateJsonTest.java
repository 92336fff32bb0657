package dev.cosell.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.ListingState;
import dev.cosell.model.Offer;
import dev.cosell.model.OfferType;
import dev.cosell.model.Partner;
import dev.cosell.model.ReviewState;
import dev.cosell.model.Submission;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The offer's {@code reviewState} in the submission format (rows M1 to M7): written and read back unchanged on
 * seeded generated submissions, absent or {@code null} read as not known, and an unknown value named with the
 * values allowed, never taken for "not known".
 */
class ReviewStateJsonTest {

    @ParameterizedTest
    @EnumSource(ReviewState.class)
    void givenGeneratedSubmissionsWithAReviewState_whenWrittenAndRead_thenTheyAreUnchanged(ReviewState review) {
        SplittableRandom random = new SplittableRandom(20200519L + review.ordinal());
        List<Submission> written = IntStream.range(0, 100).mapToObj(i -> submission(random, i, review)).toList();
        String lines = written.stream().map(SubmissionJson::write).collect(Collectors.joining("\n"));

        List<SubmissionRecord> read = read("generated.jsonl", lines);

        assertEquals(written.size(), read.size());
        for (int i = 0; i < written.size(); i++) {
            Submission back = read.get(i).submission().orElseThrow(() -> new AssertionError(read.get(0).errors()));
            assertEquals(written.get(i), back, "submission " + i);
            assertEquals(review, back.offer().reviewState());
        }
        assertEquals(review != ReviewState.NOT_KNOWN, SubmissionJson.write(written.get(0)).contains("\"reviewState\""),
                "not known is written as absent, which reads back as not known");
    }

    @Test
    void givenAnAbsentNullOrUnknownReviewState_whenRead_thenAbsentAndNullAreNotKnown_andAnUnknownValueIsNamed() {
        String offer = "\"offer\":{\"id\":\"x\",\"name\":\"X\",\"type\":\"SAAS\",\"listingState\":\"LIVE\"";
        String partner = "{\"asOf\":\"2020-07-01\",\"partner\":{\"id\":\"p\",\"name\":\"P\"},";
        List<SubmissionRecord> records = read("review.jsonl", Stream.of(
                partner + offer + "}}",
                partner + offer + ",\"reviewState\":null}}",
                partner + offer + ",\"reviewState\":\"PENDING\"}}",
                partner + offer + ",\"reviewState\":\"APPROVED\"}}").collect(Collectors.joining("\n")));

        assertEquals(ReviewState.NOT_KNOWN, records.get(0).submission().orElseThrow().offer().reviewState());
        assertEquals(ReviewState.NOT_KNOWN, records.get(1).submission().orElseThrow().offer().reviewState());
        assertFalse(records.get(2).isRead(), "an unknown review state is never read as not known");
        String errors = records.get(2).errors().toString();
        assertTrue(errors.contains("offer.reviewState: \"PENDING\" is not one of NOT_KNOWN, NOT_SUBMITTED, IN_REVIEW, "
                + "APPROVED, DECLINED"), errors);
        assertEquals(ReviewState.APPROVED, records.get(3).submission().orElseThrow().offer().reviewState());
    }

    /** A seeded submission whose offer's type, listing state, flags, share and countries vary. */
    private static Submission submission(SplittableRandom r, int i, ReviewState review) {
        OfferType[] types = OfferType.values();
        ListingState[] states = ListingState.values();
        Partner partner = Partner.builder("p" + i, "Partner " + i).businessProfileComplete(r.nextBoolean())
                .revenue("Solution", YearMonth.of(2020, 1 + r.nextInt(6)), r.nextInt(200_000) + ".00", "0.00").build();
        Offer.Builder offer = Offer.builder("o" + i, "Offer " + i, types[r.nextInt(types.length)])
                .listingState(states[r.nextInt(states.length)]).transactable(r.nextBoolean())
                .availableToCspResellers(r.nextBoolean()).azureIpSharePercent(r.nextInt(101) + "." + r.nextInt(10))
                .reviewState(review);
        if (r.nextBoolean()) {
            offer.coSellCountries("US", "KR").contact("Jane Doe", "jane@example.com", "Sales", "*")
                    .onePager("one-pager.pdf").landingPage("https://example.com/" + i);
        }
        return new Submission(partner, offer.build(), LocalDate.of(2020, 7, 1).plusDays(r.nextInt(60)));
    }

    private static List<SubmissionRecord> read(String name, String content) {
        try (Stream<SubmissionRecord> records = new SubmissionReader().read(
                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), name)) {
            return records.toList();
        }
    }
}
