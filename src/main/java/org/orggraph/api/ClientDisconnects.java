package org.orggraph.api;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Ends the work of a GraphQL request whose client has gone away, instead of letting it run to the transaction
 * timeout. Neither the Servlet API nor Spring says when a client closes its connection while the server is still
 * working (the server only notices when it writes the answer), so every {@value #PERIOD_MILLIS} ms this asks Tomcat
 * to read, without blocking, from the connection of each request running longer than that: a closed connection reads
 * as its end. The request's thread, which is waiting for Neo4j, is then interrupted; the Neo4j driver answers an
 * interrupt by closing its connection ("Thread interrupted while running query"), and the transactions of a closed
 * connection are terminated (on the embedded database by graph/OrphanedTransactions: Neo4j by itself would notice the
 * closed connection only when the statement ends).
 *
 * <p>The read keeps whatever it reads in Tomcat's own buffer, for the next request on the connection; a client that
 * sends its next request before it has the answer to this one (HTTP pipelining, which browsers and HTTP clients
 * do not use) would be taken for gone.
 */
@Component
class ClientDisconnects implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private static final Logger log = LoggerFactory.getLogger(ClientDisconnects.class);

    static final long PERIOD_MILLIS = 250;

    private final Map<Request, Running> running = new ConcurrentHashMap<>();
    private final AtomicLong ended = new AtomicLong();
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "orggraph-client-disconnects");
        thread.setDaemon(true);
        return thread;
    });

    ClientDisconnects() {
        watcher.scheduleWithFixedDelay(this::check, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** One request being served: its thread, and whether this interrupted it. */
    private static final class Running {
        final Thread thread = Thread.currentThread();
        final long started = System.nanoTime();
        boolean done;
        boolean interrupted;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addEngineValves(new Watching());
    }

    /** How many requests were ended because their client went away, since the start. */
    long ended() {
        return ended.get();
    }

    /** The Tomcat valve that keeps {@link #running} while each GraphQL request is served. */
    private final class Watching extends ValveBase {

        Watching() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            if (!request.getRequestURI().startsWith("/graphql")) {
                getNext().invoke(request, response);
                return;
            }
            Running current = new Running();
            running.put(request, current);
            try {
                getNext().invoke(request, response);
            } finally {
                synchronized (current) {
                    current.done = true;
                    running.remove(request);
                    if (current.interrupted) {
                        // The thread goes back to Tomcat's pool: it must not carry the interrupt to the next request.
                        Thread.interrupted();
                    }
                }
            }
        }
    }

    private void check() {
        long now = System.nanoTime();
        running.forEach((request, current) -> {
            if (now - current.started < TimeUnit.MILLISECONDS.toNanos(PERIOD_MILLIS)) {
                return;
            }
            synchronized (current) {
                if (!current.done && !current.interrupted && clientGone(request)) {
                    current.interrupted = true;
                    ended.incrementAndGet();
                    log.info("The client of {} {} went away after {} ms: ending its work", request.getMethod(),
                            request.getRequestURI(), (now - current.started) / 1_000_000);
                    current.thread.interrupt();
                }
            }
        });
    }

    /**
     * Whether the client has closed the connection. Once the request body is read ({@link
     * ActionCode#REQUEST_BODY_FULLY_READ}), Tomcat's non-blocking read
     * ({@link ActionCode#AVAILABLE}) finds either nothing (the client waits) or the connection's end, which it
     * reports as one byte available.
     */
    private static boolean clientGone(Request request) {
        try {
            org.apache.coyote.Request coyote = request.getCoyoteRequest();
            AtomicBoolean bodyRead = new AtomicBoolean();
            coyote.action(ActionCode.REQUEST_BODY_FULLY_READ, bodyRead);
            if (!bodyRead.get()) {
                // Still arriving: what is available is the body, not the end of the connection.
                return false;
            }
            coyote.action(ActionCode.AVAILABLE, Boolean.TRUE);
            return coyote.getAvailable() > 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @PreDestroy
    void stopWatching() {
        watcher.shutdownNow();
    }
}
