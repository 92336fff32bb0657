package dev.cosell.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cosell.json.SubmissionJson;
import dev.cosell.model.IncentiveRoute;
import dev.cosell.model.Status;
import dev.cosell.rules.reference.SubmissionGenerator;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One truth in every report: the same run written as text, JSON lines, CSV and HTML shows, for every offer, the
 * same status (R1.1–R4.3 decide it), the same route (the assessment's: an offer that is not co-sell incentivized
 * has none) and the same unmet rows. Checked on the bundled samples and on realistic generated offers of every
 * status and route.
 */
class ReportFormatsAgreeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HEADLINE = Pattern.compile("^(\\S+) \\(partner (\\S+)\\), as of (\\S+): (.+)$");
    private static final Pattern SUMMARY_ROW = Pattern.compile("<tr><th scope=\"row\"><a href=\"#offer-(\\d+)\">"
            + ".*?</a></th><td>.*?</td><td><strong class=\"badge [^\"]*\">([^<]*)</strong></td><td>([^<]*)</td>");
    private static final Pattern SECTION = Pattern.compile("(?s)<section class=\"offer\" id=\"offer-\\d+\" "
            + "data-status=\"(\\w+)\".*?</section>");
    private static final Pattern UNMET_ROW = Pattern.compile("<tr class=\"o-unmet\" data-requirement=\"([^\"]+)\"");
    private static final Pattern LADDER_ROUTE = Pattern.compile("<span class=\"step-route\">Route: ([^<]*)</span>");

    @TempDir
    Path dir;

    /** What a report says of one offer. */
    record Offer(String offerId, Status status, IncentiveRoute route, List<String> unmet) {
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {13, 1_300, 130_013})
    void givenTheSameRecords_whenWrittenInEveryFormat_thenStatusRouteAndUnmetRowsAgree(long seed) throws IOException {
        Path generated = dir.resolve("generated-" + seed + ".jsonl");
        Files.write(generated, SubmissionGenerator.realisticSubmissions(seed, 120).map(SubmissionJson::write)
                .toList(), StandardCharsets.UTF_8);
        String[] inputs = Stream.concat(Stream.of(generated.toString()),
                Stream.of("co-sell-ready.json", "incentivized-azure-ip.json", "incentivized-business-applications.json",
                        "not-ready-unpublished.json", "services.json", "invalid/mixed-with-errors.json")
                        .map(Cli::sample)).toArray(String[]::new);

        List<Offer> json = fromJson(run("json", inputs));
        List<Offer> text = fromText(run("text", inputs));
        List<Offer> csv = fromCsv(run("csv", inputs));
        List<Offer> html = fromHtml(run("html", inputs));

        assertTrue(json.size() > 100, "offers evaluated: " + json.size());
        assertTrue(json.stream().map(Offer::route).distinct().count() == 3
                && json.stream().map(Offer::status).distinct().count() == 3, "every status and route is there");
        assertTrue(json.stream().anyMatch(o -> o.status() != Status.CO_SELL_INCENTIVIZED
                && o.route() == IncentiveRoute.NONE && !o.unmet().isEmpty()), "offers with no route yet");
        assertEquals(json, text, "text report");
        assertEquals(json, csv, "CSV report");
        // The HTML report names offers by name, not id: compare all but the id.
        assertEquals(json.stream().map(o -> new Offer("", o.status(), o.route(), o.unmet())).toList(), html,
                "HTML report");
    }

    private String run(String format, String... inputs) throws IOException {
        Path out = dir.resolve("report." + format);
        List<String> args = new ArrayList<>(List.of("evaluate", "--format", format, "--output", out.toString()));
        args.addAll(Arrays.asList(inputs));
        Cli run = Cli.run(args.toArray(String[]::new));
        assertEquals(ExitCodes.INVALID_RECORDS, run.exitCode(), run.err());
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static List<Offer> fromJson(String report) throws IOException {
        List<Offer> offers = new ArrayList<>();
        for (String line : report.split("\n")) {
            JsonNode json = JSON.readTree(line);
            if (json.get("status").asText().equals("REJECTED")) {
                continue;
            }
            List<String> unmet = new ArrayList<>();
            json.get("findings").forEach(f -> {
                if (f.get("outcome").asText().equals("UNMET")) {
                    unmet.add(f.get("requirement").asText());
                }
            });
            offers.add(new Offer(json.get("offerId").asText(), Status.valueOf(json.get("status").asText()),
                    IncentiveRoute.valueOf(json.get("route").asText()), unmet));
        }
        return offers;
    }

    private static List<Offer> fromText(String report) {
        List<Offer> offers = new ArrayList<>();
        for (String block : report.split("\n\n")) {
            List<String> lines = block.lines().toList();
            Matcher headline = HEADLINE.matcher(lines.get(0));
            if (!headline.matches()) {
                continue;
            }
            // the headline is the standing: what the offer qualifies for, a co-sell incentivized one with its route
            String standing = headline.group(4);
            Status status = standing.contains(Status.CO_SELL_INCENTIVIZED.title(Locale.ENGLISH))
                    ? Status.CO_SELL_INCENTIVIZED
                    : standing.contains(Status.CO_SELL_READY.title(Locale.ENGLISH)) ? Status.CO_SELL_READY
                    : Status.NOT_READY;
            IncentiveRoute route = status != Status.CO_SELL_INCENTIVIZED ? IncentiveRoute.NONE
                    : Arrays.stream(IncentiveRoute.values()).filter(r -> r != IncentiveRoute.NONE
                            && standing.contains("(" + r.title(Locale.ENGLISH) + ")")).findFirst().orElseThrow();
            List<String> unmet = new ArrayList<>();
            int at = lines.indexOf("  unmet requirements:");
            for (int i = at + 1; at >= 0 && i < lines.size() && lines.get(i).startsWith("    "); i++) {
                unmet.add(lines.get(i).trim().split(" ")[0]);
            }
            offers.add(new Offer(headline.group(1), status, route, unmet));
        }
        return offers;
    }

    private static List<Offer> fromCsv(String report) throws IOException {
        List<Offer> offers = new ArrayList<>();
        for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(report))) {
            if (row.get("status").equals("REJECTED")) {
                continue;
            }
            offers.add(new Offer(row.get("offer"), Status.valueOf(row.get("status")),
                    IncentiveRoute.valueOf(row.get("route")),
                    row.get("unmetRows").isEmpty() ? List.of() : List.of(row.get("unmetRows").split(" "))));
        }
        return offers;
    }

    private static List<Offer> fromHtml(String report) {
        List<String> routes = new ArrayList<>();
        Matcher summary = SUMMARY_ROW.matcher(report);
        while (summary.find()) {
            routes.add(summary.group(3));
        }
        List<Offer> offers = new ArrayList<>();
        Matcher section = SECTION.matcher(report);
        while (section.find()) {
            String label = routes.get(offers.size());
            IncentiveRoute route = label.equals("\u2013") ? IncentiveRoute.NONE : Arrays.stream(IncentiveRoute.values())
                    .filter(r -> r.title(Locale.ENGLISH).equals(label)).findFirst().orElseThrow();
            Matcher ladder = LADDER_ROUTE.matcher(section.group());
            assertEquals(route != IncentiveRoute.NONE, ladder.find(), "the ladder names a route only when the "
                    + "offer has one: " + label);
            if (route != IncentiveRoute.NONE) {
                assertEquals(label, ladder.group(1));
            }
            Matcher unmet = UNMET_ROW.matcher(section.group());
            List<String> rows = unmet.results().map(m -> m.group(1)).collect(Collectors.toList());
            offers.add(new Offer("", Status.valueOf(section.group(1)), route, rows));
        }
        assertEquals(routes.size(), offers.size(), "one summary row per offer section");
        return offers;
    }
}
