package org.orggraph.heshan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.orggraph.heshan.Model.Alliance;
import org.orggraph.heshan.Model.Building;
import org.orggraph.heshan.Model.Community;
import org.orggraph.heshan.Model.Compound;
import org.orggraph.heshan.Model.District;
import org.orggraph.heshan.Model.Level;
import org.orggraph.heshan.Model.Node;
import org.orggraph.heshan.Model.Park;
import org.orggraph.heshan.Model.Po;
import org.orggraph.heshan.Model.PoKind;
import org.orggraph.heshan.Model.Simple;
import org.orggraph.heshan.Model.Size;
import org.orggraph.heshan.Model.Unit;
import org.orggraph.heshan.Model.UnitKind;
import org.orggraph.heshan.Model.Village;
import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;

import static org.orggraph.heshan.Model.named;
import static org.orggraph.heshan.Model.props;

/**
 * The structure of Heshan, identical at every scale: areas down to buildings, grids, units, alliances, party
 * organizations (with how many members each has at scale 1), service centers and the duty lists.
 */
final class StructureStep {

    /** Community workers per main-urban community (one per 300 households; 130 in all). */
    private static final List<Integer> MAIN_URBAN_WORKERS = List.of(14, 12, 11, 13, 10, 9, 12, 11, 8, 7, 12, 11);
    /** Community workers per town community (38 in all; 130 + 38 = 168). */
    private static final List<Integer> TOWN_WORKERS = List.of(3, 3, 2, 3, 2, 3, 3, 2, 3, 2, 3, 3, 3, 3);
    /** The three main-urban communities with fewer than 100 members (their branch was upgraded), and their members. */
    private static final List<Integer> SMALL_COMMUNITIES = List.of(6, 9, 10);
    private static final List<Integer> SMALL_COMMUNITY_MEMBERS = List.of(71, 86, 94);
    /** Members of the 14 town communities (with their compound branches) and of the five park committees. */
    private static final int TOWN_COMMUNITY_MEMBERS = 1_162;
    private static final List<Integer> PARK_MEMBERS = List.of(14, 18, 12, 16, 13);
    /** Urban regional alliance of each main-urban community (index into the five). */
    private static final List<Integer> URBAN_ALLIANCE_OF = List.of(0, 0, 0, 1, 1, 1, 2, 2, 3, 3, 4, 4);
    private static final List<Integer> URBAN_ALLIANCE_WEIGHTS = List.of(3, 3, 2, 2, 2);
    /** Street agencies and institutions in the street's industrial-park alliance rather than a regional one. */
    private static final int STREET_UNITS_IN_PARK_ALLIANCE = 15;
    private static final LocalDate ALLIANCES_FROM = LocalDate.of(2018, 5, 1);
    private static final LocalDate ALLIANCES_TO = LocalDate.of(2018, 8, 31);

    private final World w;
    private final Random r;
    private final HistoryStep history;
    private Alliance[] parkAlliance;

    StructureStep(World world, HistoryStep history) {
        this.w = world;
        this.r = world.random(1);
        this.history = history;
    }

    void run() {
        areas();
        villages();
        parks();
        communities();
        grids();
        alliances();
        units();
        unitPartyOrganizations();
        communityPartyOrganizations();
        unitMembers();
        writeUnits();
        allianceMembership();
        expandedCommittees();
        unitReporting();
        serviceCenters();
        dutyLists();
        checkCoverage();
    }

    // ------------------------------------------------------------------ areas

    private void areas() {
        w.node(w.city, named(ChineseName.of(Texts.CITY), false,
                "areaKm2", HeshanFigures.CITY_AREA_KM2, "population", HeshanFigures.CITY_POPULATION,
                "specialFundYuan", HeshanFigures.SPECIAL_FUND_YUAN, "specialFundSince", HeshanFigures.SPECIAL_FUND_SINCE,
                "communityWorkerPayBudgetYuan", HeshanFigures.WORKER_PAY_BUDGET_YUAN));
        w.cityCommittee = po("po:city:heshan", "中共鹤山市委员会", Level.COMMITTEE, PoKind.CITY, w.city, null,
                LocalDate.of(1949, 10, 20), false);
        w.cityAgencies = po("po:city:heshan:1", "中共鹤山市直属机关工作委员会", Level.COMMITTEE, PoKind.CITY_AGENCIES, w.city,
                w.cityCommittee, LocalDate.of(1984, 6, 1), true);

        w.street = new District(NodeLabel.Street, "shaping", ChineseName.of(Texts.STREET));
        w.node(w.street, named(w.street.name, false));
        w.rel(w.street, RelType.PART_OF, w.city);
        // 大工委: the street's working committee, which drives the alliances
        w.street.committee = po("po:street:shaping", Texts.STREET + "大工委", Level.COMMITTEE, PoKind.DISTRICT, w.street,
                w.cityCommittee, LocalDate.of(2018, 3, 16), false);
        w.street.committee.district = w.street;
        w.street.organ = po("po:street:shaping:1", Texts.STREET + "机关党支部", Level.BRANCH, PoKind.ORGAN, w.street,
                w.street.committee, LocalDate.of(1988, 7, 1), true);
        w.street.organ.district = w.street;
        w.street.organ.baseMembers = 46;

        for (int t = 0; t < Texts.TOWN_NAMES.size(); t++) {
            String townName = Texts.TOWN_NAMES.get(t);
            District town = new District(NodeLabel.Town, Texts.TOWN_KEYS.get(t), ChineseName.of(townName));
            w.towns.add(town);
            w.node(town, named(town.name, false));
            w.rel(town, RelType.PART_OF, w.city);
            town.committee = po("po:town:" + town.key, townName + "党委", Level.COMMITTEE, PoKind.DISTRICT, town,
                    w.cityCommittee, LocalDate.of(1987, 1, 1).plusDays(r.nextInt(3000)), false);
            town.committee.district = town;
            town.organ = po("po:town:" + town.key + ":1", townName + "机关党支部", Level.BRANCH, PoKind.ORGAN, town,
                    town.committee, LocalDate.of(1988, 1, 1).plusDays(r.nextInt(3000)), true);
            town.organ.district = town;
            town.organ.baseMembers = Apportion.between(r, 18, 35);
        }
    }

