package org.orggraph.alliance;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleConsumer;

import org.neo4j.driver.Driver;
import org.orggraph.api.GraphReader;
import org.orggraph.api.PageRequest;
import org.orggraph.startup.StartupPhase;
import org.orggraph.startup.StartupStep;
import org.orggraph.startup.WarmUpProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The {@code warm-up} start-up phase: computes the link projection when the graph has none ({@link LinkProjection},
 * after the reference data's first load or on a data directory from before it), then plans the links statement once
 * before the app is ready. Neo4j needs seconds to plan it the first time (its evidence walk is a 21-branch UNION,
 * kept for the page's evidence), which would otherwise fall on the first planner who opens an alliance's links.
 * Later requests reuse the cached plan.
 */
@Component
class LinksWarmUp implements StartupStep {

    private static final Logger log = LoggerFactory.getLogger(LinksWarmUp.class);

    /** Planning alone can take longer than the API's read timeout, which is for clients' requests. */
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final OrganizationLinks links;
    private final GraphReader reader;
    private final LinkProjection projection;
    private final Driver driver;
    private final TaskExecutor tasks;
    private final WarmUpProperties warmUp;

    /**
     * {@code tasks}: Spring Boot's application task executor, whose threads the context stops when it closes (a
     * thread of our own would outlive it).
     */
    LinksWarmUp(OrganizationLinks links, GraphReader reader, LinkProjection projection, Driver driver,
            @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) TaskExecutor tasks,
            WarmUpProperties warmUp) {
        this.links = links;
        this.reader = reader;
        this.projection = projection;
        this.driver = driver;
        this.tasks = tasks;
        this.warmUp = warmUp;
    }

    @Override
    public StartupPhase phase() {
        return StartupPhase.WARM_UP;
    }

    /** A warm-up that fails leaves the app usable: the first links request plans the statement itself. */
    @Override
    public String run(DoubleConsumer progress) {
        long started = System.nanoTime();
        long computed = projection.ensure(driver);
        String said = computed < 0 ? "" : String.format("link projection computed (%,d links) in %d ms; ", computed,
                (System.nanoTime() - started) / 1_000_000);
        if (!warmUp.enabled()) {
            return said + "alliance links statement left to its first request (orggraph.warm-up.enabled=false)";
        }
        started = System.nanoTime();
        try {
            plan(null);
            startPlanningTheNextPages();
            return said + "alliance links statement planned in " + (System.nanoTime() - started) / 1_000_000 + " ms";
        } catch (RuntimeException e) {
            log.warn("Alliance links warm-up skipped: {}", e.getMessage());
            return said + "alliance links warm-up skipped (" + e.getMessage() + ")";
        }
    }

    /**
     * Neo4j keeps a plan per parameter types, and a next page's keyset (a number and two strings where the first
     * page has nulls) is planned anew: the test machine's second page ran past the read timeout on that. It is
     * planned after the app is ready, off the start's critical path, as nobody asks for page two first; so are the
     * link projection's maintenance statements, which the first mutation would otherwise wait for.
     */
    private void startPlanningTheNextPages() {
        tasks.execute(() -> {
            try {
                plan(Map.of("weight", 1, "source", "", "target", ""));
                log.debug("Alliance links statement planned for next pages");
                projection.plan(driver);
                log.debug("Link projection maintenance planned");
            } catch (RuntimeException e) {
                log.debug("Alliance links next-page warm-up skipped: {}", e.getMessage());
            }
        });
    }

    private void plan(Map<String, Object> after) {
        List<String> kinds = LinkKind.ALL.stream().map(Enum::name).toList();
        reader.withTimeout(TIMEOUT, () -> links.load(Set.of(new OrganizationLinks.Request("alliance:01", true,
                kinds, 1, new PageRequest(5, after, Map.of()), 5, null))));
    }
}
