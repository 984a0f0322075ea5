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
 * @param maxCost          the worst-case cost a request may have (see {@link QueryCost} for the formula): about
 *                         as many values as a request may answer. The cookbook queries cost at most 7,504; the
 *                         largest test use, 100 compounds with their buildings, leaders and residents, 205,901;
 *                         the depth-12 fan-out of the hostile-input corpus several millions
 * @param maxFields        fields of the operation, counted with fragments expanded and aliases separately
 * @param maxAliases       aliased fields of the operation (each alias is a field of its own, run again)
 * @param maxRootFields    fields directly under the operation (each one a query of its own)
 * @param maxDocumentBytes the document (UTF-8)
 * @param maxRequestBytes  the HTTP request body (document, variables and extensions)
 * @param maxStringLength  characters of any String or ID argument or input field ({@code nameContains},
 *                         {@code text}, ids), cursors excepted
 * @param maxCursorLength  characters of a cursor ({@code after})
 * @param defaultFanOut    items assumed per parent for a list field without a page size or a declared
 *                         {@code @fanOut}: a default page; lists that reach more in the Heshan data declare
 *                         their bound ({@code FanOutBoundsTest})
 * @param readTimeout      the Neo4j transaction timeout of every API read statement; it includes planning, and
 *                         Neo4j plans the alliance links statement in 10–16 s the first time on two busy cores
 *                         (see LinksWarmUp), hence 30 s rather than a few
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
