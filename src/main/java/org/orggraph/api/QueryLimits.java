package org.orggraph.api;

import graphql.analysis.MaxQueryDepthInstrumentation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bounds on what one query may ask: at most {@value #MAX_DEPTH} levels of nested fields (deep enough for any
 * planner's question, shallow enough that no query walks the whole graph); pages are bounded by {@link Paging}.
 */
@Configuration(proxyBeanMethods = false)
class QueryLimits {

    static final int MAX_DEPTH = 15;

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth() {
        return new MaxQueryDepthInstrumentation(MAX_DEPTH);
    }
}
