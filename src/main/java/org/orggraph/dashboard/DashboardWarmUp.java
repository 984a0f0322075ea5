package org.orggraph.dashboard;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;

import org.neo4j.driver.Record;
import org.orggraph.api.CypherFiles;
import org.orggraph.api.GraphReader;
import org.orggraph.startup.StartupPhase;
import org.orggraph.startup.StartupStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The dashboard's part of the {@code warm-up} start-up phase: computes every group of the /dashboard page (with the
 * page's arguments) for each scope the page offers (dashboard/warm-up-scopes), so the first big screen of each
 * street and alliance is answered from the kept results, and every statement is planned before the app is ready.
 * A warm-up that fails leaves the app usable: the first request of a scope computes it.
 */
@Configuration(proxyBeanMethods = false)
class DashboardWarmUp {

    private static final Logger log = LoggerFactory.getLogger(DashboardWarmUp.class);

    /** The app's own work, not a client's request: it may take longer than the API's read timeout. */
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    @Bean
    StartupStep dashboardWarmUp(DashboardController dashboards, GraphReader reader, CypherFiles cypher) {
        return StartupStep.of(StartupPhase.WARM_UP, progress -> {
            long started = System.nanoTime();
            try {
                int scopes = reader.withTimeout(TIMEOUT, () -> computeAll(dashboards, reader, cypher, progress));
                return "dashboards of " + scopes + " scopes computed in " + (System.nanoTime() - started) / 1_000_000
                        + " ms";
            } catch (RuntimeException e) {
                log.warn("Dashboard warm-up skipped: {}", e.getMessage());
                return "dashboard warm-up skipped (" + e.getMessage() + ")";
            }
        });
    }

    private static int computeAll(DashboardController dashboards, GraphReader reader, CypherFiles cypher,
            DoubleConsumer progress) {
        List<Record> scopes = reader.read(cypher.load("dashboard/warm-up-scopes"), Map.of());
        for (int i = 0; i < scopes.size(); i++) {
            Dashboard dashboard = dashboards.dashboard(nullable(scopes.get(i), "area"),
                    nullable(scopes.get(i), "alliance"));
            // every group the /dashboard page selects, with its arguments (the defaults)
            dashboards.totals(dashboard);
            dashboards.coverage(dashboard);
            dashboards.funnel(dashboard);
            dashboards.activityByMonth(dashboard, null, null);
            dashboards.mostConnectedUnits(dashboard, null);
            dashboards.leastConnectedUnits(dashboard, null);
            progress.accept((i + 1.0) / scopes.size());
        }
        return scopes.size();
    }

    private static String nullable(Record record, String key) {
        return record.get(key).isNull() ? null : record.get(key).asString();
    }
}
