package org.orggraph.importer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which reference data a new, empty database receives on first start.
 *
 * @param sampleData  Reference data loaded into an empty database: heshan or none.
 * @param sampleScale Multiplies the Heshan population, keeping its structure, from 1 to 100 (for benchmarks; the
 *                    source's figures hold at 1 only). Also --scale N.
 */
@Validated
@ConfigurationProperties("orggraph")
public record SampleDataProperties(
        @DefaultValue("heshan") SampleData sampleData,
        @DefaultValue("1") @Min(1) @Max(100) int sampleScale) {

    public enum SampleData {
        HESHAN, NONE
    }
}
