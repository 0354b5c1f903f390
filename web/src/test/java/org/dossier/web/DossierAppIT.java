package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.embed.BgeSentenceEmbedder;
import org.dossier.web.search.SearchEmbedder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The app in headless Debian Chromium: the example event (a dossier built from examples/ishiba-2025 and stored as a test
 * resource with its source texts, so no NLP runs here) with the real BGE embedder for semantic search. Skipped when chromium or chromedriver is missing.
 * Screenshots go to target/screenshots.
 */
class DossierAppIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String XSS_TEXT = "Before <script>window.__xss = 1</script> middle <img src=x onerror=\"window.__xss = 2\"> after.";

    private static Path root;
    private static DossierServer server;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
        root = Files.createTempDirectory("dossier-web-it");
        Path example = Files.createDirectories(root.resolve("ishiba-2025"));
        try (InputStream in = DossierAppIT.class.getResourceAsStream("example-dossier.json")) {
            Files.copy(in, example.resolve("dossier.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        Path xss = Files.createDirectories(root.resolve("xss"));
        Files.writeString(xss.resolve("dossier.json"), new ObjectMapper().writeValueAsString(Map.of("schema", "dossier/1",
                "event", Map.of("title", "<img src=x onerror=\"window.__xss = 3\">"),
                "sources", List.of(Map.of("id", "x", "title", "<b>bold</b>", "text", XSS_TEXT)),
                "quotes", List.of(Map.of("id", "Q1", "speakerText", "<i>someone</i>",
                        "evidence", Map.of("source", "x", "start", 7, "end", 40, "text", XSS_TEXT.substring(7, 40)))))));
        server = DossierServer.start(root, (a, o, p) -> {
            throw new IllegalStateException("this test does not build");
        }, new SearchEmbedder(new BgeSentenceEmbedder(), BgeSentenceEmbedder.QUERY_INSTRUCTION), WebConfig.onPort(0));

        Path profile = Files.createTempDirectory("dossier-web-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1400, 1000));
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void openExample() {
        open("ishiba-2025");
    }

    @Test
    void everyViewRendersItsData() throws IOException {
        JsonNode d = fixture();
        assertThat(text("#dossier-view header h1")).startsWith("Japan’s Ishiba Heads to Washington");
        assertThat(count("#sec-sources tbody tr")).isEqualTo(d.get("sources").size()).isEqualTo(5);
        assertThat(count("#sec-summary a.ev:not(.ref)")).isEqualTo(d.get("summary").size()).isPositive();
        assertThat(count("#sec-entities tbody tr")).isEqualTo(d.get("entities").size()).isPositive();
        assertThat(count("#sec-quotes blockquote")).isEqualTo(d.get("quotes").size()).isPositive();
        assertThat(count("#sec-figures tbody tr")).isEqualTo(d.get("figures").size()).isPositive();
        assertThat(count("#sec-timeline ol.timeline > li")).isEqualTo(d.get("timeline").size()).isPositive();
        assertThat(count("#sec-claims ul.claims > li")).isEqualTo(d.get("claims").size()).isPositive();
        assertThat(count("#sec-scorecard tbody tr")).isEqualTo(d.get("scorecard").size()).isPositive();
        assertThat(count("#sec-agreements ul.groups > li")).isEqualTo(d.get("agreements").size()).isPositive();
        assertThat(count("#sec-contradictions ul.groups > li")).isEqualTo(d.get("contradictions").size()).isPositive();
        assertThat(count("#sec-coverage tbody tr")).isEqualTo(d.get("coverage").get("topics").size()).isPositive();
        assertThat(count("#sec-events tbody tr")).isEqualTo(d.get("events").size()).isPositive();
        assertThat(count("#sec-texts .source-text")).isEqualTo(5);
        assertThat(text("#sec-entities tbody")).contains("Ishiba").contains("Trump");
        assertThat(text("#sec-timeline")).contains("2025-02-07");
        shot("overview");
        for (String section : List.of("entities", "quotes", "figures", "timeline", "scorecard", "contradictions", "coverage", "events")) {
            scrollTo("#sec-" + section);
            shot("view-" + section);
        }
    }

    @Test
    void quotesFilterBySpeaker() throws IOException {
        Select speakers = new Select(browser.findElement(By.id("speaker-select")));
        assertThat(speakers.getOptions().size()).isGreaterThan(2);
        WebElement first = speakers.getOptions().get(1);
        String name = first.getAttribute("value");
        speakers.selectByValue(name);
        List<WebElement> shown = browser.findElements(By.cssSelector("#sec-quotes .quote-group")).stream()
                .filter(WebElement::isDisplayed).toList();
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).findElement(By.tagName("h3")).getText()).isEqualTo(name);
        scrollTo("#sec-quotes");
        shot("quotes-filtered");
    }

    @Test
    void clickingAQuoteHighlightsItsSentenceInTheSource() throws IOException {
        WebElement quote = browser.findElement(By.cssSelector("#sec-quotes blockquote a.ev"));
        String quoted = quote.getText().replaceAll("^\u201c|\u201d$", "");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", quote);
        quote.click();
        WebElement mark = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".panel.open mark.hl")));
        assertThat(mark.getText()).isEqualTo(quoted);
        assertThat(text(".panel.open .panel-meta")).contains("characters");
        shot("quote-evidence");
    }

    @Test
    void fullTextSearchFindsSenkakuWithTheWordMarked() throws IOException {
        List<WebElement> hits = search("Senkaku", "text");
        assertThat(hits).hasSizeGreaterThanOrEqualTo(3);
        for (WebElement hit : hits) {
            assertThat(hit.findElement(By.cssSelector("a.hit-text")).getText()).contains("Senkaku");
            assertThat(hit.findElements(By.cssSelector("mark")).get(0).getText()).isEqualTo("Senkaku");
        }
        hits.get(0).findElement(By.cssSelector("a.hit-text")).click();
        WebElement mark = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#source-text mark.hl")));
        assertThat(mark.getText()).isEqualTo(hits.get(0).findElement(By.cssSelector("a.hit-text")).getText());
        shot("search-senkaku");
    }

    @Test
    void semanticSearchPutsTheLngPledgeFirst() throws IOException {
        List<WebElement> hits = search("liquefied natural gas purchases", "semantic");
        String first = hits.get(0).findElement(By.cssSelector("a.hit-text")).getText();
        assertThat(first).startsWith("The prime minister pledged to expand Japanese purchases of American LNG");
        assertThat(hits.get(0).getText()).contains("001_d072e86d91685106");
        hits.get(0).findElement(By.cssSelector("a.hit-text")).click();
        WebElement mark = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#source-text mark.hl")));
        assertThat(mark.getText()).isEqualTo(first);
        shot("search-lng");
    }

    @Test
    void articleMarkupIsShownAsTextAndNeverRuns() throws IOException {
        open("xss");
        assertThat(text("#dossier-view header h1")).isEqualTo("<img src=x onerror=\"window.__xss = 3\">");
        browser.findElement(By.cssSelector("#sec-quotes blockquote a.ev")).click();
        WebElement mark = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".panel.open mark.hl")));
        assertThat(mark.getText()).isEqualTo(XSS_TEXT.substring(7, 40));
        assertThat(text("#sec-texts .source-text")).isEqualTo(XSS_TEXT);
        assertThat(browser.findElements(By.cssSelector("#dossier-view img, #dossier-view script, #dossier-view b"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__xss === undefined")).isEqualTo(true);
        shot("xss");
    }

    private static JsonNode fixture() throws IOException {
        try (InputStream in = DossierAppIT.class.getResourceAsStream("example-dossier.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private void open(String event) {
        browser.get(server.uri() + "#event=" + event);
        browser.navigate().refresh();
        wait.until(d -> event.equals(d.findElement(By.id("dossier-view")).getAttribute("data-loaded")));
    }

    private List<WebElement> search(String query, String mode) {
        WebElement input = browser.findElement(By.id("search-input"));
        input.clear();
        input.sendKeys(query);
        new Select(browser.findElement(By.id("search-mode"))).selectByValue(mode);
        browser.findElement(By.cssSelector("#search-form button")).click();
        wait.until(d -> d.findElement(By.id("search-meta")).getText().contains(" ms"));
        return browser.findElements(By.cssSelector("#search-hits li.hit"));
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private int count(String css) {
        return browser.findElements(By.cssSelector(css)).size();
    }

    private void scrollTo(String css) {
        ((JavascriptExecutor) browser).executeScript("document.querySelector(arguments[0]).scrollIntoView()", css);
    }

    private void shot(String name) throws IOException {
        File f = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
