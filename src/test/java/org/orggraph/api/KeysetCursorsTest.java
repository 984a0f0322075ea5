package org.orggraph.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.query.JsonKeysetCursorStrategy;
import org.springframework.graphql.data.query.ScrollPositionCursorStrategy;

import static org.assertj.core.api.Assertions.assertThat;

/** The prepared keyset writer writes exactly the cursors of Spring's stock strategy, and they read back. */
class KeysetCursorsTest {

    private final JsonKeysetCursorStrategy stock = new JsonKeysetCursorStrategy();
    private final KeysetCursors.PreparedKeysets prepared = new KeysetCursors.PreparedKeysets();
    private final CursorStrategy<ScrollPosition> cursors = new KeysetCursors().keysetCursorStrategy();
    private final CursorStrategy<ScrollPosition> stockCursors = CursorStrategy.withEncoder(
            new ScrollPositionCursorStrategy(), CursorEncoder.base64());

    @Test
    void everyKindOfKeysetValueIsWrittenAsTheStockStrategyWritesIt() {
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("key", null);
        withNull.put("id", "community:26");
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("weight", 12L);
        ordered.put("key", 3.5);
        ordered.put("id", "unit:0398");
        ordered.put("of", "AbCdEfGhIjK");
        for (Map<String, Object> keys : List.of(Map.<String, Object>of("key", "曾小贤", "id", "person:1"),
                Map.<String, Object>of("key", LocalDate.of(2020, 2, 3), "id", "activity:9"),
                Map.<String, Object>of("key", LocalDateTime.of(2020, 2, 3, 4, 5), "id", "x"),
                Map.<String, Object>of("key", ZonedDateTime.of(2020, 2, 3, 4, 5, 6, 0, ZoneOffset.UTC), "id", "x"),
                Map.<String, Object>of("key", 7, "count", 7L, "flag", true, "id", "x"),
                withNull, ordered)) {
            assertThat(prepared.toCursor(keys)).as("%s", keys).isEqualTo(stock.toCursor(keys));
            ScrollPosition position = ScrollPosition.forward(keys);
            String cursor = cursors.toCursor(position);
            assertThat(cursor).isEqualTo(stockCursors.toCursor(position));
            assertThat(((KeysetScrollPosition) cursors.fromCursor(cursor)).getKeys()).isEqualTo(keys);
        }
    }
}
