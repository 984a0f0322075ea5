package org.orggraph.graphiql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.GraphQlTesters;
import org.orggraph.api.GraphQlTesters.TestUser;
import org.orggraph.security.LoginPageSteps;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/**
 * GraphiQL at /graphiql, behind the login page: served from the app itself (no CDN, nothing the Content-Security-Policy
 * blocks), opening with the example queries as tabs.
 */
@OrgGraphTest
class GraphiQlPageTest {

    @LocalServerPort
    int port;

    @Test
    void thePageLoadsOnlyLocalAssetsAndCarriesEveryExample() {
        String html = GraphQlTesters.webClient(port).mutate().baseUrl("http://localhost:" + port).build()
                .get().uri("/graphiql").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(html).doesNotContain("https://", "esm.sh", "unpkg").contains("/graphiql/vendor/graphiql.min.js");
        List<GraphiQlPage.Example> examples = GraphiQlPage.examples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(8);
        assertThat(html).contains("query AllianceCoverage", "query StrongestLinks");
        for (String asset : List.of("graphiql.min.js", "graphiql.min.css", "react.production.min.js",
                "react-dom.production.min.js")) {
            GraphQlTesters.webClient(port).mutate().baseUrl("http://localhost:" + port).build()
                    .get().uri("/graphiql/vendor/" + asset).exchange().expectStatus().isOk();
        }
    }

    @Test
    void aHeadlessBrowserSeesTheExampleTabsAndRunsAQuery() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1600,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        WebDriver browser = new ChromeDriver(service, options);
        try {
            LoginPageSteps.open(browser, "http://localhost:" + port + "/graphiql", TestUser.PLANNER);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            wait.until(b -> !b.findElements(By.cssSelector(".graphiql-tab")).isEmpty());
            List<String> tabs = browser.findElements(By.cssSelector(".graphiql-tab")).stream()
                    .map(WebElement::getText).toList();
            assertThat(String.join(" ", tabs)).contains("AllianceCoverage", "StrongestLinks");
            browser.findElement(By.cssSelector(".graphiql-execute-button")).click();
            wait.until(b -> b.findElement(By.cssSelector(".result-window")).getText().contains("partyMembers"));
            String result = browser.findElement(By.cssSelector(".result-window")).getText();
            assertThat(result).contains("沙坪街道中心片区党建共同体");
            byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(buildDirectory().resolve("graphiql.png"), png);
        } finally {
            browser.quit();
        }
    }

    /** target/ (or the -Dbuild.dir folder): the parent of the test classes. */
    private static Path buildDirectory() throws URISyntaxException {
        return Path.of(GraphiQlPageTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    }
}
