package org.orggraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * Counts the Cypher statements the application sends through its {@code Driver} (see
 * {@link CountingDriverPostProcessor}): in total, as the metric {@code orggraph.cypher.statements}, and per
 * GraphQL request, for the request's {@code extensions.cypherStatements} (see {@link StatementCountInterceptor}).
 *
 * <p>The per-request count is attached to the thread that executes the request: with Spring MVC, GraphQL Java
 * runs the data fetchers and the DataLoader batch loaders of a request synchronously on that thread.
 */
@Component
public class CypherStatementCounter implements MeterBinder {

    private final AtomicLong total = new AtomicLong();
    /** The counters of the work running on this thread, innermost last: each statement counts for all of them. */
    private final ThreadLocal<List<AtomicInteger>> current = ThreadLocal.withInitial(ArrayList::new);

    /** Runs {@code work} with {@code counter} counting the statements it sends on this thread (also when nested). */
    <T> T counting(AtomicInteger counter, Supplier<T> work) {
        List<AtomicInteger> counters = current.get();
        counters.add(counter);
        try {
            return work.get();
        } finally {
            counters.remove(counters.size() - 1);
            if (counters.isEmpty()) {
                current.remove();
            }
        }
    }

    /** Called by the counting driver once per statement sent. */
    void statementRun() {
        total.incrementAndGet();
        current.get().forEach(AtomicInteger::incrementAndGet);
    }

    /** Statements sent since start, by anyone. */
    public long total() {
        return total.get();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("orggraph.cypher.statements", total, AtomicLong::get)
                .description("Cypher statements sent to Neo4j by the application")
                .register(registry);
    }
}
