package org.orggraph.heshan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.orggraph.heshan.Model.Alliance;
import org.orggraph.heshan.Model.Community;
import org.orggraph.heshan.Model.Compound;
import org.orggraph.heshan.Model.Member;
import org.orggraph.heshan.Model.Node;
import org.orggraph.heshan.Model.Park;
import org.orggraph.heshan.Model.Simple;
import org.orggraph.heshan.Model.Unit;
import org.orggraph.heshan.Model.UnitKind;
import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;

import static org.orggraph.heshan.Model.named;
import static org.orggraph.heshan.Model.props;

/**
 * What the network does: the three lists (needs, resources, projects), the service activities with their
 * participants and beneficiaries, the four-level joint meetings and the street's summons. The lists, activities,
 * meetings and summons are structure (the same at every scale); only the participants scale.
 */
final class ActivitiesStep {

    /** Which department pays (买单) for a project, by the need's category. */
    private static final Map<String, String> PAYER = Map.of(
            "FACILITIES", "鹤山市住房和城乡建设局", "ELDERLY_CARE", "鹤山市民政局", "CHILDREN", "鹤山市教育局",
            "HEALTH", "鹤山市卫生健康局", "ENVIRONMENT", "鹤山市城市管理和综合执法局",
            "EMPLOYMENT", "鹤山市人力资源和社会保障局", "LEGAL_AID", "鹤山市司法局", "CULTURE", "鹤山市文化广电旅游体育局",
            "SAFETY", "鹤山市应急管理局");
    /** What each kind of unit offers (indexes into {@link Texts#RESOURCE_ITEMS}). */
    private static final Map<UnitKind, List<Integer>> OFFERS = Map.of(
            UnitKind.AGENCY, List.of(0, 1, 2, 3, 4, 5),
            UnitKind.PUBLIC_INSTITUTION, List.of(6, 7, 8, 9, 10, 11, 2),
            UnitKind.STATE_ENTERPRISE, List.of(12, 13, 14, 17, 2),
            UnitKind.PRIVATE_ENTERPRISE, List.of(15, 16, 17, 18, 2),
            UnitKind.SOCIAL_ORGANIZATION, List.of(19, 20, 21));

    private final World w;
    private final Random r;
    private final Random people;
    private int activityNo = 1; // activity:0001 is the epidemic campaign

    ActivitiesStep(World world) {
        this.w = world;
        this.r = world.random(8);
        this.people = world.random(9);
    }

    void run() {
        threeLists();
        serviceActivities();
        jointMeetings();
        summons();
    }

    // ------------------------------------------------------------------ three lists

    private record Need(Simple node, String name, Texts.Entry item, Node place, Community community, LocalDate raisedOn) {
    }

    private record Resource(Simple node, Node offeredBy) {
    }

