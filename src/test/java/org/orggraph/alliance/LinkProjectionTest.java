package org.orggraph.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.PageRequest;
import org.orggraph.node.ReadPath;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The link projection answers what walking every member's evidence answers: for every Heshan alliance, its
 * cross-unit links, bridges and isolated members, whole and paged with evidence, for some kinds, a minimum weight
 * and a past day. The walk ({@code organization-links.cypher}) is the oracle.
 */
@OrgGraphTest
class LinkProjectionTest {

    private static final List<String> ALL = LinkKind.ALL.stream().map(Enum::name).toList();

    @Autowired
    OrganizationLinks links;

    @Autowired
    ReadPath readPath;

    @Test
    void everyAllianceHasTheSameLinksBridgesAndIsolatedMembersAsByWalkingItsMembers() {
        Set<OrganizationLinks.Request> whole = new LinkedHashSet<>();
        for (String alliance : alliances()) {
            whole.add(request(alliance, true, ALL, 1, 2000, 0, null));
            whole.add(request(alliance, false, ALL, 1, 2000, 0, null));
        }
        Map<String, Object> projected = described(links.load(whole, OrganizationLinks.PROJECTED));

        assertThat(projected).isEqualTo(described(links.load(whole, OrganizationLinks.WALKED)));
        assertThat(projected.values()).allSatisfy(answer -> assertThat(answer.toString()).contains("weight"));
    }

    @Test
    void pagesWithEvidenceSomeKindsAMinimumWeightAndAPastDayAreTheSameAsByWalking() {
        Set<OrganizationLinks.Request> asked = new LinkedHashSet<>();
        for (String alliance : alliances()) {
            asked.add(request(alliance, true, ALL, 1, 5, 3, null));
            asked.add(request(alliance, false, List.of("PROJECT_FOR_NEED", "RESOURCE_USED"), 2, 4, 2, null));
            asked.add(request(alliance, true, List.of("SUMMONS_ANSWERED", "JOINT_ACTIVITY"), 1, 2000, 0,
                    LocalDate.of(2020, 1, 1)));
        }

        assertThat(described(links.load(asked, OrganizationLinks.PROJECTED)))
                .isEqualTo(described(links.load(asked, OrganizationLinks.WALKED)));
    }

    private List<String> alliances() {
        return IntStream.rangeClosed(1, 18).mapToObj(i -> "alliance:%02d".formatted(i)).toList();
    }

    private static OrganizationLinks.Request request(String alliance, boolean within, List<String> kinds,
            int minWeight, int first, int evidence, LocalDate asOf) {
        return new OrganizationLinks.Request(alliance, within, kinds, minWeight, new PageRequest(first, null, Map.of()),
                evidence, asOf);
    }

    /** Each answer as text: counts, links with their ends, weights, kind counts and evidence, isolated members. */
    private Map<String, Object> described(Map<OrganizationLinks.Request, OrganizationLinks.Result> results) {
        return results.entrySet().stream().collect(Collectors.toMap(e -> e.getKey().toString(), e -> {
            OrganizationLinks.Result result = e.getValue();
            return result.totalCount() + " " + result.page().stream().map(this::described).toList() + " isolated "
                    + result.isolated().stream().map(AllianceMember::organizationId).toList();
        }));
    }

    private String described(OrganizationLink link) {
        String other = link instanceof AllianceBridge bridge ? " of " + bridge.otherAlliance().id() : "";
        return readPath.idOf(link.source()) + "-" + readPath.idOf(link.target()) + other + " weight " + link.weight()
                + " " + link.kindCounts() + " " + link.evidenceFetched().stream()
                        .map(item -> item.kind() + "/" + item.witness() + "/" + item.path()).toList();
    }
}
