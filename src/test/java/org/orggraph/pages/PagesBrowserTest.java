package org.orggraph.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.neo4j.driver.Driver;
import org.orggraph.FixtureRemoval;
import org.orggraph.alliance.LinkProjection;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.GraphQlTesters;
import org.orggraph.api.Role;
import org.orggraph.dashboard.DashboardStatements;
import org.orggraph.security.LoginPageSteps;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages in a real headless Chromium: the explorer finds 北景 and draws its neighbourhood, draws an alliance's
 * links with its gaps and, with the "as of" slider moved back, as they were in 2018; the dashboard shows the city's
 * totals, counts a community created meanwhile without a reload and, with its slider moved back, the city before the
 * alliances; no console errors, nothing loaded from another
 * origin. Screenshots go to the build directory (and /tmp).
 */
@OrgGraphTest
class PagesBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    LinkProjection links;

    @Autowired
    DashboardStatements dashboards;

    ChromeDriver chrome;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1366,768");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        chrome = new ChromeDriver(service, options);
        wait = new WebDriverWait(chrome, Duration.ofSeconds(90));
        // a live refresh may redraw a tile between finding an element and reading it: look again
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        if (chrome != null) {
            chrome.quit();
        }
    }

    private String origin() {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void thePlannerFindsBeijingAndSeesItsNeighbourhoodThenAnAlliancesLinksAndGaps() throws Exception {
        open(origin() + Pages.EXPLORE);
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        chrome.findElement(By.id("search")).sendKeys("北景");
        chrome.findElement(By.id("search-go")).click();

        wait.until(d -> count(d.findElement(By.id("graph")).getDomAttribute("data-node-count")) > 1);
        assertThat(chrome.findElement(By.id("results")).getText()).contains("北景社区");
        assertThat(chrome.findElement(By.id("selected-name")).getText()).contains("北景");
        assertThat(chrome.findElements(By.cssSelector("#graph canvas"))).isNotEmpty();
        screenshot("explore-beijing");

        new Select(chrome.findElement(By.id("alliance"))).selectByValue("alliance:01");
        wait.until(d -> count(d.findElement(By.id("graph")).getDomAttribute("data-edge-count")) > 0
                && !d.findElements(By.cssSelector("#gaps [data-gap]")).isEmpty());
        assertThat(chrome.findElement(By.id("gaps")).getText()).contains("未建党支部的小区");
        screenshot("explore-alliance");

        // The slider to its first day: the alliance is drawn again as it was then, asked with asOf.
        int membersToday = count(chrome.findElement(By.id("graph")).getDomAttribute("data-node-count"));
        chrome.executeScript("""
                window.sentBodies = [];
                const send = window.fetch;
                window.fetch = (url, options) => { window.sentBodies.push(String(options && options.body)); return send(url, options); };""");
        chrome.findElement(By.id("as-of")).sendKeys(Keys.HOME);
        wait.until(d -> "2018-01-01".equals(d.findElement(By.id("graph")).getDomAttribute("data-as-of"))
                && count(d.findElement(By.id("graph")).getDomAttribute("data-node-count")) != membersToday);
        assertThat(chrome.findElement(By.id("as-of-date")).getText()).isEqualTo("2018-01-01");
        @SuppressWarnings("unchecked")
        List<String> sent = (List<String>) chrome.executeScript("return window.sentBodies");
        assertThat(sent).anyMatch(body -> body.contains("\"asOf\":\"2018-01-01\"") && body.contains("alliance:01"));
        screenshot("explore-alliance-2018");
        assertNothingWentWrongOrCameFromElsewhere();
    }

    @Test
    void theBigScreenShowsTheCitysTotals() throws Exception {
        open(origin() + Pages.DASHBOARD);
        wait.until(d -> count(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")) >= 1);

        String communities = chrome.findElement(By.cssSelector("#totals [data-key=communities] .n")).getText();
        assertThat(communities).isEqualTo("26");
        assertThat(chrome.findElement(By.id("totals")).getText()).contains("党建共同体", "18");
        assertThat(chrome.findElements(By.cssSelector("#most tr"))).hasSize(10);
        screenshot("dashboard");
        aCommunityCreatedMeanwhileShowsWithoutAReload();
        theSliderShowsTheCityBeforeTheAlliancesAndIsNotLiveThen();

        open(origin() + Pages.LANDING + "?lang=en");
        wait.until(d -> "true".equals(d.findElement(By.id("vitals")).getDomAttribute("data-loaded")));
        assertThat(chrome.findElement(By.id("vitals")).getText()).contains("Communities", "26");
        assertThat(chrome.findElement(By.id("link-explore")).getDomAttribute("href")).isEqualTo("/explore?lang=en");
        screenshot("landing-en");
        assertNothingWentWrongOrCameFromElsewhere();
    }

    /**
     * The dashboard is subscribed to the changes (SSE): an editor creates a community through the API, and the
     * screen counts it without a reload (the page is not opened again; its data-changes counts the live events).
     */
    private void aCommunityCreatedMeanwhileShowsWithoutAReload() throws Exception {
        wait.until(d -> "on".equals(d.findElement(By.tagName("body")).getDomAttribute("data-live")));
        String community = GraphQlTesters.as(port, Role.EDITOR).documentName("editing/organizations")
                .operationName("createOrganization").variable("create", Map.of("type", "COMMUNITY",
                        "name", "实时大屏测试社区", "locatedInId", "street:shaping"))
                .execute().path("createOrganization.organization.id").entity(String.class).get();
        try {
            wait.until(d -> "27".equals(d.findElement(By.cssSelector("#totals [data-key=communities] .n")).getText()));
            assertThat(count(chrome.findElement(By.tagName("body")).getDomAttribute("data-changes"))).isPositive();
            screenshot("dashboard-live");
        } finally {
            new FixtureRemoval(driver, links).deleteWithTheirChanges(List.of(community));
            dashboards.forget();
        }
    }

    /**
     * The "as of" slider moved to January 2018, before the first alliance was founded: the screen shows that day's
     * dashboard (no alliance yet) and stops following the live changes, which only today's view does.
     */
    private void theSliderShowsTheCityBeforeTheAlliancesAndIsNotLiveThen() {
        int loaded = count(chrome.findElement(By.tagName("body")).getDomAttribute("data-loaded"));
        chrome.findElement(By.id("as-of")).sendKeys(Keys.HOME);
        wait.until(d -> count(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")) > loaded
                && "2018-01-01".equals(d.findElement(By.tagName("body")).getDomAttribute("data-as-of")));
        assertThat(chrome.findElement(By.id("as-of-date")).getText()).isEqualTo("2018-01-01");
        assertThat(chrome.findElement(By.cssSelector("#totals [data-key=alliances] .n")).getText()).isEqualTo("0");
        assertThat(chrome.findElement(By.tagName("body")).getDomAttribute("data-live")).isEqualTo("off");
    }

    private void assertNothingWentWrongOrCameFromElsewhere() {
        List<LogEntry> severe = chrome.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(severe).as("console errors").isEmpty();
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) chrome.executeScript(
                "return performance.getEntriesByType('resource').map(r => r.name)");
        assertThat(loaded).isNotEmpty().allMatch(url -> url.startsWith(origin() + "/"));
    }

    private static int count(String attribute) {
        return attribute == null || attribute.isEmpty() ? 0 : Integer.parseInt(attribute);
    }

    private void screenshot(String name) throws Exception {
        byte[] png = chrome.getScreenshotAs(OutputType.BYTES);
        Path inBuild = buildDirectory().resolve("pages/" + name + ".png");
        Files.createDirectories(inBuild.getParent());
        Files.write(inBuild, png);
        Files.write(Path.of("/tmp/pages-" + name + ".png"), png);
    }

    /** target/ (or the -Dbuild.dir folder): the parent of the test classes. */
    private static Path buildDirectory() throws URISyntaxException {
        return Path.of(PagesBrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    }

    /** Opens a page as a planner: through the login page the first time, with the session after that. */
    private void open(String url) {
        chrome.get(url);
        if (chrome.getCurrentUrl().contains("/login")) {
            LoginPageSteps.open(chrome, url, GraphQlTesters.TestUser.PLANNER);
        }
    }
}
