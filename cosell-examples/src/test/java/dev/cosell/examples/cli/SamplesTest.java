package dev.cosell.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cosell.model.Assessment;
import dev.cosell.model.Benefit;
import dev.cosell.model.IncentiveRoute;
import dev.cosell.model.Requirement;
import dev.cosell.model.Status;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each bundled sample shows the status and route it is meant to show. */
class SamplesTest {

    private static Map<String, EvaluatedRecord> evaluate(String... samples) {
        List<Path> files = Stream.of(samples).map(Cli.SAMPLES::resolve).toList();
        Map<String, EvaluatedRecord> byOffer = new LinkedHashMap<>();
        try (Stream<EvaluatedRecord> records = new Inputs(files, InputStream.nullInputStream())
                .evaluate(EvaluateCommand.shippedEvaluator())) {
            records.forEach(r -> byOffer.put(r.record().index() + "@" + r.record().source(), r));
        }
        return byOffer;
    }

    private static Assessment only(Map<String, EvaluatedRecord> records, int index) {
        return records.values().stream().toList().get(index).assessment().orElseThrow();
    }

    @Test
    void everySampleHasTheStatusAndRouteItIsMeantToShow() {
        Map<String, EvaluatedRecord> records = evaluate("not-ready-unpublished.json", "co-sell-ready.json",
                "incentivized-azure-ip.json", "incentivized-business-applications.json", "services.json",
                "invalid/mixed-with-errors.json");

        Assessment unpublished = only(records, 0);
        assertEquals(Status.NOT_READY, unpublished.status());
        assertEquals(List.of(Requirement.R1_1, Requirement.R1_2, Requirement.R3_1, Requirement.R3_2, Requirement.R3_5),
                unpublished.nextSteps().stream().map(s -> s.requirement()).toList());

        Assessment ready = only(records, 1);
        assertEquals(Status.CO_SELL_READY, ready.status());
        assertEquals(List.of(Requirement.R4_1), ready.nextSteps().stream().map(s -> s.requirement()).toList());

        Assessment azureIp = only(records, 2);
        assertEquals(Status.CO_SELL_INCENTIVIZED, azureIp.status());
        assertEquals(IncentiveRoute.AZURE_IP, azureIp.route());
        assertEquals(List.of(Benefit.B1, Benefit.B2, Benefit.B3, Benefit.B4), azureIp.benefits());
        assertEquals(0, azureIp.serviceFeePercent().orElseThrow().compareTo(BigDecimal.TEN));

        Assessment businessApps = only(records, 3);
        assertEquals(Status.CO_SELL_INCENTIVIZED, businessApps.status());
        assertEquals(IncentiveRoute.BUSINESS_APPLICATIONS, businessApps.route());

        Assessment consulting = only(records, 4);
        assertEquals("tailspin-migration-assessment", consulting.offerId());
        assertEquals(Status.CO_SELL_READY, consulting.status());
        assertEquals(IncentiveRoute.NONE, consulting.route());
        Assessment managed = only(records, 5);
        assertEquals(Status.NOT_READY, managed.status());
        assertEquals(List.of(Requirement.R3_6), managed.nextSteps().stream().map(s -> s.requirement()).toList());

        List<EvaluatedRecord> invalid = records.values().stream().toList().subList(6, 9);
        assertEquals(List.of(false, true, false), invalid.stream().map(EvaluatedRecord::isAssessed).toList());
    }
}
