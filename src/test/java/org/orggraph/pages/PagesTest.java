package org.orggraph.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.GraphQlTesters;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * The pages over real HTTP: {@code /} is HTML for a browser and still Neo4j Browser's discovery JSON for everyone
 * else, every page and asset is served by the app, and nothing a page loads comes from another origin.
 */
@OrgGraphTest
class PagesTest {

    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @LocalServerPort
    int port;

    private RestClient http() {
        // every page needs a login
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeader("Authorization", GraphQlTesters.TestUser.PLANNER.basic()).build();
    }

    private ResponseEntity<String> page(String path) {
        return http().get().uri(path).header("Accept", BROWSER_ACCEPT).retrieve().toEntity(String.class);
    }

    @Test
    void aBrowserOpeningTheRootGetsTheLandingPageLinkingEveryTool() {
        ResponseEntity<String> landing = page(Pages.LANDING);

        assertThat(landing.getStatusCode().value()).isEqualTo(200);
        assertThat(landing.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(landing.getBody()).contains("href=\"/graphiql\"", "href=\"/explore\"", "href=\"/dashboard\"",
                "href=\"/browser/\"", "id=\"vitals\"");
    }

    @Test
    void jsonClientsAndScriptsAtTheRootStillGetTheDiscoveryDocument() {
        for (String accept : List.of(MediaType.APPLICATION_JSON_VALUE, "*/*")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> discovery = http().get().uri("/").header("Accept", accept).retrieve().body(Map.class);
            assertThat(discovery).containsKeys("bolt_direct", "bolt_routing", "neo4j_version");
        }
    }

    @Test
    void everyPageAndWhatItLoadsIsServedFromTheAppItself() {
        for (String path : List.of(Pages.LANDING, Pages.EXPLORE, Pages.DASHBOARD)) {
            String html = page(path).getBody();
            assertThat(html).as(path).contains("<html lang=\"zh-CN\">", "/pages/common.js")
                    .doesNotContain("src=\"http", "src=\"//", "<link rel=\"stylesheet\" href=\"http");
        }
        for (String asset : List.of("/pages/common.js", "/pages/index.js", "/pages/explore.js", "/pages/dashboard.js",
                "/pages/style.css", "/webjars/echarts/dist/echarts.min.js")) {
            ResponseEntity<String> response = http().get().uri(asset).retrieve().toEntity(String.class);
            assertThat(response.getStatusCode().value()).as(asset).isEqualTo(200);
            if (asset.startsWith("/pages/")) {
                assertThat(response.getBody()).as(asset).doesNotContain("http://", "https://");
            }
        }
    }

    @Test
    void bothLanguagesHaveEveryMessage() {
        @SuppressWarnings("unchecked")
        Map<String, String> chinese = http().get().uri("/pages/i18n/zh-CN.json").retrieve().body(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, String> english = http().get().uri("/pages/i18n/en.json").retrieve().body(Map.class);

        assertThat(chinese).isNotEmpty();
        assertThat(english.keySet()).isEqualTo(chinese.keySet());
        assertThat(chinese.get("nav.dashboard")).isEqualTo("数据大屏");
    }
}
