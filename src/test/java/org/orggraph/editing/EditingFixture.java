package org.orggraph.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.neo4j.driver.Driver;
import org.orggraph.FixtureRemoval;
import org.orggraph.alliance.LinkProjection;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the mutation tests share: their own subjects (a unit with two branches, members with unique names), created
 * through the mutations themselves and deleted afterwards, so the Heshan figures other tests check stay as they
 * are; and a checksum of the whole database to show that a rejected mutation changed nothing.
 */
final class EditingFixture {

    private final HttpGraphQlTester graphQl;
    private final Driver driver;
    private final FixtureRemoval removal;
    final String tag = UUID.randomUUID().toString().substring(0, 6);
    private final List<String> created = new ArrayList<>();

    EditingFixture(HttpGraphQlTester graphQl, Driver driver, LinkProjection links) {
        this.graphQl = graphQl;
        this.driver = driver;
        this.removal = new FixtureRemoval(driver, links);
    }

    /**
     * The database's node (but the audit trail's, which records rejected mutations too), relationship and
     * change-event counts, and a checksum of
     * the properties of the tests' own subjects and of their relationships, where a mutation about them writes.
     */
    Map<String, Object> checksum() {
        return driver.executableQuery("""
                CALL () { MATCH (n) WHERE NOT n:AuditEntry RETURN count(n) AS nodes }
                CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
                CALL () { MATCH (e:ChangeEvent) RETURN count(e) AS events }
                CALL () {
                  UNWIND $ids AS id
                  MATCH (n {id: id})
                  CALL (n) {
                    MATCH (n)-[r]-()
                    WITH r ORDER BY elementId(r)
                    RETURN collect({type: type(r), properties: properties(r)}) AS rels
                  }
                  WITH id, n, rels ORDER BY id
                  RETURN collect({node: properties(n), labels: labels(n), rels: rels}) AS subjects
                }
                RETURN nodes, relationships, events, subjects
                """).withParameters(Map.of("ids", created)).execute().records().get(0).asMap();
    }

    GraphQlTester.Response mutate(String document, String operation, String variable, Map<String, Object> input) {
        GraphQlTester.Response response = graphQl.documentName("editing/" + document).operationName(operation)
                .variable(variable, input).execute();
        response.errors().verify();
        return response;
    }

    /** Runs a mutation that must succeed; returns the response. */
    GraphQlTester.Response ok(String document, String operation, String variable, Map<String, Object> input) {
        GraphQlTester.Response response = mutate(document, operation, variable, input);
        response.path(operation + ".errors").entityList(Object.class).hasSize(0);
        return response;
    }

    /** A new unit with the given name suffix. */
    String unit(String name) {
        String id = ok("organizations", "createOrganization", "create", Map.of("type", "UNIT",
                "name", "测试单位" + name + tag, "unitKind", "PRIVATE_ENTERPRISE", "employees", 12,
                "locatedInId", "street:shaping")).path("createOrganization.organization.id").entity(String.class).get();
        created.add(id);
        return id;
    }

    /** A new branch of a host, founded on a day. */
    String branch(String host, String name, String founded) {
        String id = ok("organizations", "foundBranch", "found", Map.of("name", "测试" + name + tag + "党支部",
                "hostId", host, "date", founded)).path("foundBranch.partyOrganization.id").entity(String.class).get();
        created.add(id);
        return id;
    }

    /** A new party member of a party organization since a day. */
    String member(String name, String partyOrganization, String since) {
        String id = ok("create-person", "createPerson", "input", Map.of("name", name, "isMember", true,
                "partyOrganizationId", partyOrganization, "since", since))
                .path("createPerson.person.id").entity(String.class).get();
        created.add(id);
        return id;
    }

    void track(String id) {
        created.add(id);
    }

    /** Deletes what the tests created, and the change events about it; the links through it go with it. */
    void cleanUp() {
        removal.deleteWithTheirChanges(created);
        assertThat(driver.executableQuery("MATCH (n) WHERE n.id IN $ids RETURN count(n) AS c")
                .withParameters(Map.of("ids", created)).execute().records().get(0).get("c").asInt()).isZero();
    }
}
