package org.orggraph.pages;

import java.nio.charset.StandardCharsets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Serves the pages ({@code static/pages/*.html}) at their paths ({@link Pages}). Router functions are consulted
 * before annotated controllers, so {@code /} answers HTML to a request that names {@code text/html} in its
 * {@code Accept} header (every browser navigating there) and leaves every other request, {@code application/json}
 * and {@code *}{@code /*} included, to Neo4j Browser's discovery document.
 */
@Configuration(proxyBeanMethods = false)
class PagesConfiguration {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    @Bean
    RouterFunction<ServerResponse> orgGraphPages() {
        Resource landing = page("index");
        Resource explore = page("explore");
        Resource dashboard = page("dashboard");
        return RouterFunctions.route()
                .GET(Pages.LANDING, PagesConfiguration::asksForHtml, request -> html(landing))
                .GET(Pages.EXPLORE, request -> html(explore))
                .GET(Pages.DASHBOARD, request -> html(dashboard))
                .build();
    }

    /** Whether the request names text/html itself (a wildcard is not enough: that is what scripts send). */
    static boolean asksForHtml(ServerRequest request) {
        return request.headers().accept().stream()
                .anyMatch(type -> "text".equals(type.getType()) && "html".equals(type.getSubtype()));
    }

    private static Resource page(String name) {
        Resource resource = new ClassPathResource("static/pages/" + name + ".html");
        if (!resource.exists()) {
            throw new IllegalStateException("Missing page static/pages/" + name + ".html");
        }
        return resource;
    }

    private static ServerResponse html(Resource page) {
        return ServerResponse.ok().contentType(HTML).header("Cache-Control", "no-cache").body(page);
    }
}