    private void villages() {
        int no = 0;
        for (int t = 0; t < w.towns.size(); t++) {
            District town = w.towns.get(t);
            for (int k = 0; k < Texts.TOWN_VILLAGES.get(t); k++) {
                no++;
                String name = w.names.place(r) + "村";
                Village village = new Village("village:" + Model.pad(no, 3), ChineseName.of(name), town);
                town.villages.add(village);
                w.villages.add(village);
                w.node(village, named(village.name, true));
                w.rel(village, RelType.PART_OF, town);
                village.po = po("po:" + village.id, name + "党支部", Level.BRANCH, PoKind.VILLAGE, village,
                        town.committee, LocalDate.of(1956, 1, 1).plusDays(r.nextInt(12_000)), true);
                village.po.village = village;
                village.po.baseMembers = Apportion.between(r, 14, 42);
            }
        }
    }

    private void parks() {
        for (int p = 0; p < Texts.PARK_NAMES.size(); p++) {
            District district = Texts.PARK_DISTRICT.get(p) < 0 ? w.street : w.towns.get(Texts.PARK_DISTRICT.get(p));
            Park park = new Park(p + 1, ChineseName.of(Texts.PARK_NAMES.get(p)), district);
            w.parks.add(park);
            w.node(park, named(park.name, true));
            w.rel(park, RelType.PART_OF, district);
            park.po = po("po:" + park.id, park.name.name() + "党委", Level.COMMITTEE, PoKind.PARK, park,
                    district.committee, LocalDate.of(2008, 1, 1).plusDays(r.nextInt(2500)), true);
            park.po.park = park;
            park.po.baseMembers = PARK_MEMBERS.get(p);
        }
    }

    private void communities() {
        // households: 300 per community worker, give or take (never enough to change the rounding); the offsets
        // come in opposite pairs so the city's total is exactly 168 × 300
        int[] offsets = new int[26];
        for (int i = 0; i < 13; i++) {
            offsets[i] = Apportion.between(r, -120, 120);
            offsets[i + 13] = -offsets[i];
        }
        int no = 0;
        for (int i = 0; i < MAIN_URBAN_WORKERS.size(); i++) {
            no++;
            addCommunity(no, true, w.street, MAIN_URBAN_WORKERS.get(i), offsets[no - 1]);
        }
        int townIndex = 0;
        for (int t = 0; t < w.towns.size(); t++) {
            for (int k = 0; k < Texts.TOWN_COMMUNITIES.get(t); k++) {
                no++;
                addCommunity(no, false, w.towns.get(t), TOWN_WORKERS.get(townIndex++), offsets[no - 1]);
            }
        }
        for (int s : SMALL_COMMUNITIES) {
            w.communities.get(s - 1).small = true;
        }
    }

    private void addCommunity(int no, boolean mainUrban, District district, int workers, int offset) {
        String name = w.names.place(r) + "社区";
        Community c = new Community(no, ChineseName.of(name), mainUrban, district, workers * 300 + offset, workers);
        district.communities.add(c);
        w.communities.add(c);
        w.node(c, named(c.name, true, "mainUrban", mainUrban, "households", c.households,
                "serviceFundYuan", HeshanFigures.COMMUNITY_SERVICE_FUND_YUAN,
                "officeFundYuan", HeshanFigures.COMMUNITY_OFFICE_FUND_YUAN));
        w.rel(c, RelType.PART_OF, district);
        int compounds = mainUrban ? Apportion.between(r, 6, 10) : Apportion.between(r, 3, 5);
        for (int k = 1; k <= compounds; k++) {
            Compound compound = new Compound("compound:" + Model.pad(no, 2) + "-" + Model.pad(k, 2), ChineseName.of(w.names.compound(r)), c);
            c.compounds.add(compound);
            w.compounds.add(compound);
            w.node(compound, named(compound.name, true));
            w.rel(compound, RelType.PART_OF, c);
            int buildings = mainUrban ? Apportion.between(r, 8, 18) : Apportion.between(r, 4, 12);
            for (int b = 1; b <= buildings; b++) {
                double x = r.nextDouble();
                int stairwells = x < 0.2 ? 1 : x < 0.6 ? 2 : x < 0.9 ? 3 : 4;
                Building building = new Building("building:" + Model.pad(no, 2) + "-" + Model.pad(k, 2) + "-" + Model.pad(b, 2),
                        ChineseName.of(compound.name.name() + b + "栋"), compound, stairwells);
                compound.buildings.add(building);
                w.buildings.add(building);
                w.node(building, named(building.name(), true, "stairwells", stairwells));
                w.rel(building, RelType.PART_OF, compound);
            }
        }
    }

