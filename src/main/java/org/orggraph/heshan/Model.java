package org.orggraph.heshan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.orggraph.model.NodeLabel;

/**
 * The in-memory picture of Heshan that the generator's steps share while they build it, before it is written
 * to a {@link org.orggraph.importer.GraphBatch}. One instance per {@code generate} call; plain classes with
 * public fields because the steps fill them in one after the other (a unit's alliance is known before its
 * members, its employees only after them).
 */
final class Model {

    private Model() {
    }

    /** Insertion-ordered property map, so that a batch prints and compares the same on every run. */
    static Map<String, Object> props(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (value != null) {
                map.put((String) keysAndValues[i], value);
            }
        }
        return map;
    }

    /** {@code n} with leading zeros to {@code width} digits (ids like person:012345); String.format is slow per row. */
    static String pad(int n, int width) {
        String digits = Integer.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** name, pinyin, initials and generated: the properties every name-bearing node carries. */
    static Map<String, Object> named(ChineseName name, boolean generated, Object... more) {
        Map<String, Object> map = props("name", name.name(), "pinyin", name.pinyin(), "initials", name.initials(),
                "generated", generated);
        map.putAll(props(more));
        return map;
    }

    /** Something a relationship can point at. */
    interface Node {
        NodeLabel label();

        String id();
    }

    enum PoKind {
        CITY, CITY_AGENCIES, DISTRICT, ORGAN, VILLAGE, COMMUNITY, COMPOUND, PARK, UNIT_TOP, UNIT_SUB
    }

    enum Level {
        COMMITTEE, GENERAL_BRANCH, BRANCH
    }

    enum UnitKind {
        AGENCY, PUBLIC_INSTITUTION, STATE_ENTERPRISE, PRIVATE_ENTERPRISE, SOCIAL_ORGANIZATION;

        boolean agencyOrInstitution() {
            return this == AGENCY || this == PUBLIC_INSTITUTION;
        }
    }

    /** Unit size: L hosts a committee with several branches, M a general branch, S a single branch. */
    enum Size {
        L, M, S
    }

    record Simple(NodeLabel label, String id) implements Node {
    }

    /** The street (沙坪街道) or a town. */
    static final class District implements Node {
        final NodeLabel label;
        final String id;
        final String key;
        final ChineseName name;
        final List<Community> communities = new ArrayList<>();
        final List<Village> villages = new ArrayList<>();
        Po committee;
        Po organ;

        District(NodeLabel label, String key, ChineseName name) {
            this.label = label;
            this.key = key;
            this.id = (label == NodeLabel.Street ? "street:" : "town:") + key;
            this.name = name;
        }

        public NodeLabel label() {
            return label;
        }

        public String id() {
            return id;
        }
    }

    static final class Village implements Node {
        final String id;
        final ChineseName name;
        final District town;
        Po po;

        Village(String id, ChineseName name, District town) {
            this.id = id;
            this.name = name;
            this.town = town;
        }

        public NodeLabel label() {
            return NodeLabel.Village;
        }

        public String id() {
            return id;
        }
    }

    static final class Community implements Node {
        final int no;
        final String id;
        final ChineseName name;
        final boolean mainUrban;
        final District district;
        final int households;
        final int workers;
        final List<Compound> compounds = new ArrayList<>();
        /** One of the three main-urban communities with fewer than 100 members whose branch was upgraded. */
        boolean small;
        Alliance alliance;
        Po po;

        Community(int no, ChineseName name, boolean mainUrban, District district, int households, int workers) {
            this.no = no;
            this.id = "community:" + Model.pad(no, 2);
            this.name = name;
            this.mainUrban = mainUrban;
            this.district = district;
            this.households = households;
            this.workers = workers;
        }

        public NodeLabel label() {
            return NodeLabel.Community;
        }

        public String id() {
            return id;
        }

        int stairwells() {
            return compounds.stream().mapToInt(Compound::stairwells).sum();
        }
    }

    static final class Compound implements Node {
        final String id;
        final ChineseName name;
        final Community community;
        final List<Building> buildings = new ArrayList<>();
        Po branch;

        Compound(String id, ChineseName name, Community community) {
            this.id = id;
            this.name = name;
            this.community = community;
        }

        public NodeLabel label() {
            return NodeLabel.ResidentialCompound;
        }

        public String id() {
            return id;
        }

        int stairwells() {
            return buildings.stream().mapToInt(Building::stairwells).sum();
        }
    }

    record Building(String id, ChineseName name, Compound compound, int stairwells) implements Node {
        public NodeLabel label() {
            return NodeLabel.Building;
        }
    }

    static final class Park implements Node {
        final int no;
        final String id;
        final ChineseName name;
        final District district;
        final List<Unit> units = new ArrayList<>();
        Alliance alliance;
        Po po;

        Park(int no, ChineseName name, District district) {
            this.no = no;
            this.id = "park:" + no;
            this.name = name;
            this.district = district;
        }

        public NodeLabel label() {
            return NodeLabel.IndustrialPark;
        }

        public String id() {
            return id;
        }
    }

    static final class Unit implements Node {
        final int no;
        final String id;
        final ChineseName name;
        final UnitKind kind;
        final District district;
        final Park park;
        final Size size;
        final boolean hostsPo;
        Alliance alliance;
        LocalDate joined;
        Po top;
        final List<Po> subs = new ArrayList<>();
        int baseMembers;
        boolean stationed;

        Unit(int no, ChineseName name, UnitKind kind, District district, Park park, Size size, boolean hostsPo) {
            this.no = no;
            this.id = "unit:" + Model.pad(no, 4);
            this.name = name;
            this.kind = kind;
            this.district = district;
            this.park = park;
            this.size = size;
            this.hostsPo = hostsPo;
        }

        public NodeLabel label() {
            return NodeLabel.Unit;
        }

        public String id() {
            return id;
        }

        Node location() {
            return park != null ? park : district;
        }

        List<Po> pos() {
            List<Po> all = new ArrayList<>();
            if (top != null) {
                all.add(top);
                all.addAll(subs);
            }
            return all;
        }
    }

    static final class Po implements Node {
        final String id;
        final ChineseName name;
        final Level level;
        final PoKind kind;
        final Node host;
        final Po parent;
        final LocalDate founded;
        final boolean generated;
        /** Current members at scale 1; the population step creates {@code baseMembers × scale}. */
        int baseMembers;
        Unit unit;
        Community community;
        Compound compound;
        Park park;
        Village village;
        District district;
        final List<Member> members = new ArrayList<>();

        Po(String id, ChineseName name, Level level, PoKind kind, Node host, Po parent, LocalDate founded,
                boolean generated) {
            this.id = id;
            this.name = name;
            this.level = level;
            this.kind = kind;
            this.host = host;
            this.parent = parent;
            this.founded = founded;
            this.generated = generated;
        }

        public NodeLabel label() {
            return NodeLabel.PartyOrganization;
        }

        public String id() {
            return id;
        }

        /** The definition of the source's "covered by the alliances", used to size the data; the check recomputes it. */
        boolean covered() {
            Po po = this;
            while (po != null) {
                if (po.host instanceof Community || po.host instanceof Park
                        || (po.host instanceof Unit u && u.alliance != null)) {
                    return true;
                }
                po = po.parent;
            }
            return false;
        }
    }

    static final class Alliance implements Node {
        final int no;
        final String id;
        final ChineseName name;
        final boolean urbanRegional;
        final District district;
        final LocalDate founded;
        final List<Community> communities = new ArrayList<>();
        final List<Park> parks = new ArrayList<>();
        final List<Unit> units = new ArrayList<>();

        Alliance(int no, ChineseName name, boolean urbanRegional, District district, LocalDate founded) {
            this.no = no;
            this.id = "alliance:" + Model.pad(no, 2);
            this.name = name;
            this.urbanRegional = urbanRegional;
            this.district = district;
            this.founded = founded;
        }

        public NodeLabel label() {
            return NodeLabel.Alliance;
        }

        public String id() {
            return id;
        }

        /** Where its units' party organizations report (双报到): its communities, or its park if it has none. */
        List<Node> reportingPlaces() {
            List<Node> places = new ArrayList<>(communities);
            if (places.isEmpty()) {
                places.addAll(parks);
            }
            return places;
        }
    }

    static final class Member implements Node {
        final String id;
        final Po po;
        final int birthYear;
        final LocalDate since;
        Unit unit;
        Compound home;
        /** Lives in the park's dormitory: reports to the park. */
        Park dorm;
        Node reportsTo;
        /** Since when they work at their unit and live in their compound (the history step adds what was before). */
        LocalDate workSince;
        LocalDate homeSince;
        boolean mobilized;
        boolean frontLine;

        Member(String id, Po po, int birthYear, LocalDate since) {
            this.id = id;
            this.po = po;
            this.birthYear = birthYear;
            this.since = since;
        }

        public NodeLabel label() {
            return NodeLabel.Person;
        }

        public String id() {
            return id;
        }

        /** The community (or park) this member could report to: where they live. */
        Node residence() {
            return home != null ? home.community : dorm;
        }
    }
}
