package org.orggraph.heshan;

import static org.orggraph.heshan.Model.named;
import static org.orggraph.heshan.Model.props;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.orggraph.heshan.Model.Alliance;
import org.orggraph.heshan.Model.Building;
import org.orggraph.heshan.Model.Community;
import org.orggraph.heshan.Model.Compound;
import org.orggraph.heshan.Model.District;
import org.orggraph.heshan.Model.Member;
import org.orggraph.heshan.Model.Po;
import org.orggraph.heshan.Model.PoKind;
import org.orggraph.heshan.Model.Simple;
import org.orggraph.heshan.Model.Unit;
import org.orggraph.heshan.Model.UnitKind;
import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;

/**
 * The population: every party organization gets {@code baseMembers × scale} members, who work in its unit, live
 * in a compound (often in their unit's alliance, sometimes across), and some of whom reported to the community where
 * they live. Then the staff that is not scaled: community workers, building leaders and assistants, grid workers.
 */
final class PeopleStep {

    private static final LocalDate TODAY = LocalDate.of(2021, 12, 31);

    private final World w;
    private final Random r;
    private final HistoryStep history;
    /** Where people of a set of communities may live (looked up only; lists compare by their communities). */
    private final Map<List<Community>, Places> places = new LinkedHashMap<>();
    private final Map<Alliance, List<Community>> ownMainUrban = new LinkedHashMap<>();
    private List<Community> mainUrban;
    private List<Community> townCommunities;

    PeopleStep(World world, HistoryStep history) {
        this.w = world;
        this.r = world.random(2);
        this.history = history;
    }

    void run() {
        mainUrban = w.mainUrban();
        townCommunities = w.communities.stream().filter(c -> !c.mainUrban).toList();
        for (Po po : w.pos) {
            for (int k = 0; k < po.baseMembers * w.scale; k++) {
                createMember(po);
            }
        }
        communityWorkers();
        civilServants();
        memberships();
        reporting();
        buildingLeaders();
        gridWorkers();
    }

    private void createMember(Po po) {
        boolean community = po.kind == PoKind.COMMUNITY || po.kind == PoKind.COMPOUND;
        boolean village = po.kind == PoKind.VILLAGE;
        int birthYear = community ? Apportion.between(r, 1935, 1988) : village ? Apportion.between(r, 1940, 1996)
                : Apportion.between(r, 1960, 1998);
        boolean female = r.nextDouble() < (community ? 0.46 : 0.36);
        LocalDate joinedParty = World.date(r, LocalDate.of(Math.max(birthYear + 19, 1960), 1, 1),
                LocalDate.of(Math.min(birthYear + 45, 2021), 6, 30));
        // the current organization: since they joined the party, or since it was founded
        LocalDate since = po.kind == PoKind.COMPOUND ? po.founded.plusDays(r.nextInt(60))
                : World.min(World.max(joinedParty, po.founded), LocalDate.of(2021, 6, 30));
        Member m = new Member(w.nextPersonId(), po, birthYear, since);
        po.members.add(m);
        w.members.add(m);
        w.member(m, named(Names.person(r, female), true, "gender", female ? "FEMALE" : "MALE", "birthYear", birthYear));

        if (community) {
            m.home = po.compound != null ? po.compound : compoundIn(List.of(po.community));
        } else if (po.unit != null) {
            m.unit = po.unit;
            residenceOfEmployee(m, po.unit);
            m.workSince = World.date(r, LocalDate.of(Math.max(birthYear + 21, 1985), 1, 1), LocalDate.of(2021, 6, 30));
            w.rel(m, RelType.WORKS_AT, po.unit, props("since", m.workSince));
        } else if (po.kind == PoKind.ORGAN && r.nextDouble() < 0.6) {
            m.home = compoundIn(homeArea(po.district));
        } else if (po.kind == PoKind.PARK && r.nextDouble() < 0.5) {
            m.home = compoundIn(homeArea(po.park.district));
        }
        if (m.home != null) {
            m.homeSince = World.date(r, LocalDate.of(Math.max(birthYear + 20, 1990), 1, 1), LocalDate.of(2021, 6, 30));
            w.rel(m, RelType.LIVES_IN, m.home, props("since", m.homeSince));
        }
    }

