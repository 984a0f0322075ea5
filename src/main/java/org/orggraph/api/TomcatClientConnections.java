package org.orggraph.api;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells, for a request on Tomcat's HTTP/1.1 connector, whether its client went away while the request runs.
 *
 * <p>Why this way: while a request thread waits for Neo4j, nobody reads the socket (Tomcat's poller watches a
 * connection only between requests), so a closed connection is noticed only when the answer is written. The
 * servlet API has no way to ask either ({@code ServletInputStream.available()} never reads once the body is
 * read). Tomcat's own {@link ActionCode#AVAILABLE} action with {@code true} does a non-blocking read into the
 * connection's input buffer (what is read stays there for the next request); at end of stream or a reset that
 * read fails, and the action then reports one byte available while nothing is buffered (Http11InputBuffer
 * .available, Tomcat 11.0). So: ask twice with a read (a failed read fails again; bytes of a pipelined request
 * are read once and then only buffered) and once without (nothing buffered after a failed read): gone when the
 * reads report data and the buffer holds none. The valve hands each request a {@link ClientConnection} that asks
 * this of the request's own coyote request; upgraded connections (WebSocket) are left out, their bytes are frames.
 */
@Configuration(proxyBeanMethods = false)
class TomcatClientConnections {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> clientConnectionValve() {
        return factory -> factory.addContextValves(new ConnectionValve());
    }

    static final class ConnectionValve extends ValveBase {

        ConnectionValve() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            if (request.getHeader("Upgrade") == null) {
                request.setAttribute(ClientConnection.ATTRIBUTE, new CoyoteConnection(request.getCoyoteRequest()));
            }
            getNext().invoke(request, response);
        }
    }

    private record CoyoteConnection(org.apache.coyote.Request request) implements ClientConnection {

        @Override
        public boolean gone() {
            if (available(true) == 0) {
                return false;
            }
            return available(true) > 0 && available(false) == 0;
        }

        private int available(boolean read) {
            request.action(ActionCode.AVAILABLE, read);
            return request.getAvailable();
        }
    }
}
