package dev.cosell.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cosell.model.Assessment;
import dev.cosell.model.SubmissionResult;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the report in a real headless Chromium, with the JDK and the browser only, and checks what a person
 * would see: the DOM after layout and a screenshot.
 *
 * <p>The browser is {@code -Dcosell.browser=/path/to/chromium} if given, else {@code chromium} or
 * {@code chromium-browser} on the PATH. Without one the test is skipped with a message, except when the
 * environment variable {@code CI} is set or {@code -Dcosell.requireBrowser=true} is given: then it fails, so
 * a build server never passes without having rendered the page. The English and the Korean page and their
 * screenshots are kept in {@code target/html-report/} for a look. The Korean page needs a Korean font (such as
 * {@code fonts-noto-cjk}), without which Chromium draws Hangul as empty boxes: that test is skipped without one,
 * and fails instead where the browser test is required.
 */
class HtmlReportBrowserTest {
    private static final long TIMEOUT_SECONDS = 90;
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 2000;
    /** The highlight of the current ladder step ({@code --accent} in the style sheet). */
    private static final int ACCENT = 0x0b3d91;
    /** The Hangul probe page: two lines this far apart, each drawn within this width. */
    private static final int PROBE_LINE = 100;
    private static final int PROBE_WIDTH = 400;
    private static final Pattern CURRENT_STEP = Pattern.compile(
            "<li class=\"step current\" data-step=\"(\\w+)\" aria-current=\"step\"><span class=\"step-name\">"
                    + "([^<]*)</span>");

    @TempDir
    static Path temp;

    /** Why the tests are skipped; {@code null} when the page was rendered. */
    private static String skipped;
    private static boolean required;
    private static String dom;
    private static BufferedImage screenshot;
    private static String koreanDom;
    /** Two lines of different Hangul, drawn with the report's style sheet; the same image when drawn as boxes. */
    private static BufferedImage hangul;

    @BeforeAll
    static void render() throws IOException, InterruptedException {
        Optional<Path> browser = findBrowser();
        required = System.getenv("CI") != null || Boolean.getBoolean("cosell.requireBrowser");
        if (browser.isEmpty()) {
            String missing = "no Chromium found (-Dcosell.browser, or chromium / chromium-browser on the PATH)";
            if (required) {
                fail(missing + ", and the browser test is required here (CI is set or -Dcosell.requireBrowser="
                        + "true): install it, e.g. apt-get install chromium");
            }
            skipped = "HtmlReportBrowserTest skipped: " + missing + ". Install it (apt-get install chromium) to "
                    + "render the HTML report in a real browser; with CI set this test fails instead.";
            // Surefire's console lists skipped tests without their reason: say it where a developer looks.
            System.err.println("[WARNING] " + skipped);
            return;
        }
        Path out = Files.createDirectories(Path.of("target", "html-report"));
        Path page = write(out.resolve("report.html"), ReportFixtures.report(Locale.ENGLISH));
        dom = dumpDom(browser.get(), page);
        screenshot = screenshot(browser.get(), page, out.resolve("report.png"), WIDTH, HEIGHT);

        Path korean = write(out.resolve("report-ko.html"), ReportFixtures.report(Locale.KOREAN));
        koreanDom = dumpDom(browser.get(), korean);
        screenshot(browser.get(), korean, out.resolve("report-ko.png"), WIDTH, HEIGHT);
        Path probe = write(out.resolve("hangul.html"), "<!DOCTYPE html>\n<html lang=\"ko\"><head>"
                + "<meta charset=\"utf-8\"><style>" + Style.CSS
                + " .probe { position: absolute; left: 0; font-size: 40px; }</style></head>"
                + "<body><div class=\"probe\" style=\"top: 0\">공동판매준비</div>"
                + "<div class=\"probe\" style=\"top: " + PROBE_LINE + "px\">상태보고서요</div></body></html>\n");
        hangul = screenshot(browser.get(), probe, out.resolve("hangul.png"), PROBE_WIDTH, 2 * PROBE_LINE);
    }

    private static Path write(Path page, String html) throws IOException {
        return Files.writeString(page, html, StandardCharsets.UTF_8);
    }

