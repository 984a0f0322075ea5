package org.orggraph.startup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The warning at start about the heap: only when the limit is far too small, or left to the JVM and far too big. */
class HeapAdviceTest {

    private static final long MB = 1024 * 1024;

    @Test
    void oneGigabyteIsAdvisedAtScaleOneAndMoreForLargerScales() {
        assertThat(HeapAdvice.advised(1)).isEqualTo(1024 * MB);
        assertThat(HeapAdvice.advised(10)).isEqualTo((1024 + 9 * 96) * MB);
    }

    @Test
    void theAdvisedHeapGivenExplicitlyOrByDefaultIsNotWarnedAbout() {
        assertThat(HeapAdvice.warning(1024 * MB, true, 1)).isEmpty();
        assertThat(HeapAdvice.warning(2048 * MB, false, 1)).isEmpty();
        assertThat(HeapAdvice.warning(16_384 * MB, true, 1)).as("a big limit chosen on purpose").isEmpty();
    }

    @Test
    void aDefaultHeapOfAQuarterOfABigMachineIsWarnedAboutWithTheFlagToUse() {
        assertThat(HeapAdvice.warning(16_384 * MB, false, 1)).hasValueSatisfying(warning -> assertThat(warning)
                .contains("No -Xmx was given", "16384 MB", "java -Xmx1g -jar orggraph.jar"));
    }

    @Test
    void aHeapTooSmallForTheScaleIsWarnedAbout() {
        assertThat(HeapAdvice.warning(512 * MB, true, 1)).hasValueSatisfying(warning -> assertThat(warning)
                .contains("limited to 512 MB", "about 1024 MB", "-Xmx1g"));
        assertThat(HeapAdvice.warning(1024 * MB, true, 10)).hasValueSatisfying(warning -> assertThat(warning)
                .contains("at scale 10", "-Xmx1888m"));
        assertThat(HeapAdvice.warning(10_240 * MB, true, 100)).as("the 10 GB that loaded scale 100").isEmpty();
        assertThat(HeapAdvice.warning(6_144 * MB, false, 100)).as("the default heap on a 24 GB machine")
                .hasValueSatisfying(warning -> assertThat(warning).contains("at scale 100", "-Xmx10528m"));
    }
}
