package org.orggraph.api;

import java.time.Duration;
import java.util.Map;

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
 *                         cost at most 7,504, the largest test query 205,901. The budget of roles not in
 *                         role-max-cost.
 * @param roleMaxCost      Cost budget per role (VIEWER, PLANNER, EDITOR, ANALYST, ADMIN), instead of max-cost; a
 *                         caller with several roles has the largest of their budgets. application.yml gives VIEWER
 *                         25000 and PLANNER 100000.
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
 *                         links statement takes 10-16 s to plan the first time on two busy cores); also the time all
 *                         reads of one GraphQL request over HTTP may take together (each runs under what is left,
 *                         then TOO_EXPENSIVE).
 */
@Validated
@ConfigurationProperties("orggraph.limits")
public record ApiLimits(
        @DefaultValue("250000") @Min(1) int maxCost,
        Map<Role, @Min(1) Integer> roleMaxCost,
        @DefaultValue("1000") @Min(1) int maxFields,
        @DefaultValue("50") @Min(0) int maxAliases,
        @DefaultValue("20") @Min(1) int maxRootFields,
        @DefaultValue("100000") @Min(1) int maxDocumentBytes,
        @DefaultValue("1000000") @Min(1) int maxRequestBytes,
        @DefaultValue("100") @Min(1) int maxStringLength,
        @DefaultValue("1000") @Min(1) int maxCursorLength,
        @DefaultValue("20") @Min(1) int defaultFanOut,
        @DefaultValue("30s") Duration readTimeout) {

    public ApiLimits {
        roleMaxCost = roleMaxCost == null ? Map.of() : Map.copyOf(roleMaxCost);
    }

    /** The defaults, for code and tests that run without Spring. */
    public static ApiLimits defaults() {
        return new ApiLimits(250_000, Map.of(), 1000, 50, 20, 100_000, 1_000_000, 100, 1000, 20,
                Duration.ofSeconds(30));
    }

    /**
     * The cost budget of a caller: the largest budget among their roles; {@link #maxCost()} for a role without its
     * own; the smallest budget there is for a caller without roles (a request from inside the app, which
     * the security configuration never lets through from outside).
     */
    public int maxCost(Caller caller) {
        if (caller.roles().isEmpty()) {
            return roleMaxCost.values().stream().reduce(maxCost, Math::min);
        }
        return caller.roles().stream().mapToInt(role -> roleMaxCost.getOrDefault(role, maxCost)).max()
                .orElse(maxCost);
    }
}