    private static String dumpDom(Path browser, Path page) throws IOException, InterruptedException {
        Path domFile = Files.createTempFile(temp, "dom", ".html");
        chromium(browser, domFile, "--dump-dom", page.toAbsolutePath().toUri().toString());
        return Files.readString(domFile, StandardCharsets.UTF_8);
    }

    private static BufferedImage screenshot(Path browser, Path page, Path png, int width, int height)
            throws IOException, InterruptedException {
        Files.deleteIfExists(png);
        chromium(browser, temp.resolve("screenshot.log"), "--screenshot=" + png.toAbsolutePath(),
                "--window-size=" + width + "," + height, page.toAbsolutePath().toUri().toString());
        assertTrue(Files.isRegularFile(png), "Chromium wrote no screenshot to " + png);
        return ImageIO.read(png.toFile());
    }

    // Assumed per test rather than in @BeforeAll: Surefire counts each test as skipped, with this reason in its
    // XML report, while a class skipped in @BeforeAll shows as zero tests run.
    @BeforeEach
    void requireRenderedPage() {
        assumeTrue(skipped == null, skipped);
    }

    @Test
    void givenTheRenderedPage_thenEachOfferShowsItsStatusAndItsPlaceOnTheLadder() {
        List<String> sections = HtmlReportTest.offerSections(dom);
        List<Assessment> assessments = ReportFixtures.results().stream().filter(SubmissionResult::isAssessed)
                .map(r -> r.assessment().orElseThrow()).toList();
        List<String> labels = List.of("Not ready", "Co-sell ready", "Co-sell incentivized",
                "Co-sell incentivized");

        assertEquals(assessments.size(), sections.size(), "one section per offer in the rendered DOM");
        for (int i = 0; i < sections.size(); i++) {
            String section = sections.get(i);
            Matcher current = CURRENT_STEP.matcher(section);
            assertTrue(current.find(), "no highlighted ladder step for " + assessments.get(i).offerId());
            assertEquals(assessments.get(i).status().name(), current.group(1));
            assertEquals(labels.get(i), current.group(2));
            assertFalse(current.find(), "a single highlighted step");
            assertTrue(section.contains("Qualifies for: <strong class=\"badge"), "status line");
            assertTrue(section.contains(">" + labels.get(i) + "</strong>"), labels.get(i));
        }
        assertTrue(sections.get(2).contains("Route: Azure IP"));
        assertTrue(sections.get(3).contains("Route: Business Applications"));
    }

    @Test
    void givenTheRenderedPage_thenTheFiguresAndTheRejectedSubmissionAreThere() {
        String ready = HtmlReportTest.offerSections(dom).get(1);

        assertTrue(ready.contains("ACR of all your solutions over 2019-07\u20262020-06 is 99,999.99 USD; 100,000.00 USD needed."),
                "the R4.1 figures of the co-sell ready offer");
        assertTrue(dom.contains("<code>offer.contacts[0].email</code>"), "the rejected submission's field");
        assertTrue(dom.contains("Marketplace service fee on billed sales: 10 %"));
    }

    @Test
    void givenAHostileOfferName_thenTheBrowserShowsItAsTextAndRunsNoScript() {
        assertFalse(dom.toLowerCase(Locale.ROOT).contains("<script"), "the DOM holds no script element");
        assertFalse(dom.contains("<b>Bold</b>"), "no element from a partner name");
        assertTrue(dom.contains("<h2 id=\"offer-1-h\">&lt;script&gt;alert(1)&lt;/script&gt;</h2>"),
                "the name is the heading's text");
    }

