package org.orggraph.startup;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The start in the readiness probe ({@code management.endpoint.health.group.readiness.include}): OUT_OF_SERVICE
 * with the phase and the percentage while the database starts and the reference data loads, UP once ready, DOWN
 * with the phase when the start failed.
 */
@Component("startup")
class StartupHealthIndicator implements HealthIndicator {

    private final StartupProgress progress;

    StartupHealthIndicator(StartupProgress progress) {
        this.progress = progress;
    }

    @Override
    public Health health() {
        StartupProgress.Status status = progress.status();
        return switch (status.state()) {
            case READY -> Health.up().build();
            case STARTING -> Health.status(Status.OUT_OF_SERVICE).withDetail("phase", status.phase().label())
                    .withDetail("percent", status.percent()).build();
            case FAILED -> Health.down().withDetail("phase", status.phase().label())
                    .withDetail("error", status.failure()).build();
        };
    }
}
