package org.orggraph.dashboard;

import java.time.Duration;

import org.orggraph.api.GraphReader;
import org.orggraph.startup.StartupPhase;
import org.orggraph.startup.StartupStep;
import org.orggraph.startup.WarmUpProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The dashboard's part of the {@code warm-up} start-up phase: computes every group of the /dashboard page (with the
 * page's arguments) for the whole city, the page's first screen, so it is answered from the kept results and every
 * statement is planned before the app is ready. Only the city: the 29 scopes the page offers (streets, towns,
 * alliances) took 112 s at scale 1 on two shared cores, too long for every start (and every test run); each of them
 * is computed by its first poll. A warm-up that fails leaves the app usable: the first request computes it.
 */
@Configuration(proxyBeanMethods = false)
class DashboardWarmUp {

    private static final Logger log = LoggerFactory.getLogger(DashboardWarmUp.class);

    /** The app's own work, not a client's request: it may take longer than the API's read timeout. */
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    @Bean
    StartupStep dashboardWarmUpStep(DashboardController dashboards, GraphReader reader, WarmUpProperties warmUp) {
        return StartupStep.of(StartupPhase.WARM_UP, progress -> {
            if (!warmUp.enabled()) {
                return "the city's dashboard left to its first poll (orggraph.warm-up.enabled=false)";
            }
            long started = System.nanoTime();
            try {
                reader.withTimeout(TIMEOUT, () -> computeTheCity(dashboards));
                return "the city's dashboard computed in " + (System.nanoTime() - started) / 1_000_000 + " ms";
            } catch (RuntimeException e) {
                log.warn("Dashboard warm-up skipped: {}", e.getMessage());
                return "dashboard warm-up skipped (" + e.getMessage() + ")";
            }
        });
    }

    /** Every group the /dashboard page selects, with its arguments (the defaults). */
    private static Dashboard computeTheCity(DashboardController dashboards) {
        Dashboard city = dashboards.scope(null, null, null, null);
        dashboards.totals(city);
        dashboards.coverage(city);
        dashboards.funnel(city);
        dashboards.activityByMonth(city, null, null);
        dashboards.mostConnectedUnits(city, null);
        dashboards.leastConnectedUnits(city, null);
        return city;
    }
}
