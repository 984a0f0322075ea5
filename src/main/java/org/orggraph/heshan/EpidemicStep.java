package org.orggraph.heshan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.orggraph.heshan.Model.Community;
import org.orggraph.heshan.Model.Member;
import org.orggraph.heshan.Model.Po;
import org.orggraph.heshan.Model.PoKind;
import org.orggraph.heshan.Model.Simple;
import org.orggraph.heshan.Model.Unit;
import org.orggraph.heshan.Model.UnitKind;
import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;

import static org.orggraph.heshan.Model.named;
import static org.orggraph.heshan.Model.props;

/**
 * The 2020 epidemic campaign (新冠肺炎疫情联防联控): 1,024 party organizations and 10,822 members mobilized, 78
 * units stationed in the main-urban communities with more than 1,100 of their members in the front line, the
 * stairwells and households screened, 307 + 40 vanguard teams and the 1,400-member compound volunteer pool.
 */
final class EpidemicStep {

    static final String CAMPAIGN_ID = "activity:0001";
    private static final LocalDate START = LocalDate.of(2020, 1, 24);

    private final World w;
    private final Random structure;
    private final Random people;
    private final Simple campaign = new Simple(NodeLabel.Activity, CAMPAIGN_ID);

    EpidemicStep(World world) {
        this.w = world;
        this.structure = world.random(6);
        this.people = world.random(7);
    }

    void run() {
        w.node(campaign, named(ChineseName.of(Texts.EPIDEMIC_CAMPAIGN), false, "kind", "EPIDEMIC_CAMPAIGN", "date", START));
        w.rel(campaign, RelType.ORGANIZED_BY, w.city);
        w.rel(campaign, RelType.ORGANIZED_BY, w.street);
        screening();
        List<Unit> stationed = stationedUnits();
        List<Unit> npe = nonPublicTeamEnterprises(stationed);
        List<Po> mobilized = mobilizedOrganizations(stationed, npe);
        List<Team> teams = teams(mobilized, stationed, npe);
        mobilizeMembers(stationed, mobilized, teams);
        volunteers();
    }

    /** Stairwells walked and households screened in the 12 main-urban communities. */
    private void screening() {
        List<Community> urban = w.mainUrban();
        int[] households = Apportion.largestRemainder(HeshanFigures.HOUSEHOLDS_SCREENED,
                urban.stream().mapToDouble(c -> c.households).toArray());
        int[] stairwells = Apportion.largestRemainder(HeshanFigures.STAIRWELLS_WALKED,
                urban.stream().mapToDouble(Community::stairwells).toArray());
        for (int i = 0; i < urban.size(); i++) {
            Community c = urban.get(i);
            if (households[i] > c.households || stairwells[i] > c.stairwells()) {
                throw new IllegalStateException(c.name.name() + " cannot have screened more than it has");
            }
            w.rel(campaign, RelType.HELD_AT, c, props("stairwells", stairwells[i], "households", households[i]));
        }
    }

    /** 78 units of the five urban regional alliances stationed in their communities (进驻单位). */
    private List<Unit> stationedUnits() {
        List<Unit> candidates = w.units.stream()
                .filter(u -> u.alliance != null && u.alliance.urbanRegional && u.top != null && u.baseMembers >= 12)
                .toList();
        List<Unit> stationed = Apportion.sample(candidates, HeshanFigures.STATIONED_UNITS, structure);
        stationed.sort(java.util.Comparator.comparing(Unit::id));
        for (Unit u : stationed) {
            u.stationed = true;
            Community c = Apportion.pick(u.alliance.communities, structure);
            w.rel(u, RelType.STATIONED_AT, c,
                    props("since", World.date(structure, LocalDate.of(2020, 1, 26), LocalDate.of(2020, 2, 3))));
        }
        return stationed;
    }

    /** The 40 private enterprises whose party organizations formed an epidemic vanguard team. */
    private List<Unit> nonPublicTeamEnterprises(List<Unit> stationed) {
        List<Unit> candidates = w.units.stream().filter(u -> u.kind == UnitKind.PRIVATE_ENTERPRISE && u.top != null
                && !u.stationed && u.top.baseMembers >= 5).toList();
        List<Unit> chosen = Apportion.sample(candidates, HeshanFigures.NON_PUBLIC_ENTERPRISE_TEAMS, structure);
        chosen.sort(java.util.Comparator.comparing(Unit::id));
        return chosen;
    }

    /**
     * The 1,024 organizations active in the campaign: every community and compound organization, the parks, the
     * stationed units and the enterprises with a team, most village branches, the street and town organs, and
     * then other units' organizations.
     */
    private List<Po> mobilizedOrganizations(List<Unit> stationed, List<Unit> npe) {
        Set<Po> chosen = new LinkedHashSet<>();
        w.pos.stream().filter(p -> p.kind == PoKind.COMMUNITY || p.kind == PoKind.COMPOUND || p.kind == PoKind.PARK)
                .forEach(chosen::add);
        stationed.forEach(u -> chosen.addAll(u.pos()));
        npe.forEach(u -> chosen.add(u.top));
        List<Po> villages = w.pos.stream().filter(p -> p.kind == PoKind.VILLAGE).toList();
        chosen.addAll(Apportion.sample(villages, 88, structure));
        w.pos.stream().filter(p -> p.kind == PoKind.ORGAN || p.kind == PoKind.DISTRICT).forEach(chosen::add);
        List<Po> others = w.pos.stream().filter(p -> p.kind == PoKind.UNIT_TOP || p.kind == PoKind.UNIT_SUB)
                .filter(p -> !chosen.contains(p)).toList();
        int missing = HeshanFigures.EPIDEMIC_PARTY_ORGANIZATIONS - chosen.size();
        chosen.addAll(Apportion.sample(others, missing, structure));
        List<Po> mobilized = new ArrayList<>(chosen);
        for (Po po : mobilized) {
            w.rel(po, RelType.MOBILIZED_FOR, campaign);
        }
        return mobilized;
    }