    private void grids() {
        List<Compound> urban = w.compounds.stream().filter(c -> c.community.mainUrban).toList();
        double[] equal = new double[HeshanFigures.GRIDS];
        java.util.Arrays.fill(equal, 1);
        int[] sizes = Apportion.largestRemainder(urban.size(), equal);
        int next = 0;
        for (int g = 1; g <= HeshanFigures.GRIDS; g++) {
            Simple grid = new Simple(NodeLabel.Grid, "grid:" + Model.pad(g, 2));
            w.node(grid, named(ChineseName.of(Texts.STREET + "第" + Names.numeral(g) + "网格"), true, "number", g));
            w.rel(grid, RelType.PART_OF, w.street);
            // neighbouring compounds share a grid: the list is in community order
            for (int k = 0; k < sizes[g - 1]; k++) {
                w.rel(grid, RelType.COVERS, urban.get(next++));
            }
        }
    }

    // ------------------------------------------------------------------ alliances and units

    private void alliances() {
        int no = 0;
        for (String name : Texts.URBAN_ALLIANCE_NAMES) {
            alliance(++no, name, true, w.street);
        }
        for (int i = 0; i < MAIN_URBAN_WORKERS.size(); i++) {
            w.alliances.get(URBAN_ALLIANCE_OF.get(i)).communities.add(w.communities.get(i));
        }
        parkAlliance = new Alliance[w.parks.size()];
        parkAlliance[0] = alliance(++no, w.parks.get(0).name.name() + "党建共同体", false, w.street);
        for (District town : w.towns) {
            Alliance a = alliance(++no, town.name.name() + "党建共同体", false, town);
            a.communities.addAll(town.communities);
        }
        // parks 2–4 have an alliance of their own; park 5 (鹤城) belongs to its town's alliance
        for (int p = 1; p < w.parks.size(); p++) {
            Park park = w.parks.get(p);
            parkAlliance[p] = p < 4 ? alliance(++no, park.name.name() + "党建共同体", false, park.district)
                    : w.alliances.stream().filter(a -> a.district == park.district && a.parks.isEmpty()
                            && !a.communities.isEmpty()).findFirst().orElseThrow();
        }
        for (int p = 0; p < w.parks.size(); p++) {
            parkAlliance[p].parks.add(w.parks.get(p));
            w.parks.get(p).alliance = parkAlliance[p];
        }
        for (Alliance a : w.alliances) {
            for (Community c : a.communities) {
                c.alliance = a;
            }
            w.node(a, named(a.name, true, "urbanRegional", a.urbanRegional, "founded", a.founded));
            w.rel(a, RelType.LED_BY, a.district.committee);
        }
        if (w.alliances.size() != HeshanFigures.ALLIANCES) {
            throw new IllegalStateException(w.alliances.size() + " alliances");
        }
    }

    private Alliance alliance(int no, String name, boolean urbanRegional, District district) {
        Alliance a = new Alliance(no, ChineseName.of(name), urbanRegional, district, World.date(r, ALLIANCES_FROM, ALLIANCES_TO));
        w.alliances.add(a);
        return a;
    }

