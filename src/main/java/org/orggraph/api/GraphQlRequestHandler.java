package org.orggraph.api;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import jakarta.servlet.ServletException;
import org.orggraph.startup.StartupProgress;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over HTTP, both methods, per the GraphQL-over-HTTP spec; whatever is wrong with the HTTP request itself
 * is a 4xx with a GraphQL error body carrying {@code extensions.code} BAD_USER_INPUT, never a 500 or Spring's
 * own error page:
 * <ul>
 * <li>{@code POST} takes a JSON object ({@code application/json} or any {@code +json} type) with a string
 * {@code query} and optional {@code operationName}, {@code variables} and {@code extensions}, or the bare document
 * as {@code application/graphql}. Another or no content type ({@code *}{@code /*} included) is 415 with
 * {@code Accept-Post}; a body that is not such an object ({@code null}, empty, malformed) is 400.</li>
 * <li>{@code GET /graphql?query=…&variables=…&operationName=…} (Spring for GraphQL 2.0 serves POST only) runs
 * exactly like a POST. Only queries: a mutation or subscription over GET is refused with 405 (Allow: POST),
 * because GET must be safe. Malformed {@code variables}/{@code extensions} JSON or no {@code query} is 400.</li>
 * </ul>
 * A body over {@link ApiLimits#maxRequestBytes()} is 413 with TOO_EXPENSIVE, read no further than the limit.
 * A POST that accepts {@code text/event-stream} (and not JSON) is a subscription over SSE, answered by
 * {@link GraphQlSse} once checked like any other POST.
 * Other methods on the path get 405 with {@code Allow: GET, POST} ({@link GraphQlHttpConfiguration}).
 */
class GraphQlRequestHandler extends GraphQlHttpHandler {

    private static final MediaType APPLICATION_GRAPHQL = MediaType.parseMediaType("application/graphql");
    private static final MediaType JSON_SUFFIX = MediaType.parseMediaType("application/*+json");

    /** The response header of a 415 that names the content types a POST may have. */
    static final String ACCEPT_POST = "Accept-Post";
    static final String ACCEPTED = "application/json, application/graphql";

    private final WebGraphQlHandler graphQlHandler;
    private final JsonMapper json;
    private final int maxRequestBytes;
    private final StartupProgress startup;
    private final GraphQlSse sse;
    private final ParsedDocuments documents;

    GraphQlRequestHandler(WebGraphQlHandler graphQlHandler, HttpMessageConverter<?> converter, JsonMapper json,
            int maxRequestBytes, StartupProgress startup, GraphQlSse sse, ParsedDocuments documents) {
        super(graphQlHandler, converter);
        this.sse = sse;
        this.documents = documents;
        this.graphQlHandler = graphQlHandler;
        this.json = json;
        this.maxRequestBytes = maxRequestBytes;
        this.startup = startup;
    }

    @Override
    public ServerResponse handleRequest(ServerRequest request) throws ServletException {
        StartupProgress.Status status = startup.status();
        if (!status.ready()) {
            return unavailable(status);
        }
        return HttpMethod.POST.equals(request.method()) ? handlePost(request) : handleGet(request);
    }

    /** Until the start is done nothing runs: 503, when to ask again, and where the start is. */
    private static ServerResponse unavailable(StartupProgress.Status status) {
        String phase = status.phase() == null ? "" : status.phase().label();
        String message = status.state() == StartupProgress.State.FAILED
                ? "OrgGraph failed to start (" + phase + "); it is shutting down"
                : "OrgGraph is starting (" + status.describe() + "); try again in a few seconds";
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", ApiError.UNAVAILABLE.name());
        extensions.put("phase", phase);
        extensions.put("percent", status.percent());
        return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(StartupProgress.retryAfter().toSeconds()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("errors", List.of(Map.of("message", message, "extensions", extensions))));
    }

    private ServerResponse handleGet(ServerRequest request) throws ServletException {
        String query = request.param("query").filter(q -> !q.isBlank()).orElse(null);
        if (query == null) {
            return badRequest("A GET request needs the document in the query parameter: /graphql?query={…}");
        }
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
            return badRequest("The variables and extensions parameters must be JSON objects, URL-encoded");
        }
        if (!isQuery(query, operationName)) {
            return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED).allow(HttpMethod.POST)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(errorBody("Only queries may be sent with GET; send mutations with POST"));
        }
        return execute(request, body);
    }

    private ServerResponse handlePost(ServerRequest request) throws ServletException {
        MediaType contentType;
        try {
            contentType = request.headers().contentType().orElse(null);
        } catch (InvalidMediaTypeException e) {
            contentType = null;
        }
        boolean jsonBody = contentType != null && !contentType.isWildcardType() && !contentType.isWildcardSubtype()
                && (MediaType.APPLICATION_JSON.isCompatibleWith(contentType) || JSON_SUFFIX.includes(contentType));
        boolean graphQlBody = contentType != null && APPLICATION_GRAPHQL.equalsTypeAndSubtype(contentType);
        if (!jsonBody && !graphQlBody) {
            return ServerResponse.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).header(ACCEPT_POST, ACCEPTED)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(unsupportedMediaType(request.headers().firstHeader("Content-Type")));
        }
        byte[] bytes;
        try {
            // Never more than the limit in memory, whatever the client sends or claims to send.
            bytes = request.servletRequest().getInputStream().readNBytes(maxRequestBytes + 1);
        } catch (IOException e) {
            return badRequest("The request body could not be read");
        }
        if (bytes.length > maxRequestBytes) {
            return ServerResponse.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_JSON)
                    .body(errorBody(ApiError.TOO_EXPENSIVE, "The request body is larger than " + maxRequestBytes
                            + " bytes"));
        }
        if (graphQlBody) {
            String query = new String(bytes, StandardCharsets.UTF_8);
            return query.isBlank() ? badRequest("The request body must be a GraphQL document")
                    : execute(request, Map.of("query", query));
        }
        Object body;
        try {
            body = json.readValue(bytes, Object.class);
        } catch (JacksonException e) {
            return badRequest("The request body is not JSON; send a JSON object with the query");
        }
        Optional<String> problem = problem(body);
        if (problem.isPresent()) {
            return badRequest(problem.get());
        }
        return execute(request, castToMap(body));
    }

    /** Why a parsed POST body is not a GraphQL request, if it is not. */
    private static Optional<String> problem(Object body) {
        if (!(body instanceof Map<?, ?> map)) {
            return Optional.of("The request body must be a JSON object with the query, e.g. {\"query\": \"{ cities { id } }\"}");
        }
        if (!(map.get("query") instanceof String query) || query.isBlank()) {
            return Optional.of("The request body needs a query: a non-empty string with the GraphQL document");
        }
        if (map.get("operationName") != null && !(map.get("operationName") instanceof String)) {
            return Optional.of("operationName must be a string");
        }
        for (String key : List.of("variables", "extensions")) {
            if (map.get(key) != null && !(map.get(key) instanceof Map)) {
                return Optional.of(key + " must be a JSON object");
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castToMap(Object body) {
        return (Map<String, Object>) body;
    }

    private ServerResponse execute(ServerRequest request, Map<String, Object> body) throws ServletException {
        boolean eventStream = eventStream(request);
        if (!eventStream && operation((String) body.get("query"), (String) body.get("operationName"))
                == OperationDefinition.Operation.SUBSCRIPTION) {
            return badRequest("A subscription streams: send it over WebSocket (graphql-transport-ws) or as a POST with"
                    + " Accept: text/event-stream");
        }
        WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
                cookies(request), request.remoteAddress().orElse((InetSocketAddress) null), request.attributes(), body,
                UUID.randomUUID().toString(), LocaleContextHolder.getLocale());
        var response = graphQlHandler.handleRequest(graphQlRequest);
        return eventStream ? sse.respond(request, response) : prepareResponse(request, response);
    }

    /** Whether the client asks for Server-Sent Events: it accepts text/event-stream and no JSON. */
    private static boolean eventStream(ServerRequest request) {
        List<MediaType> accepted;
        try {
            accepted = request.headers().accept();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        return HttpMethod.POST.equals(request.method())
                && accepted.stream().anyMatch(MediaType.TEXT_EVENT_STREAM::equalsTypeAndSubtype)
                && accepted.stream().noneMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON)
                        && !type.isWildcardType());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> object(String text) {
        return (Map<String, Object>) json.readValue(text, Map.class);
    }

    /** False only when the operation to run is certainly a mutation or subscription; syntax errors are the engine's to report. */
    private boolean isQuery(String query, String operationName) {
        OperationDefinition.Operation operation = operation(query, operationName);
        return operation == null || operation == OperationDefinition.Operation.QUERY;
    }

    /** The kind of the operation to run, or null when the document does not parse or names no such operation. */
    private OperationDefinition.Operation operation(String query, String operationName) {
        // a document that ran before is not parsed again (the engine's parse follows on the first request only)
        Document document = documents.known(query, LocaleContextHolder.getLocale());
        try {
            document = document != null ? document : Parser.parse(query);
        } catch (InvalidSyntaxException | IllegalArgumentException e) {
            return null;
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        for (OperationDefinition operation : operations) {
            boolean selected = operationName == null ? operations.size() == 1 : operationName.equals(operation.getName());
            if (selected) {
                return operation.getOperation();
            }
        }
        return null;
    }

    private static MultiValueMap<String, HttpCookie> cookies(ServerRequest request) {
        MultiValueMap<String, HttpCookie> cookies = new LinkedMultiValueMap<>();
        request.cookies().forEach((name, values) -> values
                .forEach(cookie -> cookies.add(name, new HttpCookie(name, cookie.getValue()))));
        return cookies;
    }

    private static ServerResponse badRequest(String message) {
        return ServerResponse.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
                .body(errorBody(message));
    }

    /** The 415 body for a POST with another content type than the two accepted ({@value #ACCEPTED}). */
    static Map<String, Object> unsupportedMediaType(String contentType) {
        return errorBody("Send the request as Content-Type: application/json, a JSON object with the query (or as"
                + " application/graphql, the bare document); got " + contentType);
    }

    /** A GraphQL-style error body for a request that did not get as far as GraphQL. */
    static Map<String, Object> errorBody(String message) {
        return errorBody(ApiError.BAD_USER_INPUT, message);
    }

    static Map<String, Object> errorBody(ApiError code, String message) {
        return code.body(message);
    }
}