    @Test
    void givenTheScreenshot_thenItIsAFullRenderedPageWithTheCurrentStepHighlighted() {
        assertNotNull(screenshot, "the screenshot is a PNG that javax.imageio decodes");
        assertEquals(WIDTH, screenshot.getWidth());
        assertEquals(HEIGHT, screenshot.getHeight());

        Set<Integer> colours = new HashSet<>();
        long ink = 0;
        long accent = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int rgb = screenshot.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                if (rgb != 0xffffff) {
                    ink++;
                }
                if (near(rgb, ACCENT)) {
                    accent++;
                }
            }
        }
        long pixels = (long) WIDTH * HEIGHT;
        assertTrue(colours.size() > 100, "text and colours rendered, not a flat page: " + colours.size()
                + " colours");
        assertTrue(ink > pixels / 50 && ink < pixels / 2, "ink covers " + ink + " of " + pixels + " pixels");
        assertTrue(accent > 10_000, "the current ladder step of the first offer is filled with the accent colour: "
                + accent + " pixels");
    }

    @Test
    void givenTheRenderedKoreanPage_thenItsHeadingsLadderAndStatusesReadInKorean() {
        List<String> sections = HtmlReportTest.offerSections(koreanDom);
        List<String> labels = List.of("준비 안 됨", "공동 판매 준비", "공동 판매 incentivized", "공동 판매 incentivized");

        assertTrue(koreanDom.contains("<html lang=\"ko\">"), "the page is marked Korean");
        assertTrue(koreanDom.contains("<h1>공동 판매 상태 보고서</h1>"));
        assertTrue(koreanDom.contains("<h2 id=\"summary-h\">요약</h2>"));
        assertEquals(labels.size(), sections.size(), "one section per offer in the rendered DOM");
        for (int i = 0; i < sections.size(); i++) {
            String section = sections.get(i);
            Matcher current = CURRENT_STEP.matcher(section);
            assertTrue(current.find(), "a highlighted ladder step in section " + i);
            assertEquals(labels.get(i), current.group(2));
            assertTrue(section.contains("자격: <strong class=\"badge"), "status line");
            assertTrue(section.contains("<h3>요구 사항</h3>") && section.contains("<h3>공동 판매 채널</h3>"));
        }
        assertTrue(sections.get(1).contains("모든 솔루션의 2019년 7월~2020년 6월 ACR은 99,999.99 USD입니다"),
                "the R4.1 figures of the co-sell ready offer, in Korean");
        assertTrue(sections.get(2).contains("경로: Azure IP"));
        assertTrue(koreanDom.contains("<h2 id=\"rejected-h\">거부된 제출</h2>"));
    }

    @Test
    void givenKoreanText_thenTheBrowserDrawsHangulWithAFontNotAsEmptyBoxes() {
        int[] first = hangul.getRGB(0, 0, PROBE_WIDTH, PROBE_LINE, null, 0, PROBE_WIDTH);
        int[] second = hangul.getRGB(0, PROBE_LINE, PROBE_WIDTH, PROBE_LINE, null, 0, PROBE_WIDTH);
        boolean inked = Arrays.stream(first).anyMatch(rgb -> (rgb & 0xffffff) != 0xffffff);
        // Without a Korean font every syllable is the same empty box, so two different lines look the same.
        boolean drawn = inked && !Arrays.equals(first, second);
        String noFont = "Chromium draws Hangul as empty boxes: no Korean font is installed (e.g. apt-get install "
                + "fonts-noto-cjk; fc-list :lang=ko lists none), so the Korean report is unreadable here";
        if (required) {
            assertTrue(drawn, noFont);
        } else {
            if (!drawn) {
                System.err.println("[WARNING] " + noFont + ". With CI set this test fails instead.");
            }
            assumeTrue(drawn, noFont);
        }
    }

    private static boolean near(int rgb, int expected) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((rgb >> shift) & 0xff) - ((expected >> shift) & 0xff)) > 6) {
                return false;
            }
        }
        return true;
    }

    /** Runs headless Chromium once with a fresh profile, its output going to {@code output}. */
    private static void chromium(Path browser, Path output, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--user-data-dir=" + Files.createTempDirectory(temp, "profile")));
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile(temp, "chromium", ".log");
        Process process = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(log.toFile())
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + String.join(" ", command)
                    + "\n" + tail(log));
        }
        assertEquals(0, process.exitValue(), () -> "Chromium failed: " + String.join(" ", command) + "\n"
                + tail(log));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static Optional<Path> findBrowser() {
        String given = System.getProperty("cosell.browser");
        if (given != null && !given.isBlank()) {
            Path path = Path.of(given);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        String pathVariable = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of("chromium", "chromium-browser")
                .flatMap(name -> Stream.of(pathVariable.split(File.pathSeparator))
                        .filter(dir -> !dir.isBlank()).map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable).findFirst();
    }
}
