package org.orggraph.api;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.orggraph.startup.StartupProgress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over HTTP: one handler for GET and POST ({@link GraphQlRequestHandler}, also replacing Spring Boot's
 * POST handler), routed ahead of Boot's routes; any other method on the path is 405 with {@code Allow: GET, POST}
 * and a GraphQL error body (OPTIONS is left to Spring, for CORS pre-flight).
 *
 * <p>Responses are written with their own JSON mapper: the application's mapper leaves out null
 * properties ({@code spring.jackson.default-property-inclusion: non_null}), but a GraphQL response must keep them
 * ({@code "node": null}, {@code "endCursor": null}).
 */
@Configuration(proxyBeanMethods = false)
class GraphQlHttpConfiguration {

    private final JacksonJsonHttpMessageConverter graphQlJson = new JacksonJsonHttpMessageConverter(
            JsonMapper.builder().build());

    @Bean
    GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler, ApiLimits limits, StartupProgress startup,
            ParsedDocuments documents, @Value("${spring.graphql.http.sse.timeout:#{null}}") Duration sseTimeout,
            @Value("${spring.graphql.http.sse.keep-alive:#{null}}") Duration sseKeepAlive) {
        return new GraphQlRequestHandler(handler, graphQlJson, JsonMapper.builder().build(), limits.maxRequestBytes(),
                startup, new GraphQlSse(handler, sseTimeout, sseKeepAlive), documents);
    }

    /**
     * A wildcard ({@code *}{@code /*}, {@code application/*}) or unparseable Content-Type fails in Spring MVC before
     * any route or handler sees the request (an HTTP 500), so it is answered here, ahead of the DispatcherServlet,
     * with the handler's 415.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> graphQlContentTypeFilter(
            @Value("${spring.graphql.http.path:/graphql}") String path) {
        JsonMapper json = JsonMapper.builder().build();
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                String contentType = request.getContentType();
                if (contentType != null && !concrete(contentType)) {
                    response.setStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
                    response.setHeader(GraphQlRequestHandler.ACCEPT_POST, GraphQlRequestHandler.ACCEPTED);
                    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                    response.getOutputStream().write(
                            json.writeValueAsBytes(GraphQlRequestHandler.unsupportedMediaType(contentType)));
                    return;
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns(path);
        return registration;
    }

    private static boolean concrete(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouterFunction<ServerResponse> graphQlRoutes(GraphQlHttpHandler handler,
            @Value("${spring.graphql.http.path:/graphql}") String path) {
        return RouterFunctions.route()
                .GET(path, handler::handleRequest)
                .POST(path, handler::handleRequest)
                .route(RequestPredicates.path(path).and(RequestPredicates.method(HttpMethod.OPTIONS).negate()),
                        request -> ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
                                .allow(HttpMethod.GET, HttpMethod.POST).contentType(MediaType.APPLICATION_JSON)
                                .body(GraphQlRequestHandler.errorBody("/graphql takes GET and POST, not "
                                        + request.method())))
                .build();
    }
}
