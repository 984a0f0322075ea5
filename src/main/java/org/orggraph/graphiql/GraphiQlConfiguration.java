package org.orggraph.graphiql;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Serves OrgGraph's own GraphiQL page at {@code /graphiql} (and {@code /graphiql/}), ahead of Spring for GraphQL's
 * page, whose scripts come from a CDN this app cannot count on. Assets: {@code static/graphiql/vendor/}.
 */
@Configuration(proxyBeanMethods = false)
class GraphiQlConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouterFunction<ServerResponse> orgGraphGraphiQl() {
        GraphiQlPage page = GraphiQlPage.load();
        return RouterFunctions.route()
                .GET("/graphiql", request -> html(page))
                .GET("/graphiql/", request -> html(page))
                .build();
    }

    private static ServerResponse html(GraphiQlPage page) {
        return ServerResponse.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Cache-Control", "no-cache").body(page.html());
    }
}
