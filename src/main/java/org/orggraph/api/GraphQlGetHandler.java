package org.orggraph.api;

import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import jakarta.servlet.ServletException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /graphql?query=…&variables=…&operationName=…} per the GraphQL-over-HTTP spec (Spring for GraphQL 2.0
 * serves POST only): the parameters become a request that runs exactly like a POST, with the same response
 * media types and status codes. Only queries: a mutation or subscription over GET is refused with 405 (Allow: POST),
 * because GET must be safe. Malformed {@code variables}/{@code extensions} JSON is a 400 with a GraphQL error.
 */
class GraphQlGetHandler extends GraphQlHttpHandler {

    private final WebGraphQlHandler graphQlHandler;
    private final JsonMapper json;

    GraphQlGetHandler(WebGraphQlHandler graphQlHandler, HttpMessageConverter<?> converter, JsonMapper json) {
        super(graphQlHandler, converter);
        this.graphQlHandler = graphQlHandler;
        this.json = json;
    }

    @Override
    public ServerResponse handleRequest(ServerRequest request) throws ServletException {
        String query = request.param("query").orElse("");
        String operationName = request.param("operationName").filter(s -> !s.isBlank()).orElse(null);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        if (operationName != null) {
            body.put("operationName", operationName);
        }
        try {
            request.param("variables").filter(s -> !s.isBlank()).ifPresent(v -> body.put("variables", object(v)));
            request.param("extensions").filter(s -> !s.isBlank()).ifPresent(v -> body.put("extensions", object(v)));
        } catch (JacksonException | ClassCastException e) {
            return error(HttpStatus.BAD_REQUEST, ApiError.BAD_USER_INPUT,
                    "The variables and extensions parameters must be JSON objects, URL-encoded");
        }
        if (!isQuery(query, operationName)) {
            return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED).allow(HttpMethod.POST)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(errorBody(ApiError.BAD_USER_INPUT, "Only queries may be sent with GET; send mutations with POST"));
        }
        WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
                cookies(request), request.remoteAddress().orElse((InetSocketAddress) null), request.attributes(), body,
                UUID.randomUUID().toString(), LocaleContextHolder.getLocale());
        return prepareResponse(request, graphQlHandler.handleRequest(graphQlRequest));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> object(String text) {
        return (Map<String, Object>) json.readValue(text, Map.class);
    }

    /** False only when the operation to run is certainly a mutation or subscription; syntax errors are the engine's to report. */
    private static boolean isQuery(String query, String operationName) {
        Document document;
        try {
            document = Parser.parse(query);
        } catch (InvalidSyntaxException | IllegalArgumentException e) {
            return true;
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        for (OperationDefinition operation : operations) {
            boolean selected = operationName == null ? operations.size() == 1 : operationName.equals(operation.getName());
            if (selected) {
                return operation.getOperation() == OperationDefinition.Operation.QUERY;
            }
        }
        return true;
    }

    private static MultiValueMap<String, HttpCookie> cookies(ServerRequest request) {
        MultiValueMap<String, HttpCookie> cookies = new LinkedMultiValueMap<>();
        request.cookies().forEach((name, values) -> values
                .forEach(cookie -> cookies.add(name, new HttpCookie(name, cookie.getValue()))));
        return cookies;
    }

    private static ServerResponse error(HttpStatus status, ApiError code, String message) {
        return ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON).body(errorBody(code, message));
    }

    private static Map<String, Object> errorBody(ApiError code, String message) {
        return Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("code", code.name()))));
    }
}
