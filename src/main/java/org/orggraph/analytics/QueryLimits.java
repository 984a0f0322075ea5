package org.orggraph.analytics;

import java.time.Duration;

/**
 * How long one statement may run and how many rows it may return.
 */
public record QueryLimits(Duration timeout, int maxRows) {

    public QueryLimits {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive, e.g. 60s");
        }
        if (maxRows < 1) {
            throw new IllegalArgumentException("the row limit must be at least 1");
        }
    }
}
