package org.orggraph.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.orggraph.bench.BenchCase.LatencyTarget;

/**
 * The queries of the benchmark: the cookbook's ten ({@code graphql/examples/}), then the others (the
 * dashboard, {@code crossUnitLinks}, the filtered lists, a nested walk, one node by id). Each statement's parameters
 * are the literals of its document.
 */
public final class BenchCases {

    /** LinkKind in its schema order: kind counts and evidence turns follow it. */
    static final List<String> KIND_ORDER = List.of("SHARED_PERSON", "DUAL_REPORTING", "PROJECT_FOR_NEED",
            "RESOURCE_USED", "JOINT_ACTIVITY", "SUMMONS_ANSWERED");
    private static final String EXAMPLES = "graphql/examples/";
    /** Unit kinds in their schema order, as Dashboard.totals.unitsByKind lists them. */
    private static final List<String> UNIT_KINDS = List.of("AGENCY", "PUBLIC_INSTITUTION", "STATE_ENTERPRISE",
            "PRIVATE_ENTERPRISE", "SOCIAL_ORGANIZATION");

    private BenchCases() {
    }

    public static List<BenchCase> all() {
        return List.of(
                cookbook("cookbook-01-alliance-coverage", "01-alliance-coverage",
                        "what each alliance covers (counts)", Map.of("first", 18)),
                cookbook("cookbook-02-strongest-links", "02-strongest-links",
                        "an alliance's 3 strongest links with evidence", links("alliance:01", KIND_ORDER, 3, 3)),
                cookbook("cookbook-03-links-in-every-alliance", "03-links-in-every-alliance",
                        "every alliance's strongest link", Map.of("alliances", 18, "first", 1, "kinds", KIND_ORDER,
                                "kindOrder", KIND_ORDER)),
                cookbook("cookbook-04-isolated-members", "04-isolated-members", "an alliance's isolated members",
                        Map.of("allianceId", "alliance:18", "kinds", KIND_ORDER, "kindOrder", KIND_ORDER,
                                "jointKinds", List.of("PROJECT_FOR_NEED", "RESOURCE_USED", "JOINT_ACTIVITY",
                                        "SUMMONS_ANSWERED"))),
                cookbook("cookbook-05-summons-answered", "05-summons-answered", "links by answered summonses",
                        links("alliance:02", List.of("SUMMONS_ANSWERED"), 5, 1)),
                cookbook("cookbook-06-three-lists", "06-three-lists", "links by projects and resources",
                        links("alliance:03", List.of("PROJECT_FOR_NEED", "RESOURCE_USED"), 3, 2)),
                cookbook("cookbook-07-bridges", "07-bridges", "links to other alliances (bridges)",
                        Map.of("allianceId", "alliance:01", "first", 3, "kindOrder", KIND_ORDER)),
                cookbook("cookbook-08-search", "08-search", "full-text search by Chinese, pinyin, initials",
                        Map.of("chinese", "name:\"北景\"", "pinyin", "(pinyin:shaping* OR initials:shaping*"
                                        + " OR name:shaping* OR pinyin:shaping^4 OR initials:shaping^4)",
                                "pinyinTypes", List.of("Street", "Community"),
                                "initials", "(pinyin:spjd* OR initials:spjd* OR name:spjd* OR pinyin:spjd^4"
                                        + " OR initials:spjd^4)", "scan", 2000)),
                cookbook("cookbook-09-shortest-path", "09-shortest-path", "shortest paths between two nodes",
                        Map.of("from", "unit:0398", "to", "compound:24-01", "first", 2)),
                cookbook("cookbook-10-neighborhood", "10-neighborhood", "a community's neighbourhood",
                        Map.of("id", "community:07", "labels", List.of("ResidentialCompound", "PartyOrganization"),
                                "limit", 6)),
                bench("dashboard", "dashboard totals and funnel, whole city",
                        Map.of("unitKinds", UNIT_KINDS), LatencyTarget.DASHBOARD),
                bench("dashboard-as-of", "dashboard totals and funnel, whole city, as of 2019-06-30",
                        Map.of("unitKinds", UNIT_KINDS, "asOf", LocalDate.of(2019, 6, 30)), LatencyTarget.DASHBOARD),
                bench("cross-unit-links", "an alliance's 20 strongest links", links("alliance:01", KIND_ORDER, 20, 0),
                        LatencyTarget.CROSS_UNIT_LINKS),
                bench("people-name-contains", "people nameContains 欧阳, first 20 + totalCount",
                        Map.of("text", "欧阳", "first", 20), LatencyTarget.NONE),
                bench("units-filtered", "units of a kind in an alliance, first 20 + totalCount",
                        Map.of("allianceId", "alliance:18", "kinds", List.of("PRIVATE_ENTERPRISE"), "first", 20),
                        LatencyTarget.NONE),
                bench("alliance-units-nested", "alliance → 20 units → party organizations → 3 members",
                        Map.of("allianceId", "alliance:01", "first", 20, "members", 3), LatencyTarget.NONE),
                bench("unit-by-id", "one unit by id", Map.of("id", "unit:0398"), LatencyTarget.NONE));
    }

    /** The case of this name. */
    public static BenchCase named(String name) {
        return all().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no bench case " + name));
    }

    private static BenchCase cookbook(String name, String example, String question, Map<String, Object> parameters) {
        return new BenchCase(name, question, EXAMPLES + example + ".graphql", parameters,
                LatencyTarget.NONE);
    }

    private static BenchCase bench(String name, String question, Map<String, Object> parameters,
            LatencyTarget target) {
        return new BenchCase(name, question, "bench/" + name + ".graphql", parameters, target);
    }

    private static Map<String, Object> links(String allianceId, List<String> kinds, int first, int evidenceFirst) {
        return Map.of("allianceId", allianceId, "kinds", kinds, "kindOrder", KIND_ORDER, "first", first,
                "evidenceFirst", evidenceFirst);
    }
}
