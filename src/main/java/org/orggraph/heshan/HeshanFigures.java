package org.orggraph.heshan;

/**
 * The figures of the source report (see {@code shared/domain.md}) that the Heshan reference data reproduces at
 * scale 1, and the concrete values chosen where the source only says "more than" or "about".
 *
 * <p>Figures about organizations hold at every scale; figures about people (members, participations,
 * reporters, volunteers, mobilized members) are multiplied by the scale. {@code cypher/checks/heshan-figures.cypher}
 * recomputes every one of them from the graph.
 */
public final class HeshanFigures {

    private HeshanFigures() {
    }

    // ---- the city (exact at every scale)
    public static final double CITY_AREA_KM2 = 1082.7;
    public static final int CITY_POPULATION = 500_000;
    public static final long SPECIAL_FUND_YUAN = 10_000_000L;
    public static final int SPECIAL_FUND_SINCE = 2018;
    public static final long COMMUNITY_SERVICE_FUND_YUAN = 100_000L;
    public static final long COMMUNITY_OFFICE_FUND_YUAN = 100_000L;
    /** "about 8 million yuan" a year for the community workers' pay. */
    public static final long WORKER_PAY_BUDGET_YUAN = 8_000_000L;

    // ---- structure (exact at every scale)
    public static final int AGENCIES_AND_PUBLIC_INSTITUTIONS = 303;
    public static final int COMMUNITIES = 26;
    public static final int MAIN_URBAN_COMMUNITIES = 12;
    public static final int INDUSTRIAL_PARKS = 5;
    public static final int ALLIANCES = 18;
    public static final int URBAN_REGIONAL_ALLIANCES = 5;
    public static final int COVERED_PARTY_ORGANIZATIONS = 1_323;
    public static final int UPGRADED_SMALL_COMMUNITIES = 3;
    public static final int MAIN_URBAN_COMPOUND_BRANCHES = 49;
    public static final int EPIDEMIC_COMPOUND_BRANCHES = 20;
    public static final int GRIDS = 28;
    public static final int PARTY_MEMBER_TEAMS = 307;
    public static final int NON_PUBLIC_ENTERPRISE_TEAMS = 40;
    public static final int EPIDEMIC_PARTY_ORGANIZATIONS = 1_024;
    public static final int STATIONED_UNITS = 78;
    public static final int STAIRWELLS_WALKED = 2_292;
    public static final int HOUSEHOLDS_SCREENED = 36_268;
    public static final int SERVICE_CENTERS = 146;
    public static final int ACCESS_LIST_AREAS = 4;
    public static final int ACCESS_LIST_ITEMS = 26;
    public static final int NEGATIVE_LIST_ITEMS = 18;
    public static final int COMMUNITY_WORKERS = 168;
    public static final int HOUSEHOLDS_PER_COMMUNITY_WORKER = 300;
    public static final int CIVIL_SERVANT_SECRETARIES = 2;

    // ---- people (multiplied by the scale)
    public static final int COVERED_MEMBERS = 21_821;
    public static final int MAIN_URBAN_MEMBERS = 2_378;
    /** Each of the three upgraded communities has fewer than this many members (at scale 1). */
    public static final int COMMITTEE_THRESHOLD_MEMBERS = 100;
    public static final int EPIDEMIC_MEMBERS = 10_822;
    public static final int VOLUNTEER_POOL = 1_400;

    // ---- "more than N" and "about N": the source's N, and the value the reference data uses
    public static final int DUAL_REPORTING_MORE_THAN = 10_000;
    public static final int DUAL_REPORTING_MEMBERS = 10_436;
    public static final int THREE_LISTS_MORE_THAN = 600;
    public static final int NEEDS = 262;
    public static final int RESOURCES = 198;
    public static final int PROJECTS = 180;
    public static final int SERVICE_ACTIVITIES_MORE_THAN = 400;
    public static final int SERVICE_ACTIVITIES = 428;
    public static final int PARTICIPATIONS_MORE_THAN = 40_000;
    public static final int PARTICIPATIONS = 41_286;
    public static final int BENEFICIARIES_ABOUT = 200_000;
    /** Not scaled: the beneficiaries are residents, not members. Between 195,000 and 200,000 ("近20万"). */
    public static final int BENEFICIARIES = 197_538;
    public static final int STATIONED_FRONT_LINE_MORE_THAN = 1_100;
    public static final int STATIONED_FRONT_LINE = 1_136;
    public static final int NEW_BUILDING_AREA_MORE_THAN_M2 = 10_000;
    public static final int NEW_BUILDING_AREA_M2 = 10_680;
}