    private record Team(Simple node, Po formedBy, int size) {
    }

    /** 307 party-member vanguard teams and 40 non-public enterprise teams, each formed by one organization. */
    private List<Team> teams(List<Po> mobilized, List<Unit> stationed, List<Unit> npe) {
        Set<Po> excluded = new LinkedHashSet<>();
        stationed.forEach(u -> excluded.addAll(u.pos()));
        npe.forEach(u -> excluded.add(u.top));
        List<Po> first = mobilized.stream().filter(p -> !excluded.contains(p) && p.baseMembers >= 5)
                .filter(p -> p.kind == PoKind.COMMUNITY || p.kind == PoKind.COMPOUND || p.kind == PoKind.VILLAGE).toList();
        List<Po> rest = mobilized.stream().filter(p -> !excluded.contains(p) && p.baseMembers >= 5)
                .filter(p -> p.kind == PoKind.UNIT_TOP || p.kind == PoKind.UNIT_SUB || p.kind == PoKind.ORGAN).toList();
        List<Po> forming = new ArrayList<>(first);
        forming.addAll(Apportion.sample(rest, HeshanFigures.PARTY_MEMBER_TEAMS - first.size(), structure));
        List<Team> teams = new ArrayList<>();
        for (Po po : forming) {
            // named after what hosts the organization: 翠园社区党员先锋队, or the branch itself inside a unit
            String host = po.kind == PoKind.COMMUNITY ? po.community.name.name()
                    : po.kind == PoKind.COMPOUND ? po.compound.name.name()
                    : po.kind == PoKind.VILLAGE ? po.village.name.name()
                    : po.kind == PoKind.UNIT_TOP ? po.unit.name.name() : po.name.name();
            teams.add(team(teams.size() + 1, host + "党员先锋队", "PARTY_MEMBER", po));
        }
        for (Unit u : npe) {
            teams.add(team(teams.size() + 1, u.name.name() + "防疫先锋队", "NON_PUBLIC_ENTERPRISE", u.top));
        }
        return teams;
    }

    private Team team(int no, String name, String kind, Po po) {
        Simple node = new Simple(NodeLabel.VanguardTeam, "team:" + Model.pad(no, 3));
        w.node(node, named(ChineseName.of(name), true, "kind", kind, "purpose", "EPIDEMIC",
                "founded", World.date(structure, LocalDate.of(2020, 1, 25), LocalDate.of(2020, 2, 10))));
        w.rel(node, RelType.FORMED_BY, po);
        return new Team(node, po, Apportion.between(structure, 5, 12));
    }

    /**
     * 10,822 members (× scale): first the stationed units' front line (1,136), then each team's members from its
     * organization, then other members of the mobilized organizations. Community and village members were at the
     * door-to-door front line too; unit members outside the stationed units mostly did support work.
     */
    private void mobilizeMembers(List<Unit> stationed, List<Po> mobilized, List<Team> teams) {
        int total = HeshanFigures.EPIDEMIC_MEMBERS * w.scale;
        int picked = 0;
        List<Member> stationedMembers = new ArrayList<>();
        stationed.forEach(u -> u.pos().forEach(p -> stationedMembers.addAll(p.members)));
        for (Member m : Apportion.sample(stationedMembers, HeshanFigures.STATIONED_FRONT_LINE * w.scale, people)) {
            m.mobilized = true;
            m.frontLine = true;
            picked++;
        }
        for (Team t : teams) {
            List<Member> available = t.formedBy.members.stream().filter(m -> !m.mobilized).toList();
            int size = Math.min(t.size * w.scale, available.size());
            for (Member m : Apportion.sample(available, size, people)) {
                mobilize(m);
                picked++;
                w.rel(m, RelType.MEMBER_OF_TEAM, t.node);
            }
        }
        List<Member> pool = new ArrayList<>();
        for (Po po : mobilized) {
            if (po.unit == null || !po.unit.stationed) {
                po.members.stream().filter(m -> !m.mobilized).forEach(pool::add);
            }
        }
        if (picked > total) {
            throw new IllegalStateException("teams alone mobilize " + picked);
        }
        for (Member m : Apportion.sample(pool, total - picked, people)) {
            mobilize(m);
        }
        for (Member m : w.members) {
            if (m.mobilized) {
                w.rel(m, RelType.MOBILIZED_FOR, campaign, props("frontLine", m.frontLine));
            }
        }
    }

    private static void mobilize(Member m) {
        m.mobilized = true;
        PoKind k = m.po.kind;
        m.frontLine = k == PoKind.COMMUNITY || k == PoKind.COMPOUND || k == PoKind.VILLAGE;
    }

    /** The compound volunteer pool, built in two days by scanning a code: members who live in a main-urban compound. */
    private void volunteers() {
        List<Member> residents = w.members.stream().filter(m -> m.home != null && m.home.community.mainUrban).toList();
        LocalDate first = LocalDate.of(2020, 2, 8);
        for (Member m : Apportion.sample(residents, HeshanFigures.VOLUNTEER_POOL * w.scale, people)) {
            w.rel(m, RelType.VOLUNTEERS_FOR, m.home, props("since", first.plusDays(people.nextInt(2))));
        }
    }
}
