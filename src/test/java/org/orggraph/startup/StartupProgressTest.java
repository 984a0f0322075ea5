package org.orggraph.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Where the start is, as the probe and GraphQL see it: phases in order, a rising percentage, then ready or failed. */
@ExtendWith(OutputCaptureExtension.class)
class StartupProgressTest {

    private final StartupProgress progress = new StartupProgress();

    @Test
    void aStartBeginsInTheDatabasePhaseAtZeroPercentAndIsNotReady() {
        assertThat(progress.status().state()).isEqualTo(StartupProgress.State.STARTING);
        assertThat(progress.status().phase()).isEqualTo(StartupPhase.DATABASE);
        assertThat(progress.status().percent()).isZero();
        assertThat(progress.ready()).isFalse();
    }

    @Test
    void thePercentageRisesWithinAPhaseAndAcrossPhasesAndNeverGoesBack() {
        progress.begin(StartupPhase.REFERENCE_DATA);
        int atStart = progress.status().percent();
        progress.advance(StartupPhase.REFERENCE_DATA, 0.5);
        int halfway = progress.status().percent();
        progress.advance(StartupPhase.REFERENCE_DATA, 0.25);

        assertThat(atStart).isEqualTo(40);
        assertThat(halfway).isEqualTo(62);
        assertThat(progress.status().percent()).as("a late, smaller report changes nothing").isEqualTo(halfway);
        assertThat(progress.status().describe()).isEqualTo("reference data 62%");

        progress.advance(StartupPhase.DATABASE, 0.9);
        assertThat(progress.status().phase()).as("a report of another phase is ignored")
                .isEqualTo(StartupPhase.REFERENCE_DATA);
    }

    @Test
    void eachFinishedPhaseIsOneNumberedLogLine(CapturedOutput output) {
        progress.begin(StartupPhase.MIGRATIONS);
        progress.finished(StartupPhase.MIGRATIONS, "schema at version 0003", 1234);

        assertThat(output.getOut()).contains("Start-up 3/5 migrations (40%, 1234 ms): schema at version 0003");
        assertThat(progress.status().percent()).isEqualTo(40);
    }

    @Test
    void readyIsFinalAndAHundredPercent() throws InterruptedException {
        progress.begin(StartupPhase.WARM_UP);
        progress.becameReady();
        progress.begin(StartupPhase.DATABASE);
        progress.failed(StartupPhase.DATABASE, new IllegalStateException("late"));

        assertThat(progress.ready()).isTrue();
        assertThat(progress.status().percent()).isEqualTo(100);
        assertThat(progress.awaitOutcome(Duration.ofMillis(1)).ready()).isTrue();
    }

    @Test
    void aFailureKeepsItsPhaseAndReasonAndEndsTheWait() throws InterruptedException {
        progress.begin(StartupPhase.PROCEDURES);
        Thread failing = new Thread(() -> progress.failed(StartupPhase.PROCEDURES, new IllegalStateException("boom")));
        failing.start();

        StartupProgress.Status status = progress.awaitOutcome(Duration.ofMinutes(1));

        assertThat(status.state()).isEqualTo(StartupProgress.State.FAILED);
        assertThat(status.phase()).isEqualTo(StartupPhase.PROCEDURES);
        assertThat(status.failure()).isEqualTo("boom");
        assertThat(status.describe()).isEqualTo("failed in phase procedures: boom");
        progress.becameReady();
        assertThat(progress.ready()).as("a failed start does not become ready").isFalse();
    }

    @Test
    void waitingForAStartThatGoesOnReturnsTheStatusAtTheTimeout() throws InterruptedException {
        assertThat(progress.awaitOutcome(Duration.ofMillis(50)).state()).isEqualTo(StartupProgress.State.STARTING);
    }
}
