package org.orggraph.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import org.neo4j.driver.Record;
import org.orggraph.api.ApiException;
import org.orggraph.api.KeptQueries;
import org.orggraph.model.NodeLabel;
import org.orggraph.node.NodeResolver;
import org.orggraph.node.ReadPath;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code dashboard(areaId, allianceId, asOf)}: the root only checks the scope; each group under it (totals, coverage,
 * funnel, activity by month, most and least connected units) is one statement of its own, run only when the group is
 * selected ({@link DashboardStatements}). Under {@code asOf} the same statements read the network of that day
 * (relationships in force then, levels then, what was raised, claimed and held by then).
 */
@Controller
class DashboardController {

    static final int MAX_MONTHS = 120;
    static final int MAX_UNITS = 100;

    private final DashboardStatements statements;
    private final NodeResolver resolver;
    private final ReadPath readPath;

    private final Clock clock;

    DashboardController(DashboardStatements statements, NodeResolver resolver, ReadPath readPath) {
        this.statements = statements;
        this.resolver = resolver;
        this.readPath = readPath;
        this.clock = Clock.systemDefaultZone();
    }

    @QueryMapping
    Dashboard dashboard(@Argument String areaId, @Argument String allianceId, @Argument LocalDate asOf,
            GraphQLContext context) {
        // The cursor the request's whole response is kept under (api/KeptResponses read it), so it is read once.
        DashboardResponses.Cursor cursor = context.get(KeptQueries.CURSOR);
        return scope(areaId, allianceId, asOf, cursor == null ? null : cursor.history());
    }

    /** The scope, its groups kept under {@code cursor} (read now when null). */
    Dashboard scope(String areaId, String allianceId, LocalDate asOf, DashboardStatements.HistoryCursor cursor) {
        LocalDate today = LocalDate.now(clock);
        if (asOf != null && asOf.isAfter(today)) {
            throw ApiException.badInput("asOf " + asOf + " is in the future (today is " + today + ")");
        }
        return new Dashboard(areaId, allianceId, asOf,
                existing("areaId", areaId, "area", NodeLabel.Street, NodeLabel.Town, NodeLabel.City),
                existing("allianceId", allianceId, "alliance", NodeLabel.Alliance),
                cursor != null ? cursor : statements.cursor());
    }

    private Object existing(String argument, String id, String what, NodeLabel... labels) {
        if (id == null) {
            return null;
        }
        NodeResolver.requireKind(argument, id, labels);
        Object found = resolver.byId(id);
        if (found == null) {
            throw ApiException.notFound(what, id);
        }
        return found;
    }

    @SchemaMapping
    Object area(Dashboard dashboard) {
        return dashboard.area();
    }

    @SchemaMapping
    Object alliance(Dashboard dashboard) {
        return dashboard.alliance();
    }

    @SchemaMapping
    DashboardTotals totals(Dashboard dashboard) {
        Record r = only(statements.run("totals", dashboard, Map.of()));
        List<UnitKindCount> kinds = r.get("unitsByKind").asList(v -> new UnitKindCount(v.get("kind").asString(),
                v.get("count").asInt())).stream().filter(k -> k.count() > 0).toList();
        return new DashboardTotals(r.get("communities").asInt(), r.get("compounds").asInt(),
                r.get("industrialParks").asInt(), r.get("units").asInt(), kinds, r.get("partyOrganizations").asInt(),
                r.get("members").asInt(), r.get("alliances").asInt(), r.get("serviceCenters").asInt());
    }

    @SchemaMapping
    DashboardCoverage coverage(Dashboard dashboard) {
        Record r = only(statements.run("coverage", dashboard, Map.of()));
        int communities = r.get("communities").asInt();
        int compounds = r.get("compounds").asInt();
        return new DashboardCoverage(Rate.of(r.get("communitiesWithCommittee").asInt(), communities),
                Rate.of(r.get("compoundsWithBranch").asInt(), compounds),
                Rate.of(r.get("reportedUnits").asInt(), r.get("hostingUnits").asInt()),
                Rate.of(r.get("reportedMembers").asInt(), r.get("members").asInt()),
                Rate.of(r.get("communitiesWithServiceCenter").asInt(), communities),
                Rate.of(r.get("compoundsInGrid").asInt(), compounds));
    }

    @SchemaMapping
    ThreeListsFunnel funnel(Dashboard dashboard) {
        Record r = only(statements.run("funnel", dashboard, Map.of()));
        return new ThreeListsFunnel(r.get("raised").asInt(), r.get("matched").asInt(), r.get("inProgress").asInt(),
                r.get("done").asInt(), r.get("resourcesOffered").asInt(), r.get("projectsClaimed").asInt());
    }

    @SchemaMapping
    List<MonthlyActivity> activityByMonth(Dashboard dashboard, @Argument List<String> kinds, @Argument Integer months) {
        int n = ApiException.within("months", months, 24, 1, MAX_MONTHS);
        Map<String, Object> params = new HashMap<>();
        params.put("kinds", kinds == null || kinds.isEmpty() ? null : kinds.stream().distinct().sorted().toList());
        params.put("months", n);
        return statements.run("activity-by-month", dashboard, params).stream()
                .map(r -> new MonthlyActivity(r.get("month").asString(), r.get("activities").asInt(),
                        r.get("participations").asInt(), r.get("beneficiaries").asInt()))
                .toList();
    }

    @SchemaMapping
    List<ConnectedUnit> mostConnectedUnits(Dashboard dashboard, @Argument Integer first) {
        return connected(dashboard, first, true);
    }

    @SchemaMapping
    List<ConnectedUnit> leastConnectedUnits(Dashboard dashboard, @Argument Integer first) {
        return connected(dashboard, first, false);
    }

    /** The first {@code first} of the scope's units by partners (dashboard/connected-units: all of them, most first). */
    private List<ConnectedUnit> connected(Dashboard dashboard, Integer first, boolean descending) {
        int n = ApiException.within("first", first, 10, 1, MAX_UNITS);
        List<Record> all = statements.run("connected-units", dashboard, Map.of());
        Comparator<Record> fewestFirst = Comparator.<Record>comparingInt(r -> r.get("partners").asInt())
                .thenComparing(r -> r.get("id").asString());
        List<Record> chosen = descending ? all.subList(0, Math.min(n, all.size()))
                : all.stream().sorted(fewestFirst).limit(n).toList();
        List<ConnectedUnit> units = new ArrayList<>();
        for (Record r : chosen) {
            Object unit = readPath.object(r.get("unit"));
            if (unit != null) {
                units.add(new ConnectedUnit(unit, r.get("partners").asInt()));
            }
        }
        return units;
    }

    private static Record only(List<Record> records) {
        return records.get(0);
    }
}
