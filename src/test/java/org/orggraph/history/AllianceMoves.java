package org.orggraph.history;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the recorded history says of the units that moved between alliances after a day (history/HistoryStep): for
 * the tests that check an as-of answer against it. {@link #alliance()} is the alliance most units left since.
 */
public record AllianceMoves(String alliance, int leftSince, int joinedSince) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The alliance most units left after {@code day} (each leave's state before names it), with its joins since. */
    public static AllianceMoves after(Driver driver, LocalDate day) {
        Map<String, Long> leftSince = driver.executableQuery("""
                MATCH (e:ChangeEvent {type: 'LEFT_ALLIANCE'})-[:CHANGED]->(:Unit)
                WHERE e.date > $day RETURN e.before AS before""").withParameters(Map.of("day", day)).execute()
                .records().stream()
                .map(r -> JSON.readTree(r.get("before").asString()).get("alliance").asString())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        if (leftSince.isEmpty()) {
            return new AllianceMoves(null, 0, 0);
        }
        String alliance = leftSince.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        int joinedSince = driver.executableQuery("""
                MATCH (:Unit)<-[:CHANGED]-(e:ChangeEvent {type: 'UNIT_JOINED_ALLIANCE'})-[:INTO]->(:Alliance {id: $id})
                WHERE e.date > $day RETURN count(e) AS n""").withParameters(Map.of("day", day, "id", alliance))
                .execute().records().get(0).get("n").asInt();
        return new AllianceMoves(alliance, leftSince.get(alliance).intValue(), joinedSince);
    }
}