    private void threeLists() {
        List<Community> urban = w.mainUrban();
        List<Community> town = w.communities.stream().filter(c -> !c.mainUrban).toList();
        List<Compound> urbanCompounds = w.compounds.stream().filter(c -> c.community.mainUrban).toList();
        List<Compound> townCompounds = w.compounds.stream().filter(c -> !c.community.mainUrban).toList();
        List<Need> needs = new ArrayList<>();
        for (int i = 1; i <= HeshanFigures.NEEDS; i++) {
            Node place;
            Community community;
            String placeName;
            if (r.nextDouble() < 0.5) {
                community = Apportion.pick(r.nextDouble() < 0.75 ? urban : town, r);
                place = community;
                placeName = community.name.name();
            } else {
                Compound compound = Apportion.pick(r.nextDouble() < 0.8 ? urbanCompounds : townCompounds, r);
                community = compound.community;
                place = compound;
                placeName = compound.name.name();
            }
            Texts.Entry item = Apportion.pick(Texts.NEED_ITEMS, r);
            needs.add(new Need(new Simple(NodeLabel.Need, "need:" + Model.pad(i, 3)), placeName + item.text(), item, place,
                    community, World.date(r, LocalDate.of(2018, 4, 1), LocalDate.of(2021, 9, 30))));
        }

        // resources: offered by alliance units (and each park's venues), on a service center's menu
        List<Resource> resources = new ArrayList<>();
        Map<Unit, List<Resource>> byUnit = new LinkedHashMap<>();
        Map<Alliance, List<Resource>> byAlliance = new LinkedHashMap<>();
        List<Unit> inAlliance = w.units.stream().filter(u -> u.alliance != null).toList();
        Set<String> resourceNames = new java.util.HashSet<>();
        for (Park p : w.parks) {
            Simple node = new Simple(NodeLabel.Resource, "resource:" + Model.pad(resources.size() + 1, 3));
            w.node(node, named(ChineseName.of(p.name.name() + "场地开放"), true, "category", "VENUE",
                    "offeredOn", World.date(r, LocalDate.of(2018, 6, 1), LocalDate.of(2019, 6, 30))));
            w.rel(node, RelType.OFFERED_BY, p);
            w.rel(node, RelType.LISTED_BY, new Simple(NodeLabel.ServiceCenter, w.serviceCenterOf.get(p.id)));
            Resource res = new Resource(node, p);
            resources.add(res);
            byAlliance.computeIfAbsent(p.alliance, k -> new ArrayList<>()).add(res);
        }
        while (resources.size() < HeshanFigures.RESOURCES) {
            double x = r.nextDouble();
            UnitKind kind = x < 0.35 ? UnitKind.AGENCY : x < 0.6 ? UnitKind.PUBLIC_INSTITUTION : x < 0.75
                    ? UnitKind.STATE_ENTERPRISE : x < 0.95 ? UnitKind.PRIVATE_ENTERPRISE : UnitKind.SOCIAL_ORGANIZATION;
            List<Unit> ofKind = inAlliance.stream().filter(u -> u.kind == kind).toList();
            Unit u = Apportion.pick(ofKind, r);
            Texts.Entry item = Texts.RESOURCE_ITEMS.get(Apportion.pick(OFFERS.get(kind), r));
            String name = u.name.name() + item.text();
            if (!resourceNames.add(name)) {
                continue;
            }
            Simple node = new Simple(NodeLabel.Resource, "resource:" + Model.pad(resources.size() + 1, 3));
            w.node(node, named(ChineseName.of(name), true, "category", item.code(),
                    "offeredOn", World.date(r, LocalDate.of(2018, 6, 1), LocalDate.of(2021, 6, 30))));
            w.rel(node, RelType.OFFERED_BY, u);
            Node menu = r.nextDouble() < 0.8 ? Apportion.pick(u.alliance.reportingPlaces(), r) : u.district;
            w.rel(node, RelType.LISTED_BY, new Simple(NodeLabel.ServiceCenter, w.serviceCenterOf.get(menu.id())));
            Resource res = new Resource(node, u);
            resources.add(res);
            byUnit.computeIfAbsent(u, k -> new ArrayList<>()).add(res);
            byAlliance.computeIfAbsent(u.alliance, k -> new ArrayList<>()).add(res);
        }

        // projects: a unit claims a need (mostly one of the need's alliance) and serves it with resources
        Map<String, Unit> agencyByName = new LinkedHashMap<>();
        w.units.stream().filter(u -> u.kind == UnitKind.AGENCY).forEach(u -> agencyByName.put(u.name.name(), u));
        List<Need> claimed = Apportion.sample(needs, HeshanFigures.PROJECTS, r);
        Map<Need, String> needStatus = new LinkedHashMap<>();
        for (int i = 0; i < claimed.size(); i++) {
            Need need = claimed.get(i);
            String status = i < 118 ? "DONE" : i < 156 ? "IN_PROGRESS" : "CLAIMED";
            needStatus.put(need, status.equals("DONE") ? "DONE" : "MATCHED");
            Alliance a = need.community.alliance;
            Unit claimant;
            if (r.nextDouble() < 0.85) {
                List<Unit> offering = a.units.stream().filter(byUnit::containsKey).toList();
                claimant = !offering.isEmpty() && r.nextDouble() < 0.7 ? Apportion.pick(offering, r)
                        : Apportion.pick(a.units, r);
            } else {
                claimant = Apportion.pick(inAlliance.stream().filter(u -> u.alliance != a).toList(), r);
            }
            LocalDate claimedOn = need.raisedOn.plusDays(Apportion.between(r, 3, 60));
            LocalDate doneOn = status.equals("DONE")
                    ? World.min(claimedOn.plusDays(Apportion.between(r, 20, 240)), LocalDate.of(2021, 12, 31)) : null;
            Simple project = new Simple(NodeLabel.Project, "project:" + Model.pad(i + 1, 3));
            w.node(project, named(ChineseName.of(need.name + "项目"), true, "status", status, "claimedOn", claimedOn,
                    "doneOn", doneOn));
            w.rel(project, RelType.CLAIMS, need.node);
            w.rel(project, RelType.CLAIMED_BY, claimant);
            List<Resource> usable = byUnit.getOrDefault(claimant, byAlliance.getOrDefault(claimant.alliance, resources));
            for (Resource res : Apportion.sample(usable, Math.min(usable.size(), r.nextDouble() < 0.6 ? 1 : 2), r)) {
                w.rel(project, RelType.USES, res.node);
            }
            Unit payer = agencyByName.get(PAYER.get(need.item.code()));
            w.rel(project, RelType.PAID_BY, payer);
        }
        for (Need need : needs) {
            w.node(need.node, named(ChineseName.of(need.name), true, "category", need.item.code(),
                    "status", needStatus.getOrDefault(need, "RAISED"), "raisedOn", need.raisedOn));
            w.rel(need.node, RelType.RAISED_BY, need.place);
        }
    }