    /**
     * Where a unit's member lives: street units' members mostly in the main urban area, two thirds of those in a
     * community of their own alliance; park workers partly in the park's dormitories; some live outside any compound.
     */
    private void residenceOfEmployee(Member m, Unit u) {
        double x = r.nextDouble();
        if (u.park != null) {
            if (x < 0.35) {
                m.home = compoundIn(homeArea(u.park.district));
            } else if (x < 0.65) {
                m.dorm = u.park;
            }
        } else if (u.district == w.street) {
            if (x < 0.78) {
                List<Community> own = u.alliance == null ? List.of() : ownMainUrban(u.alliance);
                m.home = compoundIn(!own.isEmpty() && r.nextDouble() < 0.65 ? own : mainUrban);
            } else if (x < 0.85) {
                m.home = compoundIn(townCommunities);
            }
        } else {
            if (x < 0.55) {
                m.home = compoundIn(u.district.communities);
            } else if (x < 0.70) {
                m.home = compoundIn(mainUrban);
            }
        }
    }

    private List<Community> homeArea(District d) {
        return d == w.street ? mainUrban : d.communities;
    }

    /** A compound of one of these communities, bigger communities and compounds more likely. */
    private Compound compoundIn(List<Community> communities) {
        return places.computeIfAbsent(communities, Places::new).pick(r);
    }

    private List<Community> ownMainUrban(Alliance a) {
        return ownMainUrban.computeIfAbsent(a, k -> k.communities.stream().filter(c -> c.mainUrban).toList());
    }

    /** The compounds of some communities with cumulative weights: households spread over buildings. */
    private static final class Places {
        private final List<Compound> compounds = new ArrayList<>();
        private final double[] cumulative;

        Places(List<Community> communities) {
            List<Double> weights = new ArrayList<>();
            for (Community c : communities) {
                int buildings = c.compounds.stream().mapToInt(x -> x.buildings.size()).sum();
                for (Compound x : c.compounds) {
                    compounds.add(x);
                    weights.add((double) c.households * x.buildings.size() / buildings);
                }
            }
            cumulative = new double[weights.size()];
            double sum = 0;
            for (int i = 0; i < cumulative.length; i++) {
                sum += weights.get(i);
                cumulative[i] = sum;
            }
        }

        Compound pick(Random random) {
            double x = random.nextDouble() * cumulative[cumulative.length - 1];
            int i = java.util.Arrays.binarySearch(cumulative, x);
            return compounds.get(Math.min(i >= 0 ? i : -i - 1, compounds.size() - 1));
        }
    }

    // ------------------------------------------------------------------ staff

    /**
     * 168 full-time community workers, one per 300 households. The first of each community is its party
     * secretary, a member of the community's organization; the others are not party members.
     */
    private void communityWorkers() {
        Random staff = w.random(3); // not scaled: drawn apart from the members
        for (Community c : w.communities) {
            Member secretary = c.po.members.get(0);
            w.secretaryOf.put(c.id, secretary);
            w.rel(secretary, RelType.COMMUNITY_WORKER_OF, c,
                    props("since", World.date(staff, LocalDate.of(2008, 1, 1), LocalDate.of(2017, 12, 31))));
            for (int k = 1; k < c.workers; k++) {
                Simple worker = person(staff, 1970, 1996);
                w.rel(worker, RelType.COMMUNITY_WORKER_OF, c,
                        props("since", World.date(staff, LocalDate.of(2012, 1, 1), LocalDate.of(2021, 3, 31))));
            }
        }
    }

    /** Two community secretaries passed the targeted civil-service recruitment (定向招录). */
    private void civilServants() {
        Community urban = w.communities.get(2);
        Community town = w.communities.get(14);
        civilServant(urban, LocalDate.of(2020, 8, 14));
        civilServant(town, LocalDate.of(2021, 1, 8));
    }

    private void civilServant(Community c, LocalDate date) {
        Member secretary = w.secretaryOf.get(c.id);
        w.event("RECRUITED_AS_CIVIL_SERVANT", date, c.name.name() + "党组织书记通过定向招录考取公务员", secretary, null);
    }

