package org.orggraph.api;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Tomcat answers itself — a request it rejects before Spring sees it (a malformed request line, a bad body
 * framing), or an error whose page could not be rendered — is a GraphQL-shaped JSON error with a code, like every
 * other answer, instead of Tomcat's HTML "HTTP Status 400" page (which also names the server).
 */
@Configuration(proxyBeanMethods = false)
class JsonErrorReports {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorReportValve() {
        return factory -> factory.addContextLifecycleListeners(event -> {
            if (Lifecycle.AFTER_START_EVENT.equals(event.getType())
                    && event.getLifecycle() instanceof Container context && context.getParent() != null) {
                Container host = context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof JsonErrorReportValve)) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                if (List.of(host.getPipeline().getValves()).stream().noneMatch(JsonErrorReportValve.class::isInstance)) {
                    host.getPipeline().addValve(new JsonErrorReportValve());
                }
            }
        });
    }

    /** Tomcat's error report, as JSON. */
    static final class JsonErrorReportValve extends ErrorReportValve {

        private final JsonMapper json = JsonMapper.builder().build();

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0) {
                return;
            }
            ApiError code = status >= 500 ? ApiError.INTERNAL : ApiError.BAD_USER_INPUT;
            String message = status >= 500 ? "The server could not answer this request"
                    : "Not an HTTP request the server can read (HTTP " + status + ")";
            Map<String, Object> body = Map.of("errors",
                    List.of(Map.of("message", message, "extensions", Map.of("code", code.name()))));
            try {
                response.setContentType("application/json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(json.writeValueAsString(body));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response was taken over: nothing left to tell it
            }
        }
    }
}
