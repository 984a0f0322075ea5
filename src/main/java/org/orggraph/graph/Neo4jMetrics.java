package org.orggraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.pagecache.monitoring.PageCacheCounters;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The embedded database's own figures as metrics (at {@code /actuator/prometheus}): the size of the store on disk
 * (the database's files and its transaction logs) and the page cache's hits, faults and hit ratio, read from Neo4j's
 * page cache tracer. The hit ratio is the first thing to look at when reads get slow: below about 0.98 on a warm
 * app, the page cache ({@code orggraph.embedded.page-cache}) is smaller than the store. Before the database is up
 * and in remote mode (where the server has its own metrics) they are NaN.
 */
@Component
class Neo4jMetrics implements MeterBinder {

    private final ObjectProvider<EmbeddedNeo4j> embedded;

    Neo4jMetrics(ObjectProvider<EmbeddedNeo4j> embedded) {
        this.embedded = embedded;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("orggraph.neo4j.store.size", this, m -> m.layout().map(Neo4jMetrics::bytes).orElse(Double.NaN))
                .description("Bytes on disk of the embedded database: its store files and transaction logs")
                .baseUnit("bytes").register(registry);
        Gauge.builder("orggraph.neo4j.page.cache.hit.ratio", this,
                        m -> m.pageCache().map(PageCacheCounters::hitRatio).orElse(Double.NaN))
                .description("Share of page requests of the embedded database served from the page cache, 0 to 1")
                .register(registry);
        FunctionCounter.builder("orggraph.neo4j.page.cache.hits", this,
                        m -> m.pageCache().map(c -> (double) c.hits()).orElse(Double.NaN))
                .description("Page requests served from the page cache").register(registry);
        FunctionCounter.builder("orggraph.neo4j.page.cache.faults", this,
                        m -> m.pageCache().map(c -> (double) c.faults()).orElse(Double.NaN))
                .description("Page requests that had to read from disk").register(registry);
    }

    private Optional<GraphDatabaseAPI> database() {
        EmbeddedNeo4j database = embedded.getIfAvailable();
        return database == null || !database.started() ? Optional.empty()
                : Optional.of((GraphDatabaseAPI) database.database());
    }

    private Optional<DatabaseLayout> layout() {
        return database().map(GraphDatabaseAPI::databaseLayout);
    }

    Optional<PageCacheCounters> pageCache() {
        return database().map(db -> db.getDependencyResolver().resolveDependency(PageCacheTracer.class));
    }

    private static double bytes(DatabaseLayout layout) {
        return size(layout.databaseDirectory()) + size(layout.getTransactionLogsDirectory());
    }

    private static long size(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    // A file removed while walking (a rotated log) counts for nothing.
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
