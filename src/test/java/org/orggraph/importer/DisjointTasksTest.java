package org.orggraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.orggraph.model.NodeLabel;

/** The bulk loader's relationship groups that end at the same nodes never run at the same time. */
class DisjointTasksTest {

    record Group(String name, Set<String> ends) {
    }

    @Test
    void tasksSharingAKeyNeverOverlapAndAllRun() {
        List<Group> groups = List.of(new Group("works at", Set.of("Person", "Unit")),
                new Group("lives in", Set.of("Person", "ResidentialCompound")),
                new Group("part of", Set.of("ResidentialCompound", "Community")),
                new Group("hosted by", Set.of("PartyOrganization", "Unit")),
                new Group("organized by", Set.of("Activity", "Alliance")),
                new Group("subordinate to", Set.of("PartyOrganization")));
        Set<String> running = new HashSet<>();
        List<String> overlaps = Collections.synchronizedList(new ArrayList<>());
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            new DisjointTasks<>(groups, Group::ends).runAll(pool, 3, group -> {
                synchronized (running) {
                    group.ends().stream().filter(running::contains).forEach(key -> overlaps.add(group.name() + " " + key));
                    running.addAll(group.ends());
                }
                sleep();
                synchronized (running) {
                    running.removeAll(group.ends());
                }
                ran.add(group.name());
            });
        } finally {
            pool.shutdownNow();
        }
        assertThat(overlaps).isEmpty();
        assertThat(ran).containsExactlyInAnyOrderElementsOf(groups.stream().map(Group::name).toList());
    }

    @Test
    void labelsThatShareNodesAreOneFamily() {
        GraphBatch batch = new GraphBatch()
                .node(NodeLabel.Person, Set.of(NodeLabel.Member), "person:1", Map.of())
                .node(NodeLabel.Person, "person:2", Map.of())
                .node(NodeLabel.Unit, "unit:1", Map.of());

        Map<String, String> families = BulkLoader.labelFamilies(batch);

        assertThat(families.get(NodeLabel.Member.cypher())).isEqualTo(families.get(NodeLabel.Person.cypher()));
        assertThat(families.get(NodeLabel.Unit.cypher())).isEqualTo(NodeLabel.Unit.cypher());
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
