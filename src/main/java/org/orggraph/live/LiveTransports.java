package org.orggraph.live;

import org.orggraph.security.AccessProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.cors.CorsConfiguration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WebSocket transport of the {@code changes} subscription ({@code spring.graphql.websocket.path}, the
 * graphql-transport-ws protocol), in place of Spring Boot's handler for one reason: Boot checks the handshake's
 * Origin only when {@code spring.graphql.cors} is configured, so a page of another site could open a WebSocket with
 * the browser's credentials (cross-site WebSocket hijacking). Here the handshake must come from the app's own pages
 * or an origin of {@code orggraph.security.allowed-origins}, the same origins as for CORS; clients that are not
 * browsers send no Origin and are let through (they log in with HTTP Basic or a token on the handshake, which
 * Spring Security checks like any request). Responses keep their null fields, like over HTTP.
 */
@Configuration(proxyBeanMethods = false)
class LiveTransports {

    @Bean
    GraphQlWebSocketHandler graphQlWebSocketHandler(WebGraphQlHandler handler, GraphQlProperties graphQl,
            AccessProperties access) {
        CorsConfiguration origins = new CorsConfiguration();
        origins.setAllowedOrigins(access.allowedOrigins());
        return new GraphQlWebSocketHandler(handler, new JacksonJsonHttpMessageConverter(JsonMapper.builder().build()),
                graphQl.getWebsocket().getConnectionInitTimeout(), graphQl.getWebsocket().getKeepAlive(), origins);
    }
}
