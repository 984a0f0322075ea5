package org.orggraph.startup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code warm-up} start-up phase.
 *
 * @param enabled Plan the alliance links statement and compute the city's dashboard before the app reports ready, so
 *                that the first planner and the first big screen do not wait for Neo4j's planning (10-45 s on two
 *                busy cores); false makes the app ready sooner and leaves that to the first requests (scripts, test
 *                runs, a restart in a hurry). The link projection is computed when missing either way.
 */
@ConfigurationProperties("orggraph.warm-up")
public record WarmUpProperties(@DefaultValue("true") boolean enabled) {
}
