package org.orggraph.alliance;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.orggraph.api.GraphReader;
import org.orggraph.api.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Plans the links statement once, in the background, as soon as the app is ready: Neo4j needs more than ten
 * seconds to plan it the first time (two copies of a 21-branch UNION), which would otherwise fall on the first
 * planner who opens an alliance's links. Later requests reuse the cached plan.
 */
@Component
class LinksWarmUp {

    private static final Logger log = LoggerFactory.getLogger(LinksWarmUp.class);

    /** Planning alone can take longer than the API's read timeout, which is for clients' requests. */
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final OrganizationLinks links;
    private final GraphReader reader;

    LinksWarmUp(OrganizationLinks links, GraphReader reader) {
        this.links = links;
        this.reader = reader;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread thread = new Thread(this::run, "orggraph-links-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        long started = System.nanoTime();
        try {
            List<String> kinds = LinkKind.ALL.stream().map(Enum::name).toList();
            reader.withTimeout(TIMEOUT, () -> links.load(Set.of(new OrganizationLinks.Request("alliance:01", true,
                    kinds, 1, new PageRequest(5, null, Map.of()), 5, null))));
            log.info("Alliance links statement planned and warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.info("Alliance links warm-up skipped: {}", e.getMessage());
        }
    }
}
