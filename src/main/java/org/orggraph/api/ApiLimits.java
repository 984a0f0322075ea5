package org.orggraph.api;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What one GraphQL request may ask for, checked before anything runs ({@link QueryCost}), and how long its reads
 * may take.
 *
 * @param maxCost          Worst-case cost a GraphQL request may have (page sizes times fan-out, see QueryCost); over
 *                         it the request is refused with TOO_EXPENSIVE before anything runs. The cookbook queries
 *                         cost at most 7,504, the largest test query 205,901.
 * @param maxFields        Fields a request may select, fragments expanded and aliases counted separately.
 * @param maxAliases       Aliased fields a request may have (each alias runs again).
 * @param maxRootFields    Fields directly under the operation (each one a query of its own).
 * @param maxDocumentBytes Size of the GraphQL document, in bytes (UTF-8).
 * @param maxRequestBytes  Size of the HTTP request body (document, variables and extensions), in bytes.
 * @param maxStringLength  Characters of any String or ID argument or input field (nameContains, text, ids);
 *                         longer is BAD_USER_INPUT.
 * @param maxCursorLength  Characters of a cursor (after).
 * @param defaultFanOut    Items counted per parent for a list field without a page size or a declared @fanOut bound.
 * @param readTimeout      Neo4j transaction timeout of every API read statement, planning included (the alliance
 *                         links statement takes 10-16 s to plan the first time on two busy cores).
 */
@Validated
@ConfigurationProperties("orggraph.limits")
public record ApiLimits(
        @DefaultValue("250000") @Min(1) int maxCost,
        @DefaultValue("1000") @Min(1) int maxFields,
        @DefaultValue("50") @Min(0) int maxAliases,
        @DefaultValue("20") @Min(1) int maxRootFields,
        @DefaultValue("100000") @Min(1) int maxDocumentBytes,
        @DefaultValue("1000000") @Min(1) int maxRequestBytes,
        @DefaultValue("100") @Min(1) int maxStringLength,
        @DefaultValue("1000") @Min(1) int maxCursorLength,
        @DefaultValue("20") @Min(1) int defaultFanOut,
        @DefaultValue("30s") Duration readTimeout) {

    /** The defaults, for code and tests that run without Spring. */
    public static ApiLimits defaults() {
        return new ApiLimits(250_000, 1000, 50, 20, 100_000, 1_000_000, 100, 1000, 20, Duration.ofSeconds(30));
    }
}