    private void units() {
        List<Alliance> urban = w.alliances.subList(0, HeshanFigures.URBAN_REGIONAL_ALLIANCES);
        // the 251 agencies and public institutions of the street
        record Spec(String name, UnitKind kind, Size size) {
        }
        List<Spec> street = new ArrayList<>();
        for (Texts.Entry e : Texts.CITY_AGENCIES) {
            street.add(new Spec(e.text(), UnitKind.AGENCY, Size.valueOf(e.code())));
        }
        for (int i = 0; i < 20; i++) {
            Texts.Entry e = Texts.AGENCY_OFFICES.get(i % Texts.AGENCY_OFFICES.size());
            String name = uniqueName(() -> e.text().formatted(w.names.place(r)));
            street.add(new Spec(name, UnitKind.AGENCY, r.nextDouble() < 0.2 ? Size.M : Size.S));
        }
        for (Texts.Entry e : Texts.CITY_INSTITUTIONS) {
            street.add(new Spec(e.text(), UnitKind.PUBLIC_INSTITUTION, Size.valueOf(e.code())));
        }
        int streetUnits = HeshanFigures.AGENCIES_AND_PUBLIC_INSTITUTIONS - sum(Texts.TOWN_UNITS);
        while (street.size() < streetUnits) {
            String name;
            if (r.nextDouble() < 0.45) {
                String kind = Apportion.pick(Texts.INSTITUTION_KINDS, r);
                name = uniqueName(() -> (r.nextBoolean() ? "鹤山市" : "沙坪街道") + w.names.place(r) + kind);
            } else {
                String[] fields = Texts.INSTITUTION_FIELDS.split(" ");
                name = uniqueName(() -> "鹤山市" + fields[r.nextInt(fields.length)]
                        + Apportion.pick(Texts.INSTITUTION_OFFICES, r));
            }
            street.add(new Spec(name, UnitKind.PUBLIC_INSTITUTION, randomSize(0.08, 0.27)));
        }
        // which regional alliance each street agency joins (15 join the street's park alliance instead)
        List<Alliance> assigned = new ArrayList<>();
        for (int i = 0; i < STREET_UNITS_IN_PARK_ALLIANCE; i++) {
            assigned.add(parkAlliance[0]);
        }
        int[] perAlliance = Apportion.largestRemainder(streetUnits - STREET_UNITS_IN_PARK_ALLIANCE,
                URBAN_ALLIANCE_WEIGHTS.stream().mapToDouble(Integer::doubleValue).toArray());
        for (int a = 0; a < perAlliance.length; a++) {
            for (int k = 0; k < perAlliance[a]; k++) {
                assigned.add(urban.get(a));
            }
        }
        assigned = Apportion.shuffled(assigned, r);
        for (int i = 0; i < street.size(); i++) {
            Spec s = street.get(i);
            unit(s.name(), s.kind(), w.street, null, s.size(), true, assigned.get(i));
        }
        // the towns' offices
        for (int t = 0; t < w.towns.size(); t++) {
            District town = w.towns.get(t);
            String shortName = town.name.name().substring(0, 2);
            Alliance a = townAlliance(town);
            for (int k = 0; k < Texts.TOWN_UNITS.get(t); k++) {
                Texts.Entry e = Texts.TOWN_OFFICES.get(k);
                unit(e.text().formatted(shortName), UnitKind.valueOf(e.code()), town, null,
                        r.nextDouble() < 0.3 ? Size.M : Size.S, true, a);
            }
        }
        // state enterprises: all in the street; two never joined an alliance
        for (int i = 0; i < Texts.STATE_ENTERPRISES.size(); i++) {
            Texts.Entry e = Texts.STATE_ENTERPRISES.get(i);
            Alliance a = i >= Texts.STATE_ENTERPRISES.size() - 2 ? null : Apportion.pick(urban, r);
            unit(e.text(), UnitKind.STATE_ENTERPRISE, w.street, null, Size.valueOf(e.code()), true, a);
        }
        // private enterprises in the parks: 26 in 沙坪, 21 in each other; 6 host no party organization,
        // 5 never joined their park's alliance (3 of them with a party organization, which the park's committee
        // still leads: they count as covered all the same)
        int[] inPark = {26, 21, 21, 21, 21};
        for (int p = 0; p < w.parks.size(); p++) {
            Park park = w.parks.get(p);
            for (int k = 0; k < inPark[p]; k++) {
                boolean hostsPo = k % 11 != 10; // 104 of 110
                boolean outside = (p == 1 && k == 3) || (p == 2 && k == 5) || (p == 3 && k == 7)
                        || (p == 4 && k == 10) || (p == 0 && k == 21);
                park.units.add(unit(w.names.enterprise(r), UnitKind.PRIVATE_ENTERPRISE, park.district, park,
                        randomSize(0.05, 0.2), hostsPo, outside ? null : parkAlliance[p]));
            }
        }
        // private enterprises outside the parks: 15 in the street, 25 in the towns
        for (int k = 0; k < 40; k++) {
            District d = k < 15 ? w.street : w.towns.get(k % w.towns.size());
            boolean hostsPo = k % 4 != 3; // 30 of 40
            // six never joined an alliance: three with a party organization (22, 30, 37), three without
            boolean outside = k == 7 || k == 22 || k == 30 || k == 37 || k == 3 || k == 19;
            Alliance a = outside ? null : d == w.street ? Apportion.pick(urban, r) : townAlliance(d);
            unit(w.names.enterprise(r), UnitKind.PRIVATE_ENTERPRISE, d, null, randomSize(0.05, 0.2), hostsPo, a);
        }
        for (int i = 0; i < Texts.SOCIAL_ORGANIZATIONS.size(); i++) {
            boolean hostsPo = i < 6;
            unit(Texts.SOCIAL_ORGANIZATIONS.get(i), UnitKind.SOCIAL_ORGANIZATION, w.street, null, Size.S, hostsPo,
                    hostsPo ? Apportion.pick(urban, r) : null);
        }
        long agencies = w.units.stream().filter(u -> u.kind.agencyOrInstitution()).count();
        if (agencies != HeshanFigures.AGENCIES_AND_PUBLIC_INSTITUTIONS) {
            throw new IllegalStateException(agencies + " agencies and institutions");
        }
    }

