package org.orggraph.graph;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;

/**
 * The application's {@link Driver} for the embedded database, usable as a bean before Neo4j is up: the web server
 * opens first, and Neo4j starts after it (its Bolt port, when 0 was asked, is only known then). The real driver is
 * built on first use after the start, with Boot's driver customizers; before, every call is refused at once with
 * the driver's own {@link ServiceUnavailableException}, which health indicators and callers already handle, instead
 * of a request thread waiting for the start. Closing a driver that was never built does nothing.
 */
final class EmbeddedDriver implements InvocationHandler {

    private final EmbeddedNeo4j embedded;
    private final List<ConfigBuilderCustomizer> customizers;
    private final Supplier<String> startupState;
    private Driver target;

    private EmbeddedDriver(EmbeddedNeo4j embedded, List<ConfigBuilderCustomizer> customizers,
            Supplier<String> startupState) {
        this.embedded = embedded;
        this.customizers = customizers;
        this.startupState = startupState;
    }

    /** @param startupState where the start is, for the refusal's message ("database 12%") */
    static Driver create(EmbeddedNeo4j embedded, List<ConfigBuilderCustomizer> customizers,
            Supplier<String> startupState) {
        return (Driver) Proxy.newProxyInstance(Driver.class.getClassLoader(), new Class<?>[] {Driver.class},
                new EmbeddedDriver(embedded, customizers, startupState));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "equals":
                return args != null && args.length == 1 && proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            case "toString":
                return "EmbeddedDriver[" + (built() == null ? "not built yet" : built()) + "]";
            case "close":
                Driver built = built();
                if (built != null) {
                    built.close();
                }
                return null;
            case "closeAsync":
                Driver builtAsync = built();
                return builtAsync == null ? CompletableFuture.completedFuture(null) : builtAsync.closeAsync();
            default:
                try {
                    return method.invoke(target(), args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
        }
    }

    private synchronized Driver built() {
        return target;
    }

    private synchronized Driver target() {
        if (target == null) {
            if (!embedded.started()) {
                String state = startupState.get();
                throw new ServiceUnavailableException("The embedded Neo4j is still starting"
                        + (state == null ? "" : " (start-up: " + state + ")"));
            }
            Config.ConfigBuilder config = Config.builder();
            customizers.forEach(customizer -> customizer.customize(config));
            var credentials = embedded.credentials();
            target = GraphDatabase.driver(embedded.boltUri(),
                    AuthTokens.basic(credentials.username(), credentials.password()), config.build());
        }
        return target;
    }
}
