package org.orggraph.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.GraphQlTesters.TestUser;
import org.orggraph.security.LoginPageSteps;
import org.orggraph.graph.EmbeddedNeo4j;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Neo4j Browser, served by the app at {@code /browser/} behind its login page, opens preset to the embedded database
 * and lets an analyst log in with the database credentials and run Cypher; checked in a real headless Chromium.
 */
@OrgGraphTest
class NeoBrowserTest {

    static final String PASSWORD = "test-password-0123";

    @Autowired
    EmbeddedNeo4j embedded;

    @Autowired
    Driver driver;

    @LocalServerPort
    int httpPort;

    ChromeDriver chrome;

    @AfterEach
    void closeBrowser() {
        if (chrome != null) {
            chrome.quit();
        }
    }

    @Test
    void theRootAnswersJsonClientsWithTheDiscoveryDocumentOfTheEmbeddedDatabase() {
        @SuppressWarnings("unchecked")
        Map<String, Object> discovery = http().get().uri("/").accept(MediaType.APPLICATION_JSON)
                .retrieve().body(Map.class);

        assertThat(discovery).containsEntry("bolt_direct", "bolt://127.0.0.1:" + embedded.boltPort())
                .containsEntry("bolt_routing", "bolt://127.0.0.1:" + embedded.boltPort());
        assertThat((String) discovery.get("neo4j_version")).startsWith("5.26");
    }

    @Test
    void inRemoteModeTheDiscoveryDocumentNamesTheConfiguredServer() {
        Neo4jConnectionDetails remote = new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return URI.create("neo4j://db.example.org:7687");
            }
        };

        DiscoveryDocument document = new DiscoveryController(remote, driver).discovery();

        assertThat(document.boltDirect()).isEqualTo("neo4j://db.example.org:7687");
        assertThat(document.boltRouting()).isEqualTo("neo4j://db.example.org:7687");
    }

    @Test
    void browserIsServedUnderSlashBrowser() {
        var page = http().get().uri("/browser/").accept(MediaType.TEXT_HTML).retrieve().toEntity(String.class);

        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains("<title>Neo4j Browser</title>");
        var redirect = http().get().uri("/browser").retrieve().toBodilessEntity();
        assertThat(redirect.getStatusCode().is3xxRedirection()).isTrue();
        assertThat(redirect.getHeaders().getLocation()).hasPath("/browser/");
    }

    @Test
    void anAnalystLogsInWithTheDatabaseCredentialsAndSeesTheAlliances() throws Exception {
        List<String> alliances = driver.executableQuery("MATCH (a:Alliance) RETURN a.name AS name ORDER BY name")
                .execute().records().stream().map(r -> r.get("name").asString()).toList();
        assertThat(alliances).isNotEmpty();
        chrome = headlessChromium();
        var wait = new WebDriverWait(chrome, Duration.ofSeconds(60));

        LoginPageSteps.open(chrome, "http://127.0.0.1:" + httpPort + "/browser/", TestUser.ANALYST);
        WebElement address = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("input[data-testid='boltaddress']")));
        assertThat(address.getAttribute("value")).contains("127.0.0.1:" + embedded.boltPort());
        WebElement username = chrome.findElement(By.cssSelector("input[data-testid='username']"));
        username.clear();
        username.sendKeys("neo4j");
        chrome.findElement(By.cssSelector("input[data-testid='password']")).sendKeys(PASSWORD);
        chrome.findElement(By.cssSelector("button[data-testid='connect']")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[data-testid='password']")));

        chrome.findElement(By.cssSelector("#monaco-main-editor")).click();
        chrome.findElement(By.cssSelector("[data-testid='activeEditor'] textarea"))
                .sendKeys("MATCH (a:Alliance) RETURN a.name");
        chrome.findElement(By.cssSelector("[data-testid='editor-Run']")).click();

        By newestFrame = By.cssSelector("[data-testid='frame']");
        wait.until(d -> d.findElements(newestFrame).stream().findFirst()
                .map(frame -> frame.getText().contains(alliances.get(0))).orElse(false));
        String frame = chrome.findElements(newestFrame).get(0).getText();
        assertThat(frame).contains("a.name").contains(alliances.get(0));
        Path screenshot = buildDir().resolve("browser/alliances.png");
        Files.createDirectories(screenshot.getParent());
        Files.write(screenshot, chrome.getScreenshotAs(OutputType.BYTES));
        assertThat(screenshot).isNotEmptyFile();
        // Offices run on closed networks: nothing the Browser loaded or asked for (fonts, telemetry, guides) left
        // this machine. A request the page's Content-Security-Policy blocked never left it either.
        assertThat(requestsLeavingThisMachine(chrome)).as("requests to other hosts").isEmpty();
    }

    /**
     * The URLs of the page's requests and WebSockets (Chrome's performance log: DevTools' Network events) to a host
     * other than this machine, less those the browser blocked before sending.
     */
    private static List<String> requestsLeavingThisMachine(ChromeDriver chrome) {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, String> outside = new java.util.LinkedHashMap<>();
        java.util.Set<String> blocked = new java.util.HashSet<>();
        int requests = 0;
        for (LogEntry entry : chrome.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = json.readTree(entry.getMessage()).path("message");
            JsonNode params = message.path("params");
            String url = switch (message.path("method").asString("")) {
                case "Network.requestWillBeSent" -> params.path("request").path("url").asString("");
                case "Network.webSocketCreated" -> params.path("url").asString("");
                default -> null;
            };
            if ("Network.loadingFailed".equals(message.path("method").asString(""))
                    && !params.path("blockedReason").isMissingNode()) {
                blocked.add(params.path("requestId").asString(""));
            }
            if (url != null) {
                requests++;
                if (!local(url)) {
                    outside.put(params.path("requestId").asString(url), url);
                }
            }
        }
        assertThat(requests).as("requests recorded").isPositive();
        outside.keySet().removeAll(blocked);
        return List.copyOf(outside.values());
    }

    private static boolean local(String url) {
        if (url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("about:")) {
            return true;
        }
        String host = URI.create(url).getHost();
        return "127.0.0.1".equals(host) || "localhost".equals(host) || "[::1]".equals(host);
    }

    private RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + httpPort)
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestUser.ANALYST.basic()).build();
    }

    private static ChromeDriver headlessChromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,900");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.PERFORMANCE, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        return new ChromeDriver(service, options);
    }

    /** target/ (or the -Dbuild.dir of this build): the parent of the test classes. */
    private static Path buildDir() throws URISyntaxException {
        return Path.of(NeoBrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    }
}
