package org.orggraph.heshan;

import org.orggraph.importer.GraphBatch;

/**
 * The Heshan reference data set: a synthetic but faithful picture of the urban grassroots party-building network
 * described in the source report (鹤山市, 2018–2021). At scale 1 it reproduces every figure of the report exactly
 * (see {@link HeshanFigures} and {@code cypher/checks/heshan-figures.cypher}) as of today; invented names carry
 * {@code generated: true}. Its history ({@link HistoryStep}: late alliance joins, transfers, upgrades, moves, from
 * 2018 to mid-2024) lies only in the past, so that a view "as of" a day differs by year.
 *
 * <p>Fully deterministic: a fixed seed, separate random streams per step, no clock and no hash-order iteration,
 * so the same scale always gives the same batch. Scale N multiplies the population (members and what they do:
 * memberships, employment, residence, reporting, participation, mobilization, volunteering) and keeps the
 * structure (areas, units, organizations, alliances, lists, activities, centers) unchanged.
 */
public final class HeshanGenerator {

    /** "Heshan" in ASCII; changing it gives another, equally valid data set, and breaks nothing but reproducibility. */
    static final long SEED = 0x4865_7368_616EL;

    public GraphBatch generate(int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1, was " + scale);
        }
        World world = new World(SEED, scale);
        HistoryStep history = new HistoryStep(world);
        new StructureStep(world, history).run();
        new PeopleStep(world, history).run();
        new EpidemicStep(world).run();
        new ActivitiesStep(world).run();
        history.run();
        return world.batch;
    }
}
