package dev.cosell.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class InputsTest {

    private static String line(int i) {
        if (i % 7 == 3) {
            return "{\"asOf\": \"2020-07-01\", \"offer\": ";
        }
        return "{\"asOf\":\"2020-07-01\",\"partner\":{\"id\":\"p\",\"name\":\"P\"},\"offer\":{\"id\":\"o" + i
                + "\",\"name\":\"O\",\"type\":\"SAAS\",\"listingState\":\"" + (i % 2 == 0 ? "LIVE" : "DRAFT") + "\"}}";
    }

    @Test
    void givenUnreadableRecordsAmongManyOnStdin_whenEvaluated_thenEveryResultStaysWithItsOwnRecordInOrder() {
        int count = 300; // more than one evaluation batch of 256
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < count; i++) {
            input.append(line(i)).append('\n');
        }
        List<EvaluatedRecord> records;
        try (Stream<EvaluatedRecord> stream = new Inputs(List.of(Path.of(Inputs.STDIN)),
                new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)))
                .evaluate(EvaluateCommand.shippedEvaluator())) {
            records = stream.toList();
        }

        assertEquals(count, records.size());
        for (int i = 0; i < count; i++) {
            EvaluatedRecord record = records.get(i);
            assertEquals(i + 1, record.record().index());
            assertEquals(i + 1, record.record().line());
            assertEquals("<stdin>", record.record().source());
            if (i % 7 == 3) {
                assertTrue(!record.isAssessed() && !record.record().errors().isEmpty(), "record " + i);
                assertTrue(record.toResult().violations().get(0).path().startsWith("<stdin>:" + (i + 1) + ":"));
            } else {
                assertEquals("o" + i, record.assessment().orElseThrow().offerId());
            }
        }
    }
}