    // ------------------------------------------------------------------ service activities

    private record Service(Simple node, ChineseName name, LocalDate date, Node place, List<Node> organizers,
            double weight) {
    }

    private void serviceActivities() {
        List<Community> urban = w.mainUrban();
        List<Community> town = w.communities.stream().filter(c -> !c.mainUrban).toList();
        List<Compound> urbanCompounds = w.compounds.stream().filter(c -> c.community.mainUrban).toList();
        List<Service> services = new ArrayList<>();
        for (int i = 0; i < HeshanFigures.SERVICE_ACTIVITIES; i++) {
            double x = r.nextDouble();
            Node place;
            Node host; // the community or park whose alliance organizes it
            String placeName;
            if (x < 0.5) {
                Community c = Apportion.pick(r.nextDouble() < 0.75 ? urban : town, r);
                place = c;
                host = c;
                placeName = c.name.name();
            } else if (x < 0.8) {
                Compound c = Apportion.pick(urbanCompounds, r);
                place = c;
                host = c.community;
                placeName = c.name.name();
            } else {
                Park p = Apportion.pick(w.parks, r);
                place = p;
                host = p;
                placeName = p.name.name();
            }
            Alliance a = host instanceof Community c ? c.alliance : ((Park) host).alliance;
            Set<Node> organizers = new LinkedHashSet<>();
            if (r.nextDouble() < 0.7) {
                organizers.add(host);
            }
            double k = r.nextDouble();
            int units = k < 0.35 ? 0 : k < 0.8 ? 1 : 2;
            if (organizers.isEmpty() && units == 0) {
                units = 1;
            }
            organizers.addAll(Apportion.sample(a.units, Math.min(units, a.units.size()), r));
            if (r.nextDouble() < 0.06 && organizers.size() < 3) {
                // now and then a unit of another alliance joins in: the cross links analysts look for
                organizers.add(Apportion.pick(w.units.stream().filter(u -> u.alliance != null && u.alliance != a)
                        .toList(), r));
            }
            String theme = Apportion.pick(Texts.SERVICE_THEMES, r);
            Simple node = new Simple(NodeLabel.Activity, "activity:" + Model.pad(++activityNo, 4));
            services.add(new Service(node, ChineseName.ofParts(placeName, theme, "活动"),
                    World.date(r, LocalDate.of(2018, 3, 1), LocalDate.of(2021, 12, 20)), place, new ArrayList<>(organizers),
                    0.4 + 1.2 * r.nextDouble()));
        }
        double[] weights = services.stream().mapToDouble(Service::weight).toArray();
        double[] benefit = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            benefit[i] = weights[i] * (3 + 4 * r.nextDouble());
        }
        int[] beneficiaries = Apportion.largestRemainder(HeshanFigures.BENEFICIARIES, benefit);

