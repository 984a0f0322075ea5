package org.orggraph.live;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The live change feed ({@code changes} subscription).
 *
 * @param pollInterval   How often each app instance reads the change history for new committed changes while it has
 *                       subscribers (one poller per instance, shared by all of them; none without subscribers).
 * @param maxSubscribers Subscriptions one instance serves at once; one more is refused with TOO_EXPENSIVE.
 */
@Validated
@ConfigurationProperties("orggraph.live")
public record LiveProperties(
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("500") @Min(1) @Max(100_000) int maxSubscribers) {
}
