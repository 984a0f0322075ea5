package org.orggraph.api;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.query.JsonKeysetCursorStrategy;
import org.springframework.graphql.data.query.ScrollPositionCursorStrategy;
import tools.jackson.databind.DefaultTyping;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * The application's {@code CursorStrategy<ScrollPosition>}: Spring Boot's own (a {@link ScrollPositionCursorStrategy}
 * over a {@link JsonKeysetCursorStrategy}, Base64), writing the very same cursors, but each keyset with one
 * prepared Jackson writer. Why: Spring for GraphQL writes the cursor of every edge of every page, selected or not,
 * and the stock strategy goes through a WebFlux JSON encoder that builds a new writer and buffer for each; in the
 * nested bench query (about a hundred edges) that was the largest share of the JSON work of a request. Reading a
 * cursor ({@code after}) stays the stock strategy's.
 */
@Configuration(proxyBeanMethods = false)
class KeysetCursors {

    /** Primary: Boot still defines its own (its condition does not see this one), which nothing then uses. */
    @Bean
    @Primary
    CursorStrategy<ScrollPosition> keysetCursorStrategy() {
        return CursorStrategy.withEncoder(new ScrollPositionCursorStrategy(new PreparedKeysets()), CursorEncoder.base64());
    }

    /** Writes keysets as {@link JsonKeysetCursorStrategy} does, with its mapper's settings (Jackson 3); reads with it. */
    static final class PreparedKeysets implements CursorStrategy<Map<String, Object>> {

        private final JsonKeysetCursorStrategy stock = new JsonKeysetCursorStrategy();
        private final ObjectWriter writer;

        PreparedKeysets() {
            // the settings of JsonKeysetCursorStrategy's own mapper: typed values (dates, numbers) round-trip
            BasicPolymorphicTypeValidator types = BasicPolymorphicTypeValidator.builder()
                    .allowIfSubType(java.util.LinkedHashMap.class)
                    .allowIfSubType(java.util.HashMap.class)
                    .allowIfSubType("java.util.Collections")
                    .allowIfSubType("java.time.")
                    .allowIfSubType(java.util.Calendar.class)
                    .allowIfSubType(java.util.Date.class)
                    .allowIfSubType(java.util.UUID.class)
                    .allowIfSubType(Number.class)
                    .allowIfSubType(Enum.class)
                    .build();
            JsonMapper mapper = JsonMapper.builder().activateDefaultTyping(types, DefaultTyping.NON_FINAL)
                    .enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS).build();
            this.writer = mapper.writerFor(mapper.getTypeFactory().constructMapType(Map.class, String.class,
                    Object.class));
        }

        @Override
        public boolean supports(Class<?> targetType) {
            return stock.supports(targetType);
        }

        @Override
        public String toCursor(Map<String, Object> keys) {
            return writer.writeValueAsString(keys);
        }

        @Override
        public Map<String, Object> fromCursor(String cursor) {
            return stock.fromCursor(cursor);
        }
    }
}
