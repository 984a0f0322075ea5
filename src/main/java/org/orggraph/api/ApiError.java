package org.orggraph.api;

/**
 * The {@code extensions.code} values of OrgGraph's GraphQL errors: stable strings clients can switch on.
 */
public enum ApiError {
    /** An id that names nothing in the graph. */
    NOT_FOUND,
    /** An argument outside what the field accepts (bad cursor, page too large, unknown label, …). */
    BAD_USER_INPUT,
    /** The document is not GraphQL (a syntax error). */
    GRAPHQL_PARSE_FAILED,
    /** The document does not match the schema (unknown field, wrong argument type, bad variable value, …). */
    GRAPHQL_VALIDATION_FAILED,
    /** The request asks for more than the server will compute (depth, size, time). */
    TOO_EXPENSIVE,
    /** Something failed on the server; the message never carries a stack trace. */
    INTERNAL
}
