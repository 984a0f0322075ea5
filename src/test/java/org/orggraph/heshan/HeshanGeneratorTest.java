package org.orggraph.heshan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.orggraph.importer.GraphBatch;
import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Heshan reference data without a database: determinism, scaling, referential integrity, value types, names,
 * and the source's figures recomputed from the batch itself (the database-side twin of these figures is
 * {@code cypher/checks/heshan-figures.cypher}).
 */
class HeshanGeneratorTest {

    private static GraphBatch scale1;
    private static Graph graph;

    @BeforeAll
    static void generate() {
        scale1 = new HeshanGenerator().generate(1);
        graph = new Graph(scale1);
    }

    // ------------------------------------------------------------------ determinism and scale

    @Test
    void theSameScaleGivesTheIdenticalBatch() {
        GraphBatch again = new HeshanGenerator().generate(1);

        assertThat(new ArrayList<>(again.nodes().keySet())).isEqualTo(new ArrayList<>(scale1.nodes().keySet()));
        assertThat(new ArrayList<>(again.relationships().keySet()))
                .isEqualTo(new ArrayList<>(scale1.relationships().keySet()));
        scale1.nodes().forEach((group, rows) -> assertThat(again.nodes().get(group)).isEqualTo(rows));
        scale1.relationships().forEach((group, rows) -> assertThat(again.relationships().get(group)).isEqualTo(rows));
    }

    @Test
    void scaleTwoDoublesThePopulationAndKeepsTheStructure() {
        Graph two = new Graph(new HeshanGenerator().generate(2));

        assertThat(two.count(NodeLabel.Member)).isEqualTo(2 * graph.count(NodeLabel.Member));
        assertThat(two.currentMemberships()).isEqualTo(2 * graph.currentMemberships());
        assertThat(two.coveredMembers()).isEqualTo(2 * HeshanFigures.COVERED_MEMBERS);
        assertThat(two.mainUrbanMembers()).isEqualTo(2 * HeshanFigures.MAIN_URBAN_MEMBERS);
        assertThat(two.mobilized(NodeLabel.Member)).isEqualTo(2 * HeshanFigures.EPIDEMIC_MEMBERS);
        assertThat(two.distinctFrom(RelType.VOLUNTEERS_FOR)).isEqualTo(2 * HeshanFigures.VOLUNTEER_POOL);
        assertThat(two.dualReporters()).isEqualTo(2 * graph.dualReporters());
        assertThat(two.serviceParticipations()).isEqualTo(2 * graph.serviceParticipations());

        // the structure: same ids, same names, same organizations and alliances
        for (NodeLabel label : List.of(NodeLabel.City, NodeLabel.Street, NodeLabel.Town, NodeLabel.Village,
                NodeLabel.Community, NodeLabel.ResidentialCompound, NodeLabel.Building, NodeLabel.IndustrialPark,
                NodeLabel.Grid, NodeLabel.Unit, NodeLabel.PartyOrganization, NodeLabel.Alliance,
                NodeLabel.ServiceCenter, NodeLabel.VanguardTeam, NodeLabel.Need, NodeLabel.Resource,
                NodeLabel.Project, NodeLabel.Activity, NodeLabel.Summons, NodeLabel.DutyListItem)) {
            assertThat(two.ids(label)).as(label.name()).isEqualTo(graph.ids(label));
        }
        assertThat(two.coveredOrganizations()).isEqualTo(HeshanFigures.COVERED_PARTY_ORGANIZATIONS);
        assertThat(two.mobilized(NodeLabel.PartyOrganization)).isEqualTo(HeshanFigures.EPIDEMIC_PARTY_ORGANIZATIONS);
        assertThat(two.relationships(RelType.IN_ALLIANCE)).isEqualTo(graph.relationships(RelType.IN_ALLIANCE));
        assertThat(two.relationships(RelType.SUBORDINATE_TO)).isEqualTo(graph.relationships(RelType.SUBORDINATE_TO));
        assertThat(two.relationships(RelType.COMMUNITY_WORKER_OF)).isEqualTo(HeshanFigures.COMMUNITY_WORKERS);
        // a unit's employees are people: they scale
        String unit = graph.ids(NodeLabel.Unit).iterator().next();
        assertThat((int) two.props(unit).get("employees")).isEqualTo(2 * (int) graph.props(unit).get("employees"));
    }