    private String uniqueName(java.util.function.Supplier<String> candidate) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            String name = candidate.get();
            if (w.names.unique(name)) {
                return name;
            }
        }
        throw new IllegalStateException("no unique unit name");
    }

    private Size randomSize(double large, double medium) {
        double x = r.nextDouble();
        return x < large ? Size.L : x < large + medium ? Size.M : Size.S;
    }

    private Alliance townAlliance(District town) {
        return w.alliances.stream().filter(a -> a.district == town && !a.communities.isEmpty()).findFirst()
                .orElseThrow();
    }

    private Unit unit(String name, UnitKind kind, District district, Park park, Size size, boolean hostsPo,
            Alliance alliance) {
        Unit u = new Unit(w.units.size() + 1, ChineseName.of(name), kind, district, park, size, hostsPo);
        u.alliance = alliance;
        if (alliance != null) {
            alliance.units.add(u);
            // most joined when the alliance was founded, the rest later
            u.joined = r.nextDouble() < 0.8 ? alliance.founded
                    : history.lateJoin(World.date(r, LocalDate.of(2018, 9, 1), LocalDate.of(2020, 12, 31)));
        }
        w.units.add(u);
        return u;
    }

    // ------------------------------------------------------------------ party organizations

    private void unitPartyOrganizations() {
        List<Unit> withPo = w.units.stream().filter(u -> u.hostsPo).toList();
        int[] subs = new int[withPo.size()];
        for (int i = 0; i < subs.length; i++) {
            Size size = withPo.get(i).size;
            subs[i] = size == Size.L ? Apportion.between(r, 4, 9) : size == Size.M ? Apportion.between(r, 2, 4) : 0;
        }
        // 1,323 covered = 26 community + 69 compound + 5 park organizations + the units' (top + branches):
        // adjust the big units' branch counts until the total is exact
        int coveredTops = (int) withPo.stream().filter(StructureStep::coveredUnit).count();
        int target = HeshanFigures.COVERED_PARTY_ORGANIZATIONS - HeshanFigures.COMMUNITIES
                - HeshanFigures.MAIN_URBAN_COMPOUND_BRANCHES - HeshanFigures.EPIDEMIC_COMPOUND_BRANCHES
                - HeshanFigures.INDUSTRIAL_PARKS - coveredTops;
        List<Integer> large = new ArrayList<>();
        int current = 0;
        for (int i = 0; i < subs.length; i++) {
            if (coveredUnit(withPo.get(i))) {
                current += subs[i];
                if (withPo.get(i).size == Size.L) {
                    large.add(i);
                }
            }
        }
        while (current != target) {
            int i = Apportion.pick(large, r);
            if (current > target && subs[i] > 3) {
                subs[i]--;
                current--;
            } else if (current < target && subs[i] < 14) {
                subs[i]++;
                current++;
            }
        }
        for (int i = 0; i < withPo.size(); i++) {
            Unit u = withPo.get(i);
            Level level = u.size == Size.L ? Level.COMMITTEE : u.size == Size.M ? Level.GENERAL_BRANCH : Level.BRANCH;
            String suffix = (u.kind == UnitKind.AGENCY ? "机关" : "")
                    + (level == Level.COMMITTEE ? "党委" : level == Level.GENERAL_BRANCH ? "党总支" : "党支部");
            Po parent = u.park != null ? u.park.po
                    : u.kind == UnitKind.PRIVATE_ENTERPRISE || u.kind == UnitKind.SOCIAL_ORGANIZATION
                            ? u.district.committee
                            : u.district == w.street ? w.cityAgencies : u.district.committee;
            LocalDate founded = u.kind == UnitKind.PRIVATE_ENTERPRISE
                    ? LocalDate.of(2003, 1, 1).plusDays(r.nextInt(5000))
                    : LocalDate.of(1978, 1, 1).plusDays(r.nextInt(12_000));
            u.top = po("po:" + u.id, u.name.name() + suffix, level, PoKind.UNIT_TOP, u, parent, founded, true);
            u.top.unit = u;
            for (int k = 1; k <= subs[i]; k++) {
                Po sub = po("po:" + u.id + ":" + k, u.name.name() + "第" + Names.numeral(k) + "党支部", Level.BRANCH,
                        PoKind.UNIT_SUB, u, u.top, World.max(founded, LocalDate.of(1990, 1, 1)).plusDays(r.nextInt(6000)),
                        true);
                sub.unit = u;
                u.subs.add(sub);
            }
        }
    }

    /** A unit whose party organizations count as covered: in an alliance, or in a park (under the park's committee). */
    private static boolean coveredUnit(Unit u) {
        return u.hostsPo && (u.alliance != null || u.park != null);
    }

    private void communityPartyOrganizations() {
        List<Community> urban = w.mainUrban();
        List<Community> town = w.communities.stream().filter(c -> !c.mainUrban).toList();
        int[] urbanTotals = communityTotals(urban);
        int[] townTotals = Apportion.largestRemainder(TOWN_COMMUNITY_MEMBERS,
                town.stream().mapToDouble(c -> c.households).toArray());
        int[] urbanBranches = capped(HeshanFigures.MAIN_URBAN_COMPOUND_BRANCHES, urban);
        int[] townBranches = capped(HeshanFigures.EPIDEMIC_COMPOUND_BRANCHES, town);
        List<Po> upgraded = new ArrayList<>();
        for (int i = 0; i < urban.size(); i++) {
            Community c = urban.get(i);
            communityPo(c, urbanTotals[i]);
            if (c.small) {
                upgraded.add(c.po);
            }
        }
        for (int i = 0; i < town.size(); i++) {
            communityPo(town.get(i), townTotals[i]);
        }
        for (Po po : upgraded) {
            LocalDate date = World.date(r, LocalDate.of(2018, 9, 1), LocalDate.of(2019, 6, 30));
            Level from = r.nextBoolean() ? Level.GENERAL_BRANCH : Level.BRANCH;
            history.levelChanged(po, date, from, Level.COMMITTEE, po.community.name.name() + HistoryStep.word(from)
                    + "升格为社区党委(党员不足100名)",
                    // the exception a committee with fewer than 100 members needs (changePartyOrganizationLevel)
                    "reason", "党员不足100名，经批准作为例外升格为社区党委");
        }
        for (int i = 0; i < urban.size(); i++) {
            branches(urban.get(i), urbanBranches[i], urbanTotals[i], false);
        }
        for (int i = 0; i < town.size(); i++) {
            branches(town.get(i), townBranches[i], townTotals[i], true);
        }
    }

    /** Members of the 12 main-urban communities: the three small ones fixed, 2,378 in all. */
    private int[] communityTotals(List<Community> urban) {
        int small = sum(SMALL_COMMUNITY_MEMBERS);
        double[] weights = urban.stream().mapToDouble(c -> c.small ? 0 : c.households).toArray();
        int[] totals = Apportion.largestRemainder(HeshanFigures.MAIN_URBAN_MEMBERS - small, weights);
        for (int k = 0; k < SMALL_COMMUNITIES.size(); k++) {
            totals[SMALL_COMMUNITIES.get(k) - 1] = SMALL_COMMUNITY_MEMBERS.get(k);
        }
        return totals;
    }

    /** Splits {@code total} branches over communities by their compound count, leaving each at least one compound without. */
    private static int[] capped(int total, List<Community> communities) {
        int[] caps = communities.stream().mapToInt(c -> c.compounds.size() - 1).toArray();
        int[] parts = new int[communities.size()];
        int left = total;
        while (left > 0) {
            double[] weights = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                weights[i] = parts[i] < caps[i] ? communities.get(i).compounds.size() : 0;
            }
            int[] more = Apportion.largestRemainder(left, weights);
            for (int i = 0; i < parts.length; i++) {
                int add = Math.min(more[i], caps[i] - parts[i]);
                parts[i] += add;
                left -= add;
            }
        }
        return parts;
    }

    private void communityPo(Community c, int members) {
        Level level = c.mainUrban ? Level.COMMITTEE : members >= 100 ? Level.COMMITTEE
                : members >= 50 ? Level.GENERAL_BRANCH : Level.BRANCH;
        String suffix = level == Level.COMMITTEE ? "党委" : level == Level.GENERAL_BRANCH ? "党总支" : "党支部";
        Po po = new Po("po:" + c.id, ChineseName.of(c.name.name() + suffix), level, PoKind.COMMUNITY, c,
                c.district.committee, LocalDate.of(1995, 1, 1).plusDays(r.nextInt(6000)), true);
        po.community = c;
        po.baseMembers = members; // reduced by the compound branches below
        c.po = po;
        w.pos.add(po);
        // the 12 main-urban committees are expanded (大党委); the others are not
        w.node(po, named(po.name, true, "level", level.name(), "expanded", c.mainUrban, "founded", po.founded));
        w.rel(po, RelType.HOSTED_BY, c);
        w.rel(po, RelType.SUBORDINATE_TO, po.parent);
    }

    private void branches(Community c, int count, int total, boolean epidemic) {
        List<Compound> chosen = Apportion.sample(c.compounds, count, r);
        chosen.sort(java.util.Comparator.comparing(Compound::id));
        int inBranches = 0;
        for (Compound compound : chosen) {
            LocalDate founded = epidemic ? World.date(r, LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 20))
                    : World.date(r, LocalDate.of(2018, 3, 1), LocalDate.of(2019, 12, 31));
            Po branch = po("po:" + compound.id, compound.name.name() + "党支部", Level.BRANCH, PoKind.COMPOUND, compound,
                    c.po, founded, true);
            branch.compound = compound;
            branch.community = c;
            branch.baseMembers = c.small || epidemic ? Apportion.between(r, 5, 10) : Apportion.between(r, 6, 18);
            inBranches += branch.baseMembers;
            compound.branch = branch;
            w.event("BRANCH_FOUNDED", founded, compound.name.name() + "成立党支部" + (epidemic ? "(疫情期间火线成立)" : ""),
                    branch, null, "context", epidemic ? "EPIDEMIC" : null);
        }
        c.po.baseMembers = total - inBranches;
        if (c.po.baseMembers < 10) {
            throw new IllegalStateException(c.name.name() + " keeps too few direct members: " + c.po.baseMembers);
        }
    }

    /** How many members each unit party organization has at scale 1, so that the covered total is 21,821. */
    private void unitMembers() {
        List<Po> covered = new ArrayList<>();
        List<Po> uncovered = new ArrayList<>();
        for (Unit u : w.units) {
            for (Po po : u.pos()) {
                (coveredUnit(u) ? covered : uncovered).add(po);
            }
        }
        int coveredOthers = HeshanFigures.MAIN_URBAN_MEMBERS + TOWN_COMMUNITY_MEMBERS
                + sum(PARK_MEMBERS);
        double[] weights = covered.stream().mapToDouble(this::memberWeight).toArray();
        int[] counts = Apportion.withMinimum(HeshanFigures.COVERED_MEMBERS - coveredOthers, 3, weights);
        for (int i = 0; i < counts.length; i++) {
            covered.get(i).baseMembers = counts[i];
        }
        for (Po po : uncovered) {
            po.baseMembers = Math.max(3, (int) Math.round(memberWeight(po) * 0.8));
        }
        for (Unit u : w.units) {
            u.baseMembers = u.pos().stream().mapToInt(p -> p.baseMembers).sum();
        }
    }

    private double memberWeight(Po po) {
        Size size = po.unit.size;
        if (po.kind == PoKind.UNIT_SUB) {
            return size == Size.L ? Apportion.between(r, 10, 24) : Apportion.between(r, 8, 18);
        }
        return size == Size.L ? Apportion.between(r, 3, 8) : size == Size.M ? Apportion.between(r, 2, 6)
                : Apportion.between(r, 4, 30);
    }

    private void writeUnits() {
        for (Unit u : w.units) {
            double factor = switch (u.kind) {
                case AGENCY -> 1.5 + r.nextDouble() * 1.3;
                case PUBLIC_INSTITUTION -> 2.2 + r.nextDouble() * 2.8;
                case STATE_ENTERPRISE -> 3 + r.nextDouble() * 4;
                case PRIVATE_ENTERPRISE -> 8 + r.nextDouble() * 22;
                case SOCIAL_ORGANIZATION -> 3 + r.nextDouble() * 5;
            };
            int employees = u.hostsPo ? (int) Math.ceil(u.baseMembers * factor)
                    : u.kind == UnitKind.PRIVATE_ENTERPRISE ? Apportion.between(r, 20, 300) : Apportion.between(r, 8, 40);
            // employees are people: they scale with the population
            w.node(u, named(u.name, true, "kind", u.kind.name(), "employees", employees * w.scale));
            w.rel(u, RelType.LOCATED_IN, u.location());
            for (Po po : u.pos()) {
                w.pos.add(po);
                w.node(po, named(po.name, po.generated, "level", po.level.name(), "founded", po.founded));
                w.rel(po, RelType.HOSTED_BY, u);
                w.rel(po, RelType.SUBORDINATE_TO, po.parent);
            }
        }
    }

    // ------------------------------------------------------------------ alliance life

    private void allianceMembership() {
        for (Alliance a : w.alliances) {
            Node lead = !a.communities.isEmpty() ? a.communities.get(0) : a.parks.get(0);
            for (Community c : a.communities) {
                w.rel(c, RelType.IN_ALLIANCE, a, props("role", c == lead ? "LEAD" : "MEMBER", "since", a.founded));
            }
            for (Park p : a.parks) {
                w.rel(p, RelType.IN_ALLIANCE, a, props("role", p == lead ? "LEAD" : "MEMBER", "since", a.founded));
            }
        }
        for (Unit u : w.units) {
            if (u.alliance != null) {
                w.rel(u, RelType.IN_ALLIANCE, u.alliance, props("role", "MEMBER", "since", u.joined));
                w.change("UNIT_JOINED_ALLIANCE", u.joined, u.name.name() + "加入" + u.alliance.name.name(), u, u.alliance,
                        World.state("alliance", null), World.state("alliance", u.alliance.id));
                history.formerAlliance(u, w.alliances);
            }
        }
    }

    /** Resident units represented on each main-urban community's 大党委. */
    private void expandedCommittees() {
        for (Alliance a : w.alliances.subList(0, HeshanFigures.URBAN_REGIONAL_ALLIANCES)) {
            List<Unit> candidates = a.units.stream().filter(u -> u.hostsPo).toList();
            List<Unit> pool = Apportion.shuffled(candidates, r);
            int next = 0;
            for (Community c : a.communities) {
                List<Unit> members = new ArrayList<>();
                int n = Apportion.between(r, 4, 8);
                for (int k = 0; k < n && next < pool.size(); k++) {
                    Unit u = pool.get(next++);
                    members.add(u);
                    w.rel(u, RelType.REPRESENTED_ON, c.po,
                            props("since", World.date(r, LocalDate.of(2018, 6, 1), LocalDate.of(2019, 6, 30))));
                }
                w.representedOn.put(c.id, members);
            }
        }
    }

    /** 双报到 of the units' party organizations: most report to a community of their alliance, some never did. */
    private void unitReporting() {
        for (Unit u : w.units) {
            if (u.alliance != null && u.top != null && r.nextDouble() < 0.92) {
                Node place = Apportion.pick(u.alliance.reportingPlaces(), r);
                w.rel(u.top, RelType.REPORTS_TO, place,
                        props("since", World.max(u.joined, World.date(r, LocalDate.of(2018, 3, 1), LocalDate.of(2019, 12, 31)))));
            }
        }
    }

    // ------------------------------------------------------------------ service centers and duty lists

    private void serviceCenters() {
        record Center(Node place, String name, String level, int area, boolean newBuilding) {
        }
        List<Center> centers = new ArrayList<>();
        centers.add(new Center(w.city, Texts.CITY + "党群服务中心", "CITY", 1850, false));
        centers.add(new Center(w.street, Texts.STREET + "党群服务中心", "STREET", 0, true));
        for (District t : w.towns) {
            centers.add(new Center(t, t.name.name() + "党群服务中心", "TOWN", Apportion.between(r, 450, 1200), false));
        }
        List<Community> urban = w.mainUrban();
        // ten of the twelve main-urban centers are in new buildings (规划参与权: 配建社区办公用房)
        List<Community> inOld = Apportion.sample(urban, 2, r);
        for (Community c : w.communities) {
            boolean newBuilding = c.mainUrban && !inOld.contains(c);
            centers.add(new Center(c, c.name.name() + "党群服务中心", "COMMUNITY",
                    newBuilding ? 0 : Apportion.between(r, 220, 650), newBuilding));
        }
        for (Park p : w.parks) {
            centers.add(new Center(p, p.name.name() + "党群服务中心", "PARK", Apportion.between(r, 300, 800), false));
        }
        int villageCenters = HeshanFigures.SERVICE_CENTERS - centers.size() - 8;
        List<Village> withCenter = Apportion.sample(w.villages, villageCenters, r);
        withCenter.sort(java.util.Comparator.comparing(Village::id));
        for (Village v : withCenter) {
            centers.add(new Center(v, v.name.name() + "党群服务中心", "VILLAGE", Apportion.between(r, 120, 420), false));
        }
        List<Unit> big = w.units.stream().filter(u -> u.kind == UnitKind.PRIVATE_ENTERPRISE && u.hostsPo)
                .sorted(java.util.Comparator.comparingInt((Unit u) -> -u.baseMembers).thenComparing(Unit::id))
                .limit(8).toList();
        for (Unit u : big) {
            centers.add(new Center(u, u.name.name() + "党群服务中心", "ENTERPRISE", Apportion.between(r, 90, 300), false));
        }
        double[] weights = centers.stream().mapToDouble(c -> !c.newBuilding ? 0 : c.level.equals("STREET") ? 2.4
                : 0.6 + r.nextDouble() * 0.8).toArray();
        int[] newAreas = Apportion.largestRemainder(HeshanFigures.NEW_BUILDING_AREA_M2, weights);
        for (int i = 0; i < centers.size(); i++) {
            Center c = centers.get(i);
            Simple sc = new Simple(NodeLabel.ServiceCenter, "sc:" + Model.pad(i + 1, 3));
            w.node(sc, named(ChineseName.of(c.name), true, "level", c.level,
                    "floorAreaM2", c.newBuilding ? newAreas[i] : c.area, "inNewBuilding", c.newBuilding));
            w.rel(sc, RelType.LOCATED_IN, c.place);
            w.serviceCenterOf.put(c.place.id(), sc.id());
        }
        if (centers.size() != HeshanFigures.SERVICE_CENTERS) {
            throw new IllegalStateException(centers.size() + " service centers");
        }
    }

    private void dutyLists() {
        int no = 0;
        for (Texts.Entry e : Texts.ACCESS_LIST) {
            Simple item = new Simple(NodeLabel.DutyListItem, "duty:access:" + Model.pad(++no, 2));
            w.node(item, named(ChineseName.of(e.text()), true, "list", "ACCESS", "area", e.code()));
            w.rel(item, RelType.APPLIES_TO, w.city);
        }
        no = 0;
        for (String text : Texts.NEGATIVE_LIST) {
            Simple item = new Simple(NodeLabel.DutyListItem, "duty:negative:" + Model.pad(++no, 2));
            w.node(item, named(ChineseName.of(text), true, "list", "NEGATIVE"));
            w.rel(item, RelType.APPLIES_TO, w.city);
        }
    }

    private void checkCoverage() {
        long covered = w.pos.stream().filter(Po::covered).count();
        int members = w.pos.stream().filter(Po::covered).mapToInt(p -> p.baseMembers).sum();
        if (covered != HeshanFigures.COVERED_PARTY_ORGANIZATIONS || members != HeshanFigures.COVERED_MEMBERS) {
            throw new IllegalStateException("covered: " + covered + " organizations, " + members + " members");
        }
    }

    // ------------------------------------------------------------------ helpers

    private static int sum(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).sum();
    }

    /** Creates and writes a party organization that is not a unit's or a community's (those have their own paths). */
    private Po po(String id, String name, Level level, PoKind kind, Node host, Po parent, LocalDate founded,
            boolean generated) {
        Po po = new Po(id, ChineseName.of(name), level, kind, host, parent, founded, generated);
        if (kind == PoKind.UNIT_TOP || kind == PoKind.UNIT_SUB) {
            return po; // written with the unit once its members are known
        }
        w.pos.add(po);
        w.node(po, named(po.name, generated, "level", level.name(), "founded", founded));
        w.rel(po, RelType.HOSTED_BY, host);
        if (parent != null) {
            w.rel(po, RelType.SUBORDINATE_TO, parent);
        }
        return po;
    }
}
