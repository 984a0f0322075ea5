package org.orggraph.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bounds on what one query may ask, all checked before anything runs ({@link QueryCost}): at most
 * {@value #MAX_DEPTH} levels of nested fields (deep enough for any planner's question, shallow enough that no query
 * walks the whole graph), and a worst-case cost, fields, aliases, root fields and string lengths within
 * {@link ApiLimits}; pages are bounded by {@link PageRequests}.
 */
@Configuration(proxyBeanMethods = false)
class QueryLimits {

    static final int MAX_DEPTH = 15;

    /**
     * The depth is checked there too, with GraphQL Java's message, but counted without walking a fragment more than
     * once (its MaxQueryDepthInstrumentation expands every spread, which a fragment bomb makes endless).
     */
    @Bean
    QueryCost queryCost(ApiLimits limits) {
        return new QueryCost(limits, MAX_DEPTH);
    }
}
