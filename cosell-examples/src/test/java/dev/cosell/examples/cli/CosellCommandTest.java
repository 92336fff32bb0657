package dev.cosell.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CosellCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<JsonNode> jsonLines(String out) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static String doc(String offerId) {
        return "{\"asOf\":\"2020-07-01\",\"partner\":{\"id\":\"contoso\",\"name\":\"Contoso\"},"
                + "\"offer\":{\"id\":\"" + offerId + "\",\"name\":\"Offer\",\"type\":\"SAAS\","
                + "\"listingState\":\"LIVE\"}}";
    }

    @Test
    void givenTheSamples_whenEvaluatedAsText_thenEachOfferShowsStatusRouteUnmetFiguresAndWhereToAct() {
        Cli run = Cli.run("evaluate", Cli.sample("co-sell-ready.json"), Cli.sample("incentivized-azure-ip.json"),
                Cli.sample("not-ready-unpublished.json"));

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("contoso-analytics (partner contoso), as of 2020-07-01: "
                + "Qualifies for Co-sell ready; Microsoft's review decides (whether the co-sell section is submitted is "
                + "not known)."));
        assertTrue(run.out().contains("R4.1  ACR of all your solutions over 2019-07…2020-06 is 99,999.99 USD; 100,000.00 USD needed."));
        assertTrue(run.out().contains("northwind-ledger (partner northwind), as of 2020-07-01: Qualifies for Co-sell "
                + "incentivized (Azure IP); Microsoft's review decides"));
        assertTrue(run.out().contains("marketplace service fee: 10 %"));
        assertTrue(run.out().contains("fabrikam-insights (partner fabrikam), as of 2020-07-01: "
                + "Qualifies for no co-sell status yet; Microsoft's review decides"));
        assertTrue(run.out().contains("where: Outside the program document: Partner Center › Account settings › Legal info and business "
                + "profile"));
        assertTrue(run.out().contains("3 records: 3 evaluated (by the status they qualify for: 1 not ready, 1 co-sell ready, 1 co-sell incentivized), "
                + "0 rejected"));
        assertEquals("", run.err());
    }

    @Test
    void givenTheSamples_whenEvaluatedAsJson_thenEachRecordIsOneJsonLineWithItsOriginAndAssessment()
            throws IOException {
        Cli run = Cli.run("evaluate", "--format", "json", Cli.sample("services.json"));

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        List<JsonNode> lines = jsonLines(run.out());
        assertEquals(2, lines.size());
        JsonNode first = lines.get(0);
        assertEquals(Cli.sample("services.json"), first.get("file").asText());
        assertEquals(1, first.get("record").asInt());
        assertEquals(2, first.get("line").asInt());
        assertEquals("tailspin-migration-assessment", first.get("offerId").asText());
        assertEquals("CO_SELL_READY", first.get("status").asText());
        assertEquals("NONE", first.get("route").asText());
        assertEquals(12, first.get("findings").size());
        assertEquals("R1.1", first.get("findings").get(0).get("requirement").asText());
        assertEquals("2020-05-19", first.get("ruleSetRevision").asText());
        JsonNode second = lines.get(1);
        assertEquals("NOT_READY", second.get("status").asText());
        assertEquals("R3.6", second.get("nextSteps").get(0).get("requirement").asText());
        assertTrue(second.get("nextSteps").get(0).get("where").asText().contains("Competencies"));
    }

    @Test
    void givenHtmlFormat_whenEvaluated_thenOneSelfContainedPageShowsEveryOffer() throws IOException {
        Path page = dir.resolve("report.html");
        Cli run = Cli.run("evaluate", "--format", "html", "--output", page.toString(), Cli.sample("services.json"),
                Cli.sample("incentivized-azure-ip.json"));

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("", run.out());
        String html = Files.readString(page);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, Math.min(80, html.length())));
        assertTrue(html.contains("northwind-ledger"), "every offer is in the page");
        assertFalse(html.contains("<script") || html.contains("<link") || html.contains("src=\"http"),
                "the page loads nothing from elsewhere");
    }

    @Test
    void givenLangKo_whenEvaluated_thenMessagesAreKoreanAndTheDecisionIsTheSame() {
        Cli english = Cli.run("evaluate", Cli.sample("co-sell-ready.json"));
        Cli korean = Cli.run("evaluate", "--lang", "ko", Cli.sample("co-sell-ready.json"));

        assertEquals(ExitCodes.OK, korean.exitCode(), korean.err());
        assertTrue(english.out().contains(": Qualifies for Co-sell ready;"), english.out());
        assertTrue(korean.out().contains(": 공동 판매 준비 자격을 갖추었습니다."), korean.out());
        assertTrue(korean.out().contains("모든 솔루션의 2019년 7월~2020년 6월 ACR은 99,999.99 USD입니다"), korean.out());
        assertEquals(english.out().lines().count(), korean.out().lines().count());

        Cli unknown = Cli.run("evaluate", "--lang", "xx", Cli.sample("co-sell-ready.json"));
        assertEquals(ExitCodes.USAGE, unknown.exitCode());
        assertTrue(unknown.err().contains("--lang"), unknown.err());
    }

    @Test
    void givenLangKo_whenEvaluatedAsText_thenTheReportsFrameIsKoreanToo() {
        String file = Cli.sample("invalid/mixed-with-errors.json");
        Cli run = Cli.run("evaluate", "--lang", "ko", Cli.sample("co-sell-ready.json"),
                Cli.sample("incentivized-azure-ip.json"), file);
        String out = run.out();

        assertEquals(ExitCodes.INVALID_RECORDS, run.exitCode(), run.err());
        assertTrue(out.contains("contoso-analytics (파트너 contoso), 2020-07-01 기준: "
                + "공동 판매 준비 자격을 갖추었습니다. Microsoft의 검토가 결정합니다(공동 판매 섹션의 제출 여부는 알 수 없음).\n"
                + "  출처: " + Cli.sample("co-sell-ready.json") + ":1:1 (레코드 1)\n"
                + "  프로그램 개정 2020-05-19(2020-05-19부터 2020-09-01까지 적용, 신뢰도 baseline)\n"
                + "  이 개정의 표현: 공동 판매 준비\n"
                + "  충족되지 않은 요구 사항:\n"), out);
        assertTrue(out.contains("\n  선택 사항, 없음:\n"), out);
        assertTrue(out.contains("\n  공동 판매 incentivized까지의 다음 단계:\n    1. R4.1  "), out);
        assertTrue(out.contains("\n       조치할 곳: 모든 솔루션의"), out);
        assertTrue(out.contains("\n  이점: 없음\n"), out);
        assertTrue(out.contains("northwind-ledger (파트너 northwind), 2020-07-01 기준: "
                + "공동 판매 incentivized(Azure IP) 자격을 갖추었습니다."), out);
        assertTrue(out.contains("\n  이점: B1 청구된 판매에 대한 Marketplace 서비스 요금이"), out);
        assertTrue(out.contains("\n  Marketplace 서비스 요금: 10%\n"), out);
        assertTrue(out.contains("\n  공동 판매 채널: C1 Microsoft AppSource"), out);
        assertTrue(out.contains("거부됨 " + file + ":24:3 (레코드 3): 파트너 litware의 제품 litware-sync\n"), out);
        assertTrue(out.endsWith("레코드 5개: 3개 평가됨(자격 기준: 준비 안 됨 1, 공동 판매 준비 1, "
                + "공동 판매 incentivized 1), 2개 거부됨\n"), out);
        for (String english : List.of("partner ", "as of", "route", "from ", "unmet requirements",
                "optional, missing", "next steps", "where:", "benefits:", "service fee:", "channels:", "REJECTED",
                "record", "evaluated")) {
            assertFalse(out.contains(english), "no English frame word: " + english);
        }
    }

    @Test
    void givenLangKo_whenEvaluatedAsJson_thenTheFieldNamesAndCodesStayLanguageNeutral() throws IOException {
        Cli english = Cli.run("evaluate", "-f", "json", Cli.sample("co-sell-ready.json"));
        Cli korean = Cli.run("evaluate", "-f", "json", "--lang", "ko", Cli.sample("co-sell-ready.json"));

        JsonNode en = jsonLines(english.out()).get(0);
        JsonNode ko = jsonLines(korean.out()).get(0);
        List<String> enFields = new ArrayList<>();
        List<String> koFields = new ArrayList<>();
        en.fieldNames().forEachRemaining(enFields::add);
        ko.fieldNames().forEachRemaining(koFields::add);
        assertEquals(enFields, koFields);
        assertEquals("CO_SELL_READY", ko.get("status").asText());
        JsonNode r41 = ko.get("findings").get(9);
        assertEquals("R4.1", r41.get("requirement").asText());
        assertEquals("UNMET", r41.get("outcome").asText());
        assertTrue(r41.get("message").asText().contains("ACR은"), "the messages are Korean: " + r41);
    }

    @Test
    void givenTheInvalidSample_whenEvaluated_thenEachProblemIsLocatedTheValidRecordIsEvaluatedAndExitIs1() {
        Cli run = Cli.run("evaluate", Cli.sample("invalid/mixed-with-errors.json"));
        String file = Cli.sample("invalid/mixed-with-errors.json");

        assertEquals(ExitCodes.INVALID_RECORDS, run.exitCode());
        assertTrue(run.out().contains("REJECTED " + file + ":2:3 (record 1)"), run.out());
        assertTrue(run.out().contains(file + ":4:81: partner.businessProfileComplete: expected true or false, "
                + "found a string"), run.out());
        assertTrue(run.out().contains(file + ":11:7: offer.colateral: unknown field"), run.out());
        assertTrue(run.out().contains("litware-archive (partner litware), as of 2020-07-01: "
                + "Qualifies for no co-sell status yet;"));
        assertTrue(run.out().contains("REJECTED " + file + ":24:3 (record 3): offer litware-sync of partner litware\n"
                + "  partner.name: is missing"), run.out());
        assertTrue(run.out().contains("3 records: 1 evaluated"));
        assertFalse(Cli.hasStackTrace(run.out() + run.err()));
    }

    @Test
    void givenMalformedJsonLines_whenEvaluatedAsJson_thenTheBrokenLineIsLocatedAndTheOthersAreEvaluated()
            throws IOException {
        Path file = write("batch.jsonl", doc("a") + "\n{\"asOf\": \"2020-07-01\", \"partner\": }\n" + doc("c") + "\n");

        Cli run = Cli.run("evaluate", "-f", "json", file.toString());

        assertEquals(ExitCodes.INVALID_RECORDS, run.exitCode());
        List<JsonNode> lines = jsonLines(run.out());
        assertEquals(List.of("NOT_READY", "REJECTED", "NOT_READY"),
                lines.stream().map(l -> l.get("status").asText()).toList());
        JsonNode error = lines.get(1).get("errors").get(0);
        assertEquals(2, error.get("line").asInt());
        assertEquals(35, error.get("column").asInt());
        assertTrue(error.get("message").asText().startsWith("malformed JSON"), error.toString());
        assertEquals("c", lines.get(2).get("offerId").asText());
    }

    @Test
    void givenMalformedJsonAfterAValidDocument_whenEvaluated_thenTheValidOneCountsAndTheErrorNamesFileLineColumn()
            throws IOException {
        Path file = write("two.json", doc("a") + "\n{\"asOf\": \"2020-07-01\" \"partner\": {}}\n");

        Cli run = Cli.run("evaluate", file.toString());

        assertEquals(ExitCodes.INVALID_RECORDS, run.exitCode());
        assertTrue(run.out().contains("a (partner contoso), as of 2020-07-01: "
                + "Qualifies for no co-sell status yet;"), run.out());
        assertTrue(run.out().contains(file + ":2:23: malformed JSON: Unexpected character"), run.out());
    }

    @Test
    void givenAnOutputFile_whenEvaluated_thenTheReportIsWrittenThereAsUtf8() throws IOException {
        Path report = dir.resolve("report.txt");

        Cli run = Cli.run("evaluate", "--output", report.toString(), Cli.sample("not-ready-unpublished.json"));

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(Files.readString(report, StandardCharsets.UTF_8).contains("Partner Center › Account settings"));
    }

    @Test
    void givenHelp_whenAsked_thenTheUsageListsFormatsAndExitCodesWithExit0() {
        Cli run = Cli.run("evaluate", "--help");

        assertEquals(ExitCodes.OK, run.exitCode());
        assertTrue(run.out().contains("--format=FORMAT"), run.out());
        assertTrue(run.out().matches("(?s).*\\n  1 +some records were invalid.*"), run.out());
        assertTrue(run.out().matches("(?s).*\\n  70 +a defect of cosell itself.*"), run.out());
    }

    @Test
    void givenUsageErrors_whenRun_thenExitIs2WithAMessageAndNoStackTrace() {
        List<Cli> runs = List.of(
                Cli.run(),
                Cli.run("evaluate"),
                Cli.run("evaluate", "--format", "xml", Cli.sample("services.json")),
                Cli.run("evaluate", "--no-such-option", Cli.sample("services.json")),
                Cli.run("frobnicate"),
                Cli.run("evaluate", dir.resolve("missing.json").toString()),
                Cli.run("evaluate", dir.toString()),
                Cli.run("evaluate", "-o", dir.resolve("no/such/folder/out.txt").toString(),
                        Cli.sample("services.json")),
                Cli.run("evaluate", "--rules", dir.resolve("no-rules").toString(), Cli.sample("services.json")));

        for (Cli run : runs) {
            assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
            assertFalse(run.err().isBlank());
            assertFalse(Cli.hasStackTrace(run.out() + run.err()), run.err());
        }
        assertTrue(runs.get(5).err().contains("cannot read " + dir.resolve("missing.json") + ": no such file"));
        assertTrue(runs.get(6).err().contains("it is a folder"));
    }

    @Test
    void givenAnyMalformedCommandLine_whenRun_thenOneLineSaysWhatIsWrongAndTheNextPointsToHelp() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        String[][] wrong = {{"--no-such-option"}, {"--format", "xml"}, {"--format"}, {"--lang", "xx"}, {"-o"},
                {"--rules"}, {"-z"}, {"--progress=maybe"}, {"--formt", "csv"}, {"--lang"}};
        for (int i = 0; i < 60; i++) {
            List<String> args = new ArrayList<>(List.of("evaluate"));
            if (random.nextBoolean()) {
                args.add(Cli.sample("services.json"));
            }
            args.addAll(List.of(wrong[random.nextInt(wrong.length)]));
            if (random.nextBoolean() && !args.contains(Cli.sample("services.json"))) {
                args.add(Cli.sample("services.json"));
            }
            Cli run = Cli.run(args.toArray(String[]::new));

            assertEquals(ExitCodes.USAGE, run.exitCode(), args + ": " + run.err());
            List<String> lines = run.err().lines().toList();
            assertTrue(lines.size() >= 2 && lines.size() <= 3, args + " prints no usage screen: " + run.err());
            assertTrue(lines.get(0).startsWith("cosell: "), run.err());
            assertEquals("Try 'cosell evaluate --help' for more information.", lines.get(lines.size() - 1));
            assertEquals("", run.out());
        }
        Cli bare = Cli.run();
        assertEquals(List.of("cosell: name a command, e.g. cosell evaluate FILE...",
                "Try 'cosell --help' for more information."), bare.err().lines().toList());
    }

    @Test
    void givenVersion_whenAsked_thenTheBuildsVersionAndTheRuleSetRevisionShow() throws IOException {
        Cli run = Cli.run("--version");
        Properties pom = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("target/classes/dev/cosell/examples/cli/version.properties"))) {
            pom.load(in);
        }

        assertEquals(ExitCodes.OK, run.exitCode());
        assertFalse(pom.getProperty("version").contains("${"), "the build filled in the version");
        assertTrue(run.out().startsWith("cosell " + pom.getProperty("version") + "\n"), run.out());
        assertTrue(run.out().contains("program revisions " + Version.revisions()), run.out());
        assertTrue(Version.revisions().startsWith("2020-05-19 to "), Version.revisions());
    }

    @Test
    void givenGenerateCompletion_whenRun_thenItPrintsABashAndZshScriptThatCompletesTheFormats() {
        Cli run = Cli.run("generate-completion");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("complete -F _complete_cosell"), "bash completion");
        assertTrue(run.out().contains("autoload -U +X bashcompinit"), "zsh through bashcompinit");
        assertTrue(run.out().contains("(\"text\" \"json\" \"html\" \"csv\") # --format values"),
                "the formats complete");
    }

    @Test
    void givenARulesFolder_whenItCompiles_thenItIsUsedAndWhenABruleIsBroken_thenExitIs2WithFileAndLine()
            throws IOException {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        // a copy of the complete rule folder of revision 2020-05-19
        try (Stream<Path> files = Files.list(RuleAuthorCommandsTest.SHIPPED_RULES)) {
            for (Path file : files.toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }

        Cli ok = Cli.run("evaluate", "--rules", rules.toString(), Cli.sample("co-sell-ready.json"));
        Files.writeString(rules.resolve("broken.drl"),
                "package dev.cosell.rules;\n\nrule \"broken\"\nwhen\n  nonsense(\nthen\nend\n");
        Cli broken = Cli.run("evaluate", "--rules", rules.toString(), Cli.sample("co-sell-ready.json"));

        assertEquals(ExitCodes.OK, ok.exitCode(), ok.err());
        assertTrue(ok.out().contains("contoso-analytics (partner contoso), as of 2020-07-01: "
                + "Qualifies for Co-sell ready;"));
        assertEquals(ExitCodes.USAGE, broken.exitCode());
        assertTrue(broken.err().contains("broken.drl:"), broken.err());
        assertFalse(Cli.hasStackTrace(broken.err()), broken.err());
    }
}
