package org.orggraph.api;

import java.util.Map;

/**
 * A failure the user can act on: it becomes a GraphQL error with {@code extensions.code} and this message,
 * written in the user's terms.
 */
public class ApiException extends RuntimeException {

    private final ApiError code;
    private final Map<String, Object> details;

    public ApiException(ApiError code, String message) {
        this(code, message, Map.of());
    }

    public ApiException(ApiError code, String message, Map<String, Object> details) {
        super(message);
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public static ApiException notFound(String what, String id) {
        return new ApiException(ApiError.NOT_FOUND, "No " + what + " with id '" + id + "'", Map.of("id", id));
    }

    public static ApiException badInput(String message) {
        return new ApiException(ApiError.BAD_USER_INPUT, message);
    }

    /**
     * An integer argument within {@code min..max}, or {@code fallback} when it is left out (or null).
     *
     * @throws ApiException BAD_USER_INPUT, naming the argument and its range
     */
    public static int within(String argument, Integer value, int fallback, int min, int max) {
        int v = value == null ? fallback : value;
        if (v < min || v > max) {
            throw badInput(argument + " must be between " + min + " and " + max + " (got " + v + ")");
        }
        return v;
    }

    public ApiError code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
