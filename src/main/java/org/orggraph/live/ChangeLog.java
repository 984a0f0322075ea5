package org.orggraph.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.orggraph.api.CypherFiles;
import org.orggraph.api.GraphReader;
import org.orggraph.history.ChangeEvent;
import org.orggraph.node.NodeResolver;
import org.springframework.stereotype.Component;

/**
 * The change history as a feed: numbers committed ChangeEvents in the order they are seen committed, and reads
 * them after a number ({@code cypher/live/*.cypher}).
 *
 * <p>Why numbers written by the feed, not the events' {@code at}: {@code at} is taken inside the writing
 * transaction, before its commit. Two concurrent mutations can commit in the other order than their {@code at}s
 * (the one stamped first commits last), so a reader that has passed the later {@code at} would never see the
 * earlier one; imports have no {@code at} at all. A ChangeEvent is numbered only once it is committed (the feed
 * cannot see it before), and always after every number already given, under the lock of the one ChangeFeed node:
 * every app instance numbers in turn, and a reader that sees number n sees every number below it (they were
 * committed before the lock was released). So "everything after my cursor" never skips a committed change, on any
 * instance.
 */
@Component
class ChangeLog {

    /** At most this many changes are numbered in one transaction, or read in one page. */
    static final int PAGE = 100;

    private final Driver driver;
    private final GraphReader reader;
    private final CypherFiles cypher;
    private final NodeResolver resolver;

    ChangeLog(Driver driver, GraphReader reader, CypherFiles cypher, NodeResolver resolver) {
        this.driver = driver;
        this.reader = reader;
        this.cypher = cypher;
        this.resolver = resolver;
    }

    /**
     * Numbers the committed changes that have no number yet (up to {@link #PAGE}), in one write transaction that
     * first takes the feed's lock. Writes nothing when nothing waits. Whether anything was waiting.
     */
    boolean number() {
        if (reader.read(cypher.load("live/waiting"), Map.of()).isEmpty()) {
            return false;
        }
        // The feed's bookmarks are the executable queries' ones, so the reads that follow see these numbers.
        SessionConfig config = SessionConfig.builder()
                .withBookmarkManager(driver.executableQueryBookmarkManager()).build();
        try (var session = driver.session(config)) {
            session.executeWriteWithoutResult(tx -> {
                long last = tx.run(cypher.load("live/lock")).single().get("last").asLong();
                tx.run(cypher.load("live/number"), Map.of("last", last, "batch", PAGE)).consume();
            });
        }
        return true;
    }

    /** The feed's last number (0 before anything was numbered). */
    long last() {
        return reader.read(cypher.load("live/last"), Map.of()).get(0).get("last").asLong();
    }

    /** The numbered changes after {@code seq}, in order, at most {@link #PAGE}, read through the read path. */
    List<Numbered> after(long seq) {
        List<Record> rows = reader.read(cypher.load("live/after"), Map.of("after", seq, "first", PAGE));
        List<String> ids = rows.stream().map(r -> r.get("id").asString()).toList();
        List<Object> events = ids.isEmpty() ? List.of() : resolver.byIds(ids);
        List<Numbered> numbered = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            // a change deleted since (the tests clean up after themselves) has no event any more
            if (events.get(i) instanceof ChangeEvent event) {
                numbered.add(new Numbered(rows.get(i).get("seq").asLong(), rows.get(i).get("type").asString(null),
                        event));
            }
        }
        return numbered;
    }

    /** The ids among {@code ids} of changes that concern the area and the alliance (either may be null). */
    Set<String> concerning(List<String> ids, String areaId, String allianceId) {
        Map<String, Object> params = new HashMap<>();
        params.put("ids", ids);
        params.put("areaId", areaId);
        params.put("allianceId", allianceId);
        Set<String> found = new LinkedHashSet<>();
        reader.read(cypher.load("live/concerning"), params).forEach(r -> found.add(r.get("id").asString()));
        return found;
    }
}
