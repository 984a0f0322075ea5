package org.orggraph.api;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.concurrent.Executor;

import org.apache.tomcat.util.threads.ThreadPoolExecutor;
import org.neo4j.driver.Driver;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code saturation} in {@code /actuator/health} (details for ADMIN): requests in flight against the capacity of the
 * web server, open Neo4j transactions, heap used and its maximum ({@link Saturation}). OUT_OF_SERVICE while
 * saturated, so that the whole health answers 503 and a load balancer stops sending requests until it eases.
 */
@Component("saturation")
class SaturationHealthIndicator implements HealthIndicator {

    private final Driver driver;
    private volatile ThreadPoolExecutor workers;

    SaturationHealthIndicator(Driver driver) {
        this.driver = driver;
    }

    /** Tomcat's worker pool, known once the web server has started. */
    @EventListener
    void webServerStarted(WebServerInitializedEvent event) {
        if (event.getWebServer() instanceof TomcatWebServer tomcat) {
            Executor executor = tomcat.getTomcat().getConnector().getProtocolHandler().getExecutor();
            if (executor instanceof ThreadPoolExecutor pool) {
                workers = pool;
            }
        }
    }

    @Override
    public Health health() {
        return report(measure());
    }

    static Health report(Saturation now) {
        Health.Builder health = now.saturated() ? Health.status(Status.OUT_OF_SERVICE) : Health.up();
        health.withDetail("requestsInFlight", now.requests())
                .withDetail("requestCapacity", now.capacity())
                .withDetail("openTransactions", now.transactions())
                .withDetail("heapUsedBytes", now.heapUsed())
                .withDetail("heapMaxBytes", now.heapMax())
                .withDetail("saturatedFromPercent", Saturation.FULL_PERCENT);
        if (now.requestsFull()) {
            health.withDetail("saturated", "requests");
        } else if (now.heapFull()) {
            health.withDetail("saturated", "heap");
        }
        return health.build();
    }

    Saturation measure() {
        ThreadPoolExecutor pool = workers;
        int requests = pool == null ? 0 : pool.getActiveCount();
        int capacity = pool == null ? 0 : pool.getMaximumPoolSize();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return new Saturation(requests, capacity, openTransactions(), liveHeap(heap.getUsed()), heap.getMax());
    }

    /** Open transactions of every user, this one's included; {@code SHOW TRANSACTIONS} is in Community too. */
    private long openTransactions() {
        try {
            return driver.executableQuery("SHOW TRANSACTIONS YIELD transactionId RETURN count(*) AS open").execute()
                    .records().get(0).get("open").asLong();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /**
     * The heap still in use after the last collection of each pool: what the heap holds now also counts garbage
     * not yet collected, and would look full at every busy minute.
     */
    private static long liveHeap(long usedNow) {
        long live = 0;
        boolean collected = false;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterCollection = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            if (afterCollection != null && afterCollection.getUsed() > 0) {
                live += afterCollection.getUsed();
                collected = true;
            }
        }
        return collected ? live : usedNow;
    }
}
