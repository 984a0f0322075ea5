package org.orggraph.importer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which reference data a new, empty database receives on first start.
 *
 * @param sampleData  {@code heshan} (the default) or {@code none}
 * @param sampleScale multiplies the Heshan population (members and what they do) keeping the structure; for
 *                    benchmarks. The source's figures hold exactly at scale 1 only.
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
