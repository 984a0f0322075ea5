package org.orggraph.api;

import java.util.List;
import java.util.Map;

/**
 * The {@code extensions.code} values of OrgGraph's GraphQL errors: stable strings clients can switch on.
 */
public enum ApiError {
    /** An id that names nothing in the graph. */
    NOT_FOUND,
    /**
     * An argument outside what the field accepts (bad cursor, page too large, unknown label, a value that cannot
     * become the argument's type, …), or an HTTP request that is not a GraphQL request at all (no or malformed
     * JSON body, a content type other than JSON, a method other than GET/POST); the HTTP status tells which.
     */
    BAD_USER_INPUT,
    /** The document is not GraphQL (a syntax error). */
    GRAPHQL_PARSE_FAILED,
    /** The document does not match the schema (unknown field, wrong argument type, bad variable value, …). */
    GRAPHQL_VALIDATION_FAILED,
    /** The request asks for more than the server will compute (depth, size, time). */
    TOO_EXPENSIVE,
    /** No valid credentials came with the request (HTTP 401): log in, send HTTP Basic or a bearer token. */
    UNAUTHENTICATED,
    /** The caller is known but their role does not reach this (HTTP 403, or a field's error). */
    FORBIDDEN,
    /** The request's Host is not one this server answers to (HTTP 421, against DNS rebinding). */
    MISDIRECTED_REQUEST,
    /**
     * The app is still starting (the database, the reference data): HTTP 503 with {@code Retry-After};
     * {@code extensions.phase} and {@code extensions.percent} say where the start is.
     */
    UNAVAILABLE,
    /**
     * The client closed the connection while its request ran; what still ran of it was stopped (no client reads
     * this code: it appears in the request log).
     */
    CLIENT_GONE,
    /**
     * Something failed on the server (any exception but the API's own user-facing one); the message never
     * carries a stack trace or an exception class, the server log has the cause once.
     */
    INTERNAL;

    /**
     * A GraphQL-shaped response body with one error of this code, for a request refused before GraphQL runs
     * (not GraphQL at all, not authenticated, for another host): clients read every answer of /graphql alike.
     */
    public Map<String, Object> body(String message) {
        return Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("code", name()))));
    }
}
