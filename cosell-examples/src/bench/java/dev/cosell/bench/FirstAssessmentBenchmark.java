package dev.cosell.bench;

import dev.cosell.model.Assessment;
import dev.cosell.model.Offer;
import dev.cosell.model.OfferType;
import dev.cosell.model.Partner;
import dev.cosell.rules.CoSellEvaluator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code CoSellEvaluator.create()} and a first evaluation, once per fresh JVM: what an application pays before
 * its first assessment. Single shot, no warm-up, one measurement per fork, 11 forks; the JVM's default flags.
 * Compare the median ({@code -rf json}: {@code scorePercentiles."50.0"}) across library versions: the class uses
 * only API that every version has.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(11)
public class FirstAssessmentBenchmark {
    private static final Partner PARTNER = Partner.builder("contoso", "Contoso").businessProfileComplete(true)
            .revenue("Contoso Analytics", YearMonth.of(2020, 3), "60000.00", "0.00")
            .revenue("Contoso Backup", YearMonth.of(2020, 4), "39999.99", "0.00").build();
    private static final Offer OFFER = Offer.builder("contoso-analytics", "Contoso Analytics", OfferType.SAAS).live()
            .coSellCountries("US", "KR").contact("Jane Doe", "jane@contoso.com", "Sales lead", "*")
            .onePager("one-pager.pdf").landingPage("https://contoso.com/analytics")
            .socialMedia("https://www.linkedin.com/company/contoso").azureIpSharePercent("80").build();

    /** {@code create()} and the README's quickstart offer evaluated on 2020-07-01 (the first revision). */
    @Benchmark
    public Assessment createAndEvaluate() {
        return CoSellEvaluator.create().evaluate(PARTNER, OFFER, LocalDate.of(2020, 7, 1));
    }

    /** {@code create()} and the same offer evaluated on 2023-09-01 (the newest revision). */
    @Benchmark
    public Assessment createAndEvaluateNewest() {
        return CoSellEvaluator.create().evaluate(PARTNER, OFFER, LocalDate.of(2023, 9, 1));
    }
}
