package org.orggraph.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.orggraph.api.ApiError;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** Writes a refusal of the security layer as a GraphQL error body with its code, like every answer of /graphql. */
final class GraphQlErrorResponses {

    private final JsonMapper json = JsonMapper.builder().build();

    void write(HttpServletResponse response, int status, ApiError code, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(code.body(message)));
    }
}