    /**
     * About 2% of the members moved their membership (组织关系) once before the alliances: the earlier one is kept
     * with {@code until}; the moves since 2018 are the history step's.
     */
    private void memberships() {
        List<Po> holding = w.pos.stream().filter(p -> p.baseMembers > 0).toList();
        for (Member m : w.members) {
            LocalDate earliest = LocalDate.of(m.birthYear + 19, 1, 1);
            if (r.nextDouble() >= 0.02 || !m.since.isAfter(earliest.plusYears(1))) {
                if (!history.recentTransfers(m, holding)) {
                    w.rel(m, RelType.MEMBER_OF, m.po, props("since", m.since));
                }
                continue;
            }
            Po earlier = Apportion.pick(holding, r);
            while (earlier == m.po) {
                earlier = Apportion.pick(holding, r);
            }
            LocalDate before = World.date(r, World.max(earliest, m.since.minusYears(12)), m.since.minusMonths(6));
            w.rel(m, RelType.MEMBER_OF, earlier, props("since", before, "until", m.since));
            w.rel(m, RelType.MEMBER_OF, m.po, props("since", m.since));
            history.transferred(m, earlier, before, m.po, m.since);
        }
    }

    /** 双报到: in-service members report to the community (or park) where they live; not all of them did. */
    private void reporting() {
        List<Member> eligible = w.members.stream()
                .filter(m -> (m.unit != null || m.po.kind == PoKind.ORGAN) && m.residence() != null).toList();
        int target = HeshanFigures.DUAL_REPORTING_MEMBERS * w.scale;
        for (Member m : Apportion.sample(eligible, target, r)) {
            m.reportsTo = m.residence();
            w.rel(m, RelType.REPORTS_TO, m.reportsTo,
                    props("since", World.date(r, LocalDate.of(2018, 3, 1), LocalDate.of(2019, 12, 31))));
        }
    }

    /**
     * Every building of the main urban area has a leader (a resident); a quarter also got an assistant, a young
     * cadre from an agency of the same alliance (单位包片, 党员包楼).
     */
    private void buildingLeaders() {
        Random staff = w.random(4);
        Map<Alliance, List<Member>> cadres = new LinkedHashMap<>();
        for (Alliance a : w.alliances) {
            cadres.put(a, new ArrayList<>());
        }
        for (Member m : w.members) {
            if (m.unit != null && m.unit.kind == UnitKind.AGENCY && m.birthYear >= 1985 && m.unit.alliance != null) {
                cadres.get(m.unit.alliance).add(m);
            }
        }
        for (Compound compound : w.compounds) {
            if (!compound.community.mainUrban) {
                continue;
            }
            for (Building b : compound.buildings) {
                Simple leader = person(staff, 1950, 1985);
                w.rel(leader, RelType.LEADS_BUILDING, b, props("role", "LEADER"));
                w.rel(leader, RelType.LIVES_IN, compound,
                        props("since", World.date(staff, LocalDate.of(1995, 1, 1), LocalDate.of(2016, 12, 31))));
                List<Member> pool = cadres.get(compound.community.alliance);
                if (staff.nextDouble() < 0.25 && !pool.isEmpty()) {
                    // each cadre assists one building at most
                    Member assistant = pool.remove(staff.nextInt(pool.size()));
                    w.rel(assistant, RelType.LEADS_BUILDING, b, props("role", "ASSISTANT"));
                }
            }
        }
    }

    private void gridWorkers() {
        Random staff = w.random(5);
        for (int g = 1; g <= HeshanFigures.GRIDS; g++) {
            Simple grid = new Simple(NodeLabel.Grid, "grid:" + Model.pad(g, 2));
            w.rel(person(staff, 1970, 1995), RelType.WORKS_IN_GRID, grid, props("role", "GRID_LEADER"));
            for (int k = 0; k < 3; k++) {
                w.rel(person(staff, 1975, 1998), RelType.WORKS_IN_GRID, grid, props("role", "GRID_WORKER"));
            }
        }
    }

    /** A person who is not a party member. */
    private Simple person(Random random, int bornFrom, int bornTo) {
        boolean female = random.nextDouble() < 0.55;
        int birthYear = Apportion.between(random, bornFrom, bornTo);
        Simple p = new Simple(NodeLabel.Person, w.nextPersonId());
        w.node(p, named(Names.person(random, female), true, "gender", female ? "FEMALE" : "MALE", "birthYear", birthYear));
        return p;
    }
}