        List<List<Member>> pools = new ArrayList<>();
        Pools index = new Pools();
        for (Service s : services) {
            pools.add(index.pool(s));
        }
        int[] participants = participants(weights, pools);
        for (int i = 0; i < services.size(); i++) {
            Service s = services.get(i);
            w.node(s.node, named(s.name, true, "kind", "SERVICE", "date", s.date, "beneficiaries", beneficiaries[i]));
            w.rel(s.node, RelType.HELD_AT, s.place);
            for (Node o : s.organizers) {
                w.rel(s.node, RelType.ORGANIZED_BY, o);
            }
            for (Member m : Apportion.sample(pools.get(i), participants[i], people)) {
                w.rel(m, RelType.PARTICIPATED_IN, s.node);
            }
        }
    }

    /** 41,286 participations (× scale) over the activities by weight, none larger than its pool of members. */
    private int[] participants(double[] weights, List<List<Member>> pools) {
        int[] planned = Apportion.largestRemainder(HeshanFigures.PARTICIPATIONS * w.scale, weights);
        while (true) {
            int over = 0;
            double[] spare = new double[planned.length];
            for (int i = 0; i < planned.length; i++) {
                int size = pools.get(i).size();
                if (planned[i] > size) {
                    over += planned[i] - size;
                    planned[i] = size;
                }
                spare[i] = size - planned[i];
            }
            if (over == 0) {
                return planned;
            }
            if (java.util.Arrays.stream(spare).sum() < over) {
                throw new IllegalStateException("not enough members for the participations");
            }
            int[] more = Apportion.largestRemainder(over, spare);
            for (int i = 0; i < planned.length; i++) {
                planned[i] += more[i];
            }
        }
    }

    /** Who may take part in an activity: members reporting to or belonging to its place, and the organizers' members. */
    private final class Pools {
        private final Map<String, List<Member>> byPlace = new LinkedHashMap<>();

        Pools() {
            for (Member m : w.members) {
                if (m.reportsTo != null) {
                    byPlace.computeIfAbsent(m.reportsTo.id(), k -> new ArrayList<>()).add(m);
                }
                if (m.po.community != null) {
                    byPlace.computeIfAbsent(m.po.community.id, k -> new ArrayList<>()).add(m);
                }
                if (m.po.park != null) {
                    byPlace.computeIfAbsent(m.po.park.id, k -> new ArrayList<>()).add(m);
                }
                if (m.unit != null) {
                    byPlace.computeIfAbsent(m.unit.id, k -> new ArrayList<>()).add(m);
                    if (m.unit.park != null) {
                        byPlace.computeIfAbsent(m.unit.park.id, k -> new ArrayList<>()).add(m);
                    }
                }
            }
        }

        List<Member> pool(Service s) {
            Set<Member> pool = new LinkedHashSet<>();
            Node host = s.place instanceof Compound c ? c.community : s.place;
            pool.addAll(byPlace.getOrDefault(host.id(), List.of()));
            for (Node o : s.organizers) {
                pool.addAll(byPlace.getOrDefault(o.id(), List.of()));
            }
            return new ArrayList<>(pool);
        }
    }

    // ------------------------------------------------------------------ joint meetings (四级联席会议)

    private void jointMeetings() {
        for (int year = 2018; year <= 2021; year++) {
            Simple m = meeting("鹤山市城市基层党建联席会议（" + year + "年）", "CITY",
                    World.date(r, LocalDate.of(year, 3, 1), LocalDate.of(year, 4, 30)));
            w.rel(m, RelType.ORGANIZED_BY, w.city);
        }
        for (int year = 2019; year <= 2021; year++) {
            for (int q = 1; q <= 4; q++) {
                LocalDate start = LocalDate.of(year, 3 * q - 2, 1);
                Simple m = meeting(Texts.STREET + "党建联席会议（" + year + "年第" + Names.numeral(q) + "季度）", "STREET",
                        World.date(r, start, start.plusMonths(3).minusDays(1)));
                w.rel(m, RelType.ORGANIZED_BY, w.street);
            }
        }
        for (Alliance a : w.alliances) {
            Node lead = !a.communities.isEmpty() ? a.communities.get(0) : a.parks.get(0);
            List<Member> representatives = new ArrayList<>();
            a.communities.forEach(c -> representatives.add(w.secretaryOf.get(c.id)));
            a.parks.forEach(p -> representatives.add(p.po.members.get(0)));
            a.units.stream().filter(u -> u.top != null && !u.top.members.isEmpty()).limit(30)
                    .forEach(u -> representatives.add(u.top.members.get(0)));
            for (String half : halves()) {
                Simple m = meeting(a.name.name() + "联席会议（" + half + "）", "ALLIANCE", halfDate(half));
                w.rel(m, RelType.ORGANIZED_BY, a);
                w.rel(m, RelType.HELD_AT, lead);
                for (Member p : representatives) {
                    w.rel(p, RelType.PARTICIPATED_IN, m);
                }
            }
        }
        for (Community c : w.communities) {
            List<Member> representatives = new ArrayList<>();
            representatives.add(w.secretaryOf.get(c.id));
            w.representedOn.getOrDefault(c.id, List.of()).stream().filter(u -> !u.top.members.isEmpty())
                    .forEach(u -> representatives.add(u.top.members.get(0)));
            for (String half : halves()) {
                Simple m = meeting(c.name.name() + "党建联席会议（" + half + "）", "COMMUNITY", halfDate(half));
                w.rel(m, RelType.ORGANIZED_BY, c);
                w.rel(m, RelType.HELD_AT, c);
                for (Member p : representatives) {
                    w.rel(p, RelType.PARTICIPATED_IN, m);
                }
            }
        }
    }

    private static List<String> halves() {
        return List.of("2019年上半年", "2019年下半年", "2020年上半年", "2020年下半年");
    }

    private LocalDate halfDate(String half) {
        int year = Integer.parseInt(half.substring(0, 4));
        LocalDate start = LocalDate.of(year, half.contains("上") ? 1 : 7, 1);
        return World.date(r, start, start.plusMonths(6).minusDays(1));
    }

    private Simple meeting(String name, String level, LocalDate date) {
        Simple m = new Simple(NodeLabel.Activity, "activity:" + Model.pad(++activityNo, 4));
        w.node(m, named(ChineseName.of(name), true, "kind", "JOINT_MEETING", "meetingLevel", level, "date", date));
        return m;
    }

    // ------------------------------------------------------------------ summons (街道吹哨、部门报到)

    private void summons() {
        List<Compound> urbanCompounds = w.compounds.stream().filter(c -> c.community.mainUrban).toList();
        for (int i = 1; i <= 36; i++) {
            Compound compound = Apportion.pick(urbanCompounds, r);
            Community c = compound.community;
            Texts.Entry problem = Apportion.pick(Texts.SUMMONS_PROBLEMS, r);
            LocalDate date = World.date(r, LocalDate.of(2019, 1, 1), LocalDate.of(2021, 11, 30));
            Simple s = new Simple(NodeLabel.Summons, "summons:" + Model.pad(i, 3));
            w.node(s, named(ChineseName.of(compound.name.name() + problem.text()), true, "date", date,
                    "category", problem.code()));
            w.rel(s, RelType.RAISED_BY, r.nextDouble() < 0.6 ? w.street : c);
            w.rel(s, RelType.CONCERNS, compound);
            List<Unit> departments = c.alliance.units.stream().filter(u -> u.kind == UnitKind.AGENCY).toList();
            Set<Unit> answered = new LinkedHashSet<>(
                    Apportion.sample(departments, Math.min(departments.size(), Apportion.between(r, 1, 3)), r));
            if (r.nextDouble() < 0.25) {
                // a department of another alliance is called too
                answered.add(Apportion.pick(w.units.stream().filter(u -> u.kind == UnitKind.AGENCY
                        && u.alliance != null && u.alliance != c.alliance).toList(), r));
            }
            for (Unit u : answered) {
                w.rel(u, RelType.ANSWERED, s, props("date", date.plusDays(r.nextInt(4))));
            }
        }
    }
}
