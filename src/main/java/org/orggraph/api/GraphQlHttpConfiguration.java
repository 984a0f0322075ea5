package org.orggraph.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over HTTP: the POST handler (replacing Spring Boot's) and {@code GET /graphql?query=…}
 * ({@link GraphQlGetHandler}, routed ahead of Boot's routes, which answer GET with 405; a GET without
 * {@code query} still gets Boot's 405).
 *
 * <p>Both write GraphQL responses with their own JSON mapper: the application's mapper leaves out null
 * properties ({@code spring.jackson.default-property-inclusion: non_null}), but a GraphQL response must keep them
 * ({@code "node": null}, {@code "endCursor": null}).
 */
@Configuration(proxyBeanMethods = false)
class GraphQlHttpConfiguration {

    private final JacksonJsonHttpMessageConverter graphQlJson = new JacksonJsonHttpMessageConverter(
            JsonMapper.builder().build());

    @Bean
    GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler) {
        return new GraphQlHttpHandler(handler, graphQlJson);
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouterFunction<ServerResponse> graphQlGetRoute(WebGraphQlHandler handler,
            @Value("${spring.graphql.http.path:/graphql}") String path) {
        GraphQlGetHandler get = new GraphQlGetHandler(handler, graphQlJson, JsonMapper.builder().build());
        return RouterFunctions.route()
                .GET(path, RequestPredicates.param("query", query -> !query.isBlank()), get::handleRequest)
                .build();
    }
}
