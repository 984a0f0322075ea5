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
import org.springframework.stereotype.Component;

/**
 * The dashboard's part of the {@code warm-up} start-up phase: computes every group of the /dashboard page (with the
 * page's arguments) for each scope the page offers (dashboard/warm-up-scopes), so the first big screen of each
 * street and alliance is answered from the kept results, and every statement is planned before the app is ready.
 */
@Component
class DashboardWarmUp implements StartupStep {

    private static final Logger log = LoggerFactory.getLogger(DashboardWarmUp.class);

    /** The warm-up is the app's own work, not a client's request: it may take longer than the API's read timeout. */
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final DashboardController dashboards;
    private final GraphReader reader;
    private final CypherFiles cypher;

    DashboardWarmUp(DashboardController dashboards, GraphReader reader, CypherFiles cypher) {
        this.dashboards = dashboards;
        this.reader = reader;
        this.cypher = cypher;
    }

    @Override
    public StartupPhase phase() {
        return StartupPhase.WARM_UP;
    }

    /** A warm-up that fails leaves the app usable: the first request of a scope computes it. */
    @Override
    public String run(DoubleConsumer progress) {
        long started = System.nanoTime();
        try {
            List<Record> scopes = reader.withTimeout(TIMEOUT,
                    () -> reader.read(cypher.load("dashboard/warm-up-scopes"), Map.of()));
            for (int i = 0; i < scopes.size(); i++) {
                Record scope = scopes.get(i);
                reader.withTimeout(TIMEOUT, () -> compute(nullable(scope, "area"), nullable(scope, "alliance")));
                progress.accept((i + 1.0) / scopes.size());
            }
            return "dashboards of " + scopes.size() + " scopes computed in " + (System.nanoTime() - started) / 1_000_000
                    + " ms";
        } catch (RuntimeException e) {
            log.warn("Dashboard warm-up skipped: {}", e.getMessage());
            return "dashboard warm-up skipped (" + e.getMessage() + ")";
        }
    }

    /** Every group the /dashboard page selects, with its arguments (the defaults). */
    private Dashboard compute(String areaId, String allianceId) {
        Dashboard dashboard = dashboards.dashboard(areaId, allianceId);
        dashboards.totals(dashboard);
        dashboards.coverage(dashboard);
        dashboards.funnel(dashboard);
        dashboards.activityByMonth(dashboard, null, null);
        dashboards.mostConnectedUnits(dashboard, null);
        dashboards.leastConnectedUnits(dashboard, null);
        return dashboard;
    }

    private static String nullable(Record record, String key) {
        return record.get(key).isNull() ? null : record.get(key).asString();
    }
}