    @Test
    void scaleMustBePositive() {
        assertThatThrownBy(() -> new HeshanGenerator().generate(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void generationIsQuick() {
        long started = System.nanoTime();
        new HeshanGenerator().generate(1);
        long millis = (System.nanoTime() - started) / 1_000_000;
        // well under 2 s on a quiet machine (about 0.4 s warm); the bound leaves room for a busy CI machine
        assertThat(millis).isLessThan(10_000);
        assertThat(scale1.nodeCount() + scale1.relationshipCount()).isBetween(100_000, 300_000);
    }

    // ------------------------------------------------------------------ integrity

    @Test
    void everyRelationshipConnectsTwoNodesOfTheBatchWithTheLabelsItNames() {
        scale1.relationships().forEach((group, rows) -> {
            for (Map<String, Object> row : rows) {
                assertThat(graph.labels((String) row.get("from"))).as(group + " from " + row.get("from"))
                        .contains(group.from());
                assertThat(graph.labels((String) row.get("to"))).as(group + " to " + row.get("to"))
                        .contains(group.to());
            }
        });
    }

    @Test
    void noRelationshipIsListedTwice() {
        // an interrupted load is completed by MERGE (a)-[:TYPE]->(b), which would fold a second row between the same
        // two nodes; the first load into an empty database CREATEs (GraphBatch.allNew), which would double it
        Set<String> seen = new HashSet<>();
        scale1.relationships().forEach((group, rows) -> rows.forEach(row -> assertThat(
                seen.add(group.type() + " " + row.get("from") + " " + row.get("to"))).as(group + " " + row).isTrue()));
    }

    @Test
    void idsAreUniqueAndPrefixedByTheirKind() {
        Map<NodeLabel, Pattern> shapes = Map.ofEntries(
                Map.entry(NodeLabel.City, Pattern.compile("city:heshan")),
                Map.entry(NodeLabel.Street, Pattern.compile("street:shaping")),
                Map.entry(NodeLabel.Town, Pattern.compile("town:[a-z]+")),
                Map.entry(NodeLabel.Village, Pattern.compile("village:\\d{3}")),
                Map.entry(NodeLabel.Community, Pattern.compile("community:\\d{2}")),
                Map.entry(NodeLabel.ResidentialCompound, Pattern.compile("compound:\\d{2}-\\d{2}")),
                Map.entry(NodeLabel.Building, Pattern.compile("building:\\d{2}-\\d{2}-\\d{2}")),
                Map.entry(NodeLabel.IndustrialPark, Pattern.compile("park:\\d")),
                Map.entry(NodeLabel.Grid, Pattern.compile("grid:\\d{2}")),
                Map.entry(NodeLabel.Unit, Pattern.compile("unit:\\d{4}")),
                Map.entry(NodeLabel.PartyOrganization,
                        Pattern.compile("po:(city:heshan|street:shaping|town:[a-z]+|village:\\d{3}|park:\\d|community:\\d{2}"
                                + "|compound:\\d{2}-\\d{2}|unit:\\d{4})(:\\d+)?")),
                Map.entry(NodeLabel.Person, Pattern.compile("person:\\d{6,}")),
                Map.entry(NodeLabel.Alliance, Pattern.compile("alliance:\\d{2}")),
                Map.entry(NodeLabel.ServiceCenter, Pattern.compile("sc:\\d{3}")),
                Map.entry(NodeLabel.VanguardTeam, Pattern.compile("team:\\d{3}")),
                Map.entry(NodeLabel.Need, Pattern.compile("need:\\d{3}")),
                Map.entry(NodeLabel.Resource, Pattern.compile("resource:\\d{3}")),
                Map.entry(NodeLabel.Project, Pattern.compile("project:\\d{3}")),
                Map.entry(NodeLabel.Activity, Pattern.compile("activity:\\d{4}")),
                Map.entry(NodeLabel.Summons, Pattern.compile("summons:\\d{3}")),
                Map.entry(NodeLabel.ChangeEvent, Pattern.compile("event:\\d{4,}")),
                Map.entry(NodeLabel.DutyListItem, Pattern.compile("duty:(access|negative):\\d{2}")));
        Set<String> all = new HashSet<>();
        scale1.nodes().forEach((group, rows) -> rows.forEach(row -> {
            String id = (String) row.get("id");
            assertThat(all.add(id)).as("duplicate id " + id).isTrue();
            assertThat(id).matches(shapes.get(group.label()));
        }));
    }

    @Test
    void everyMemberHasExactlyOneCurrentMembershipAndTransfersAreRecorded() {
        Map<String, Integer> current = new HashMap<>();
        int earlier = 0;
        for (Rel r : graph.rels(RelType.MEMBER_OF)) {
            assertThat(graph.labels(r.from)).contains(NodeLabel.Member);
            assertThat(r.props.get("since")).isInstanceOf(LocalDate.class);
            if (r.props.containsKey("until")) {
                earlier++;
                assertThat((LocalDate) r.props.get("until")).isAfter((LocalDate) r.props.get("since"));
            } else {
                current.merge(r.from, 1, Integer::sum);
            }
        }
        assertThat(current).hasSize(graph.count(NodeLabel.Member));
        assertThat(current.values()).containsOnly(1);
        // about 2% moved once before 2018, and some since (into a new compound branch, or once or twice up to
        // 2024), each move with its MEMBER_TRANSFERRED event pointing at the person and the new organization
        assertThat(earlier).isBetween(graph.count(NodeLabel.Member) * 2 / 100, graph.count(NodeLabel.Member) * 4 / 100);
        assertThat(graph.events("MEMBER_TRANSFERRED")).hasSize(earlier);
    }

    @Test
    void theHistoryLiesInThePastAndEndsWhereTodayBegins() {
        LocalDate end = LocalDate.of(2024, 6, 30);
        assertThat(graph.ids(NodeLabel.ChangeEvent)).allMatch(e -> !((LocalDate) graph.props(e).get("date")).isAfter(end));
        // an earlier employer or home ends the day the current one begins; each move is a recorded change
        for (RelType type : List.of(RelType.MEMBER_OF, RelType.WORKS_AT, RelType.LIVES_IN)) {
            List<Rel> ended = graph.rels(type).stream().filter(r -> r.props.containsKey("until")).toList();
            assertThat(ended).as(type.name()).hasSizeGreaterThan(20).allMatch(r -> graph.outgoing(r.from).stream()
                    .filter(x -> x.type == type && !x.props.containsKey("until")).count() == 1
                    && graph.outgoing(r.from).stream().anyMatch(x -> x.type == type
                            && r.props.get("until").equals(x.props.get("since"))));
        }
        assertThat(graph.events("EMPLOYMENT_CHANGED")).hasSize((int) graph.rels(RelType.WORKS_AT).stream()
                .filter(r -> r.props.containsKey("until")).count());
        assertThat(graph.events("RESIDENCE_CHANGED")).hasSize((int) graph.rels(RelType.LIVES_IN).stream()
                .filter(r -> r.props.containsKey("until")).count());
        // an earlier employer is outside the alliances, so no figure and no link between alliance members moves
        assertThat(graph.rels(RelType.WORKS_AT).stream().filter(r -> r.props.containsKey("until")))
                .allMatch(r -> graph.out(r.to, RelType.IN_ALLIANCE).isEmpty());
        // the alliances grew until 2024
        assertThat(graph.events("UNIT_JOINED_ALLIANCE").stream().map(e -> ((LocalDate) graph.props(e).get("date")).getYear())
                .distinct()).contains(2018, 2019, 2020, 2021, 2022, 2023, 2024);
        // level changes chain (each starts where the one before ended) and end at today's level
        Map<String, List<String>> levelEvents = new HashMap<>();
        for (String e : graph.ids(NodeLabel.ChangeEvent)) {
            if (graph.props(e).containsKey("fromLevel")) {
                levelEvents.computeIfAbsent(graph.out(e, RelType.CHANGED).get(0), k -> new ArrayList<>()).add(e);
            }
        }
        assertThat(levelEvents).hasSizeGreaterThan(HeshanFigures.UPGRADED_SMALL_COMMUNITIES + 20);
        levelEvents.forEach((po, events) -> {
            events.sort(java.util.Comparator.comparing(e -> (LocalDate) graph.props(e).get("date")));
            for (int i = 1; i < events.size(); i++) {
                assertThat(graph.props(events.get(i)).get("fromLevel")).isEqualTo(graph.props(events.get(i - 1)).get("toLevel"));
            }
            assertThat(graph.props(events.get(events.size() - 1)).get("toLevel")).as(po).isEqualTo(graph.props(po).get("level"));
            assertThat((LocalDate) graph.props(events.get(0)).get("date")).isAfter((LocalDate) graph.props(po).get("founded"));
        });
    }

    @Test
    void propertyValuesAreCypherValuesAndNeverNull() {
        Predicate<Object> cypher = v -> v instanceof String || v instanceof Long || v instanceof Integer
                || v instanceof Double || v instanceof Boolean || v instanceof LocalDate;
        scale1.nodes().forEach((group, rows) -> rows.forEach(row -> ((Map<?, ?>) row.get("props")).forEach((k, v) -> {
            assertThat(k).isNotEqualTo("id");
            assertThat(v).as(group + " " + row.get("id") + "." + k).matches(x -> cypher.test(x)
                    || (x instanceof List<?> list && list.stream().allMatch(cypher)));
        })));
        scale1.relationships().forEach((group, rows) -> rows.forEach(row -> ((Map<?, ?>) row.get("props"))
                .forEach((k, v) -> assertThat(v).as(group + "." + k).matches(cypher))));
    }

    @Test
    void everyNameHasItsPinyinAndInitials() {
        Pattern pinyin = Pattern.compile("[a-z0-9]+");
        Set<NodeLabel> unnamed = Set.of(NodeLabel.ChangeEvent);
        scale1.nodes().forEach((group, rows) -> {
            if (unnamed.contains(group.label())) {
                return;
            }
            for (Map<String, Object> row : rows) {
                Map<?, ?> p = (Map<?, ?>) row.get("props");
                String name = (String) p.get("name");
                assertThat(name).as(row.get("id") + " name").isNotBlank();
                assertThat(p.get("generated")).as(row.get("id") + " generated").isInstanceOf(Boolean.class);
                ChineseName expected = spelled(group, name);
                assertThat((String) p.get("pinyin")).matches(pinyin).isEqualTo(expected.pinyin());
                assertThat(p.get("initials")).isEqualTo(expected.initials());
            }
        });
    }

    /** A person's name reads its surname as a surname; a service activity reads place, theme and 活动 apart. */
    private static ChineseName spelled(GraphBatch.NodeGroup group, String name) {
        if (group.label() == NodeLabel.Person || group.extraLabels().contains(NodeLabel.Person)) {
            return ChineseName.ofPerson(name);
        }
        for (String theme : Texts.SERVICE_THEMES) {
            if (group.label() == NodeLabel.Activity && name.endsWith(theme + "活动")) {
                return ChineseName.ofParts(name.substring(0, name.length() - theme.length() - 2), theme, "活动");
            }
        }
        return ChineseName.of(name);
    }

    @Test
    void realNamesAreMarkedNotGenerated() {
        assertThat(graph.props("city:heshan")).containsEntry("name", "鹤山市").containsEntry("generated", false);
        assertThat(graph.props("street:shaping")).containsEntry("name", "沙坪街道").containsEntry("pinyin", "shapingjiedao")
                .containsEntry("initials", "spjd").containsEntry("generated", false);
        List<String> towns = graph.ids(NodeLabel.Town).stream().map(id -> (String) graph.props(id).get("name")).toList();
        assertThat(towns).containsExactlyInAnyOrder("雅瑶镇", "古劳镇", "龙口镇", "桃源镇", "鹤城镇", "共和镇", "址山镇",
                "宅梧镇", "双合镇");
        assertThat(graph.ids(NodeLabel.Town)).allMatch(id -> graph.props(id).get("generated").equals(false));
        assertThat(graph.props("town:gonghe")).containsEntry("pinyin", "gonghezhen");
        assertThat(graph.ids(NodeLabel.Community)).allMatch(id -> graph.props(id).get("generated").equals(true));
        assertThat(graph.ids(NodeLabel.Person)).allMatch(id -> graph.props(id).get("generated").equals(true));
    }

    @Test
    void pinyinReadsPolyphonesByWordAndKeepsDigits() {
        assertThat(ChineseName.of("中国工商银行鹤山支行").pinyin()).isEqualTo("zhongguogongshangyinhangheshanzhihang");
        assertThat(ChineseName.of("行政执法").pinyin()).isEqualTo("xingzhengzhifa");
        assertThat(ChineseName.of("长者关爱探访").initials()).isEqualTo("zzgatf");
        assertThat(ChineseName.of("重阳敬老").pinyin()).isEqualTo("chongyangjinglao");
        assertThat(ChineseName.of("翠园12栋")).isEqualTo(new ChineseName("翠园12栋", "cuiyuan12dong", "cy12d"));
        assertThat(ChineseName.of("联席会议（2019年上半年）").pinyin()).isEqualTo("lianxihuiyi2019nianshangbannian");
        // a character outside the generated vocabulary is read too (the old table threw here)
        assertThat(ChineseName.of("龘")).isEqualTo(new ChineseName("龘", "da", "d"));
    }

    @Test
    void largestRemainderSplitsExactly() {
        int[] parts = Apportion.largestRemainder(2292, new double[] {101, 250.5, 3, 0, 77});
        assertThat(java.util.Arrays.stream(parts).sum()).isEqualTo(2292);
        assertThat(parts[3]).isZero();
        // 20 - 3 × 3 = 11 split 1:1:0 is 6, 5, 0 (the tie goes to the first), then the minimum on top
        assertThat(Apportion.withMinimum(20, 3, new double[] {1, 1, 0})).containsExactly(9, 8, 3);
    }

    // ------------------------------------------------------------------ the source's figures, from the batch

    @Test
    void theStructureFiguresHold() {
        assertThat(graph.nodes(NodeLabel.Unit, p -> p.get("kind").equals("AGENCY") || p.get("kind").equals(
                "PUBLIC_INSTITUTION"))).hasSize(HeshanFigures.AGENCIES_AND_PUBLIC_INSTITUTIONS);
        assertThat(graph.count(NodeLabel.Community)).isEqualTo(HeshanFigures.COMMUNITIES);
        assertThat(graph.nodes(NodeLabel.Community, p -> p.get("mainUrban").equals(true)))
                .hasSize(HeshanFigures.MAIN_URBAN_COMMUNITIES)
                .allMatch(c -> graph.out(c, RelType.PART_OF).equals(List.of("street:shaping")));
        assertThat(graph.count(NodeLabel.IndustrialPark)).isEqualTo(HeshanFigures.INDUSTRIAL_PARKS);
        assertThat(graph.count(NodeLabel.Alliance)).isEqualTo(HeshanFigures.ALLIANCES);
        assertThat(graph.nodes(NodeLabel.Alliance, p -> p.get("urbanRegional").equals(true)))
                .hasSize(HeshanFigures.URBAN_REGIONAL_ALLIANCES);
        assertThat(graph.count(NodeLabel.Grid)).isEqualTo(HeshanFigures.GRIDS);
        assertThat(graph.count(NodeLabel.ServiceCenter)).isEqualTo(HeshanFigures.SERVICE_CENTERS);
        assertThat(graph.nodes(NodeLabel.VanguardTeam, p -> p.get("kind").equals("PARTY_MEMBER")))
                .hasSize(HeshanFigures.PARTY_MEMBER_TEAMS);
        assertThat(graph.nodes(NodeLabel.VanguardTeam, p -> p.get("kind").equals("NON_PUBLIC_ENTERPRISE")))
                .hasSize(HeshanFigures.NON_PUBLIC_ENTERPRISE_TEAMS)
                .allMatch(t -> graph.props(graph.out(graph.out(t, RelType.FORMED_BY).get(0), RelType.HOSTED_BY).get(0))
                        .get("kind").equals("PRIVATE_ENTERPRISE"));
        assertThat(graph.nodes(NodeLabel.DutyListItem, p -> p.get("list").equals("ACCESS")))
                .hasSize(HeshanFigures.ACCESS_LIST_ITEMS);
        assertThat(graph.nodes(NodeLabel.DutyListItem, p -> p.get("list").equals("ACCESS")).stream()
                .map(i -> graph.props(i).get("area")).distinct()).hasSize(HeshanFigures.ACCESS_LIST_AREAS);
        assertThat(graph.nodes(NodeLabel.DutyListItem, p -> p.get("list").equals("NEGATIVE")))
                .hasSize(HeshanFigures.NEGATIVE_LIST_ITEMS);
        assertThat(graph.count(NodeLabel.Need) + graph.count(NodeLabel.Resource) + graph.count(NodeLabel.Project))
                .isGreaterThan(HeshanFigures.THREE_LISTS_MORE_THAN);
    }

    @Test
    void everyCommunityParkAndAgencyIsInExactlyOneAlliance() {
        List<String> members = new ArrayList<>(graph.ids(NodeLabel.Community));
        members.addAll(graph.ids(NodeLabel.IndustrialPark));
        members.addAll(graph.nodes(NodeLabel.Unit, p -> p.get("kind").equals("AGENCY")
                || p.get("kind").equals("PUBLIC_INSTITUTION")));
        assertThat(members).hasSize(334).allMatch(x -> graph.out(x, RelType.IN_ALLIANCE).size() == 1);
        // every unit joining has its event
        assertThat(graph.events("UNIT_JOINED_ALLIANCE")).hasSize(graph.rels(RelType.IN_ALLIANCE).stream()
                .filter(r -> graph.labels(r.from).contains(NodeLabel.Unit)).toList().size());
        // some units moved: each left one alliance (its membership ended, its leave recorded) the day it joined another
        List<Rel> ended = graph.rels(RelType.IN_ALLIANCE).stream().filter(r -> r.props.containsKey("until")).toList();
        assertThat(ended).isNotEmpty().hasSize(graph.events("LEFT_ALLIANCE").size())
                .allMatch(r -> graph.outgoing(r.from).stream().anyMatch(x -> x.type == RelType.IN_ALLIANCE
                        && !x.to.equals(r.to) && !x.props.containsKey("until")
                        && r.props.get("until").equals(x.props.get("since"))));
    }

    @Test
    void theCoverageFiguresHold() {
        assertThat(graph.coveredOrganizations()).isEqualTo(HeshanFigures.COVERED_PARTY_ORGANIZATIONS);
        assertThat(graph.coveredMembers()).isEqualTo(HeshanFigures.COVERED_MEMBERS);
        assertThat(graph.mainUrbanMembers()).isEqualTo(HeshanFigures.MAIN_URBAN_MEMBERS);
        // three main-urban communities under 100 members, yet committees, each upgraded with a recorded change
        List<String> small = graph.nodes(NodeLabel.Community, p -> p.get("mainUrban").equals(true)).stream()
                .filter(c -> graph.members(graph.organizationOf(c)) < 100).toList();
        assertThat(small).hasSize(HeshanFigures.UPGRADED_SMALL_COMMUNITIES).allMatch(c -> {
            String po = graph.organizationOf(c);
            return graph.props(po).get("level").equals("COMMITTEE") && graph.events("UPGRADED_TO_COMMITTEE").stream()
                    .anyMatch(e -> graph.out(e, RelType.CHANGED).contains(po));
        });
        List<String> urbanCompoundBranches = graph.sources(RelType.HOSTED_BY).stream()
                .filter(po -> graph.labels(graph.out(po, RelType.HOSTED_BY).get(0)).contains(NodeLabel.ResidentialCompound))
                .filter(po -> graph.props(graph.out(graph.out(po, RelType.HOSTED_BY).get(0), RelType.PART_OF).get(0))
                        .get("mainUrban").equals(true))
                .toList();
        assertThat(urbanCompoundBranches).hasSize(HeshanFigures.MAIN_URBAN_COMPOUND_BRANCHES);
        assertThat(graph.events("BRANCH_FOUNDED").stream().filter(e -> "EPIDEMIC".equals(graph.props(e).get("context"))))
                .hasSize(HeshanFigures.EPIDEMIC_COMPOUND_BRANCHES);
        // planners hunt gaps: some compounds have no branch, some units never reported
        assertThat(graph.count(NodeLabel.ResidentialCompound)).isGreaterThan(
                HeshanFigures.MAIN_URBAN_COMPOUND_BRANCHES + HeshanFigures.EPIDEMIC_COMPOUND_BRANCHES);
        long reportingUnits = graph.rels(RelType.REPORTS_TO).stream()
                .filter(r -> graph.labels(r.from).contains(NodeLabel.PartyOrganization)).count();
        assertThat(reportingUnits).isLessThan(graph.rels(RelType.IN_ALLIANCE).stream()
                .filter(r -> graph.labels(r.from).contains(NodeLabel.Unit)).count());
    }

    @Test
    void theServiceFiguresHold() {
        assertThat(graph.dualReporters()).isGreaterThan(HeshanFigures.DUAL_REPORTING_MORE_THAN);
        List<String> services = graph.nodes(NodeLabel.Activity, p -> p.get("kind").equals("SERVICE"));
        assertThat(services).hasSizeGreaterThan(HeshanFigures.SERVICE_ACTIVITIES_MORE_THAN);
        assertThat(graph.serviceParticipations()).isGreaterThan(HeshanFigures.PARTICIPATIONS_MORE_THAN);
        int beneficiaries = services.stream().mapToInt(a -> (int) graph.props(a).get("beneficiaries")).sum();
        assertThat(beneficiaries).isBetween(195_000, 200_000);
        // joint activities exist: several organizers
        assertThat(services.stream().filter(a -> graph.out(a, RelType.ORGANIZED_BY).size() > 1).count())
                .isGreaterThan(50);
        // joint meetings at the four levels
        assertThat(graph.nodes(NodeLabel.Activity, p -> p.get("kind").equals("JOINT_MEETING")).stream()
                .map(a -> graph.props(a).get("meetingLevel")).distinct())
                .containsExactlyInAnyOrder("CITY", "STREET", "ALLIANCE", "COMMUNITY");
        // the three-lists funnel
        List<Object> statuses = graph.ids(NodeLabel.Need).stream().map(n -> graph.props(n).get("status")).toList();
        assertThat(statuses).contains("RAISED", "MATCHED", "DONE");
        assertThat(graph.rels(RelType.PAID_BY)).allMatch(r -> graph.props(r.to).get("kind").equals("AGENCY"));
    }

    @Test
    void theEpidemicFiguresHold() {
        assertThat(graph.mobilized(NodeLabel.PartyOrganization)).isEqualTo(HeshanFigures.EPIDEMIC_PARTY_ORGANIZATIONS);
        assertThat(graph.mobilized(NodeLabel.Member)).isEqualTo(HeshanFigures.EPIDEMIC_MEMBERS);
        List<Rel> stationed = graph.rels(RelType.STATIONED_AT);
        assertThat(stationed).hasSize(HeshanFigures.STATIONED_UNITS).allMatch(r ->
                graph.props(graph.out(r.from, RelType.IN_ALLIANCE).get(0)).get("urbanRegional").equals(true)
                        && graph.props(r.to).get("mainUrban").equals(true));
        Set<String> stationedUnits = new HashSet<>();
        stationed.forEach(r -> stationedUnits.add(r.from));
        long frontLine = graph.rels(RelType.MOBILIZED_FOR).stream()
                .filter(r -> Boolean.TRUE.equals(r.props.get("frontLine")))
                .filter(r -> graph.out(r.from, RelType.WORKS_AT).stream().anyMatch(stationedUnits::contains))
                .map(r -> r.from).distinct().count();
        assertThat(frontLine).isGreaterThan(HeshanFigures.STATIONED_FRONT_LINE_MORE_THAN);
        List<Rel> screened = graph.rels(RelType.HELD_AT).stream().filter(r -> r.from.equals(EpidemicStep.CAMPAIGN_ID))
                .toList();
        assertThat(screened).hasSize(HeshanFigures.MAIN_URBAN_COMMUNITIES);
        assertThat(screened.stream().mapToInt(r -> (int) r.props.get("stairwells")).sum())
                .isEqualTo(HeshanFigures.STAIRWELLS_WALKED);
        assertThat(screened.stream().mapToInt(r -> (int) r.props.get("households")).sum())
                .isEqualTo(HeshanFigures.HOUSEHOLDS_SCREENED);
        assertThat(graph.distinctFrom(RelType.VOLUNTEERS_FOR)).isEqualTo(HeshanFigures.VOLUNTEER_POOL);
        // volunteers serve the compound they live in
        assertThat(graph.rels(RelType.VOLUNTEERS_FOR)).allMatch(r -> graph.out(r.from, RelType.LIVES_IN).contains(r.to));
    }

    @Test
    void theCommunityWorkerAndFundFiguresHold() {
        List<Rel> workers = graph.rels(RelType.COMMUNITY_WORKER_OF);
        assertThat(workers).hasSize(HeshanFigures.COMMUNITY_WORKERS);
        int households = graph.ids(NodeLabel.Community).stream().mapToInt(c -> (int) graph.props(c).get("households")).sum();
        assertThat(Math.round(households / (double) workers.size())).isEqualTo(HeshanFigures.HOUSEHOLDS_PER_COMMUNITY_WORKER);
        for (String c : graph.ids(NodeLabel.Community)) {
            long own = workers.stream().filter(r -> r.to.equals(c)).count();
            assertThat(own).isEqualTo(Math.round((int) graph.props(c).get("households") / 300.0));
            assertThat(graph.props(c)).containsEntry("serviceFundYuan", 100_000L).containsEntry("officeFundYuan", 100_000L);
        }
        List<String> recruited = graph.events("RECRUITED_AS_CIVIL_SERVANT").stream()
                .map(e -> graph.out(e, RelType.CHANGED).get(0)).toList();
        assertThat(recruited).hasSize(HeshanFigures.CIVIL_SERVANT_SECRETARIES).allMatch(p -> {
            String community = graph.out(p, RelType.COMMUNITY_WORKER_OF).get(0);
            return graph.currentOrganization(p).equals(graph.organizationOf(community));
        });
        assertThat(graph.props("city:heshan")).containsEntry("specialFundYuan", 10_000_000L)
                .containsEntry("specialFundSince", 2018).containsEntry("communityWorkerPayBudgetYuan", 8_000_000L);
        int newArea = graph.nodes(NodeLabel.ServiceCenter, p -> p.get("inNewBuilding").equals(true)).stream()
                .mapToInt(s -> (int) graph.props(s).get("floorAreaM2")).sum();
        assertThat(newArea).isGreaterThan(HeshanFigures.NEW_BUILDING_AREA_MORE_THAN_M2);
    }

    // ------------------------------------------------------------------ a tiny in-memory view of a batch

    private record Rel(RelType type, String from, String to, Map<String, Object> props) {
    }

    private static final class Graph {
        private final Map<String, Set<NodeLabel>> labels = new HashMap<>();
        private final Map<String, Map<String, Object>> props = new HashMap<>();
        private final Map<NodeLabel, List<String>> byLabel = new HashMap<>();
        private final Map<RelType, List<Rel>> rels = new HashMap<>();
        private final Map<String, List<Rel>> outgoing = new HashMap<>();
        private final Map<String, List<Rel>> incoming = new HashMap<>();

        Graph(GraphBatch batch) {
            batch.nodes().forEach((group, rows) -> rows.forEach(row -> {
                String id = (String) row.get("id");
                Set<NodeLabel> all = new HashSet<>(group.extraLabels());
                all.add(group.label());
                labels.put(id, all);
                props.put(id, properties(row));
                all.forEach(l -> byLabel.computeIfAbsent(l, k -> new ArrayList<>()).add(id));
            }));
            batch.relationships().forEach((group, rows) -> rows.forEach(row -> {
                Rel r = new Rel(group.type(), (String) row.get("from"), (String) row.get("to"), properties(row));
                rels.computeIfAbsent(r.type, k -> new ArrayList<>()).add(r);
                outgoing.computeIfAbsent(r.from, k -> new ArrayList<>()).add(r);
                incoming.computeIfAbsent(r.to, k -> new ArrayList<>()).add(r);
            }));
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> properties(Map<String, Object> row) {
            return (Map<String, Object>) row.get("props");
        }

        Set<NodeLabel> labels(String id) {
            return labels.getOrDefault(id, Set.of());
        }

        Map<String, Object> props(String id) {
            return props.get(id);
        }

        List<String> ids(NodeLabel label) {
            return byLabel.getOrDefault(label, List.of());
        }

        int count(NodeLabel label) {
            return ids(label).size();
        }

        List<String> nodes(NodeLabel label, Predicate<Map<String, Object>> where) {
            return ids(label).stream().filter(id -> where.test(props(id))).toList();
        }

        List<Rel> rels(RelType type) {
            return rels.getOrDefault(type, List.of());
        }

        int relationships(RelType type) {
            return rels(type).size();
        }

        List<Rel> outgoing(String id) {
            return outgoing.getOrDefault(id, List.of());
        }

        List<String> out(String id, RelType type) {
            return outgoing.getOrDefault(id, List.of()).stream().filter(r -> r.type == type).map(Rel::to).toList();
        }

        List<String> in(String id, RelType type) {
            return incoming.getOrDefault(id, List.of()).stream().filter(r -> r.type == type).map(Rel::from).toList();
        }

        List<String> sources(RelType type) {
            return rels(type).stream().map(Rel::from).distinct().toList();
        }

        int distinctFrom(RelType type) {
            return sources(type).size();
        }

        List<String> events(String type) {
            return nodes(NodeLabel.ChangeEvent, p -> p.get("type").equals(type));
        }

        /** The party organization a community (or park, unit …) hosts at the top. */
        String organizationOf(String host) {
            return in(host, RelType.HOSTED_BY).stream().filter(po -> out(po, RelType.SUBORDINATE_TO).stream()
                    .noneMatch(parent -> out(parent, RelType.HOSTED_BY).contains(host))).findFirst().orElseThrow();
        }

        String currentOrganization(String person) {
            return outgoing.get(person).stream().filter(r -> r.type == RelType.MEMBER_OF && !r.props.containsKey("until"))
                    .map(Rel::to).findFirst().orElseThrow();
        }

        /** An organization and everything below it. */
        Set<String> subtree(String po) {
            Set<String> all = new HashSet<>();
            List<String> todo = new ArrayList<>(List.of(po));
            while (!todo.isEmpty()) {
                String next = todo.remove(todo.size() - 1);
                if (all.add(next)) {
                    todo.addAll(in(next, RelType.SUBORDINATE_TO));
                }
            }
            return all;
        }

        int members(String po) {
            return currentMembersOf(subtree(po)).size();
        }

        Set<String> currentMembersOf(Set<String> organizations) {
            Set<String> members = new HashSet<>();
            for (Rel r : rels(RelType.MEMBER_OF)) {
                if (!r.props.containsKey("until") && organizations.contains(r.to)) {
                    members.add(r.from);
                }
            }
            return members;
        }

        int currentMemberships() {
            return (int) rels(RelType.MEMBER_OF).stream().filter(r -> !r.props.containsKey("until")).count();
        }

        /** The definition in the check: hosted by an alliance member, or below such an organization. */
        Set<String> covered() {
            Set<String> covered = new HashSet<>();
            for (Rel membership : rels(RelType.IN_ALLIANCE)) {
                for (String root : in(membership.from, RelType.HOSTED_BY)) {
                    covered.addAll(subtree(root));
                }
            }
            return covered;
        }

        int coveredOrganizations() {
            return covered().size();
        }

        int coveredMembers() {
            return currentMembersOf(covered()).size();
        }

        int mainUrbanMembers() {
            Set<String> organizations = new HashSet<>();
            nodes(NodeLabel.Community, p -> p.get("mainUrban").equals(true))
                    .forEach(c -> organizations.addAll(subtree(organizationOf(c))));
            return currentMembersOf(organizations).size();
        }

        int mobilized(NodeLabel label) {
            return (int) rels(RelType.MOBILIZED_FOR).stream().filter(r -> labels(r.from).contains(label))
                    .map(Rel::from).distinct().count();
        }

        int dualReporters() {
            return (int) rels(RelType.REPORTS_TO).stream().filter(r -> labels(r.from).contains(NodeLabel.Member))
                    .map(Rel::from).distinct().count();
        }

        int serviceParticipations() {
            return (int) rels(RelType.PARTICIPATED_IN).stream()
                    .filter(r -> props(r.to).get("kind").equals("SERVICE")).count();
        }
    }
}
