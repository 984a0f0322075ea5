package org.orggraph.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the {@code first}/{@code after} of any list field into a {@link PageRequest}, and keysets back into
 * cursors. Cursors are Spring for GraphQL's: a {@link KeysetScrollPosition} written by the application's
 * {@code CursorStrategy<ScrollPosition>} (JSON keyset, Base64). Besides the keyset, each cursor carries a stamp of
 * the field it was issued by and of that field's other arguments (filter, order, kinds, minWeight…), so a cursor
 * reused with other arguments is refused instead of silently starting somewhere else.
 */
@Component
public class PageRequests {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_PAGE_SIZE = 20;
    private static final String STAMP = "of";
    /** Arguments that move through a list rather than choose it. */
    private static final java.util.Set<String> PAGING_ARGUMENTS = java.util.Set.of("first", "after", "last", "before");

    private final CursorStrategy<ScrollPosition> cursors;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    /** A list field and its arguments other than paging ones: what a stamp digests. */
    private record Listed(String list, Map<String, Object> arguments) {
    }

    /** Bounded by the characters of the arguments kept (string arguments are at most a few hundred each). */
    private final Cache<Listed, Map<String, Object>> stamps = Caffeine.newBuilder()
            .maximumWeight(1_000_000)
            .<Listed, Map<String, Object>>weigher((listed, stamp) -> listed.list().length()
                    + listed.arguments().toString().length())
            .build();

    public PageRequests(CursorStrategy<ScrollPosition> cursors) {
        this.cursors = cursors;
    }

    /**
     * The page a list field asks for: its {@code first} (default {@value #DEFAULT_PAGE_SIZE}, at most
     * {@value #MAX_PAGE_SIZE}) and {@code after}, checked against this field and its other arguments.
     *
     * @throws ApiException BAD_USER_INPUT for a page size out of range or a cursor not of this list as asked
     */
    public PageRequest of(DataFetchingEnvironment env) {
        Integer first = env.getArgument("first");
        String after = env.getArgument("after");
        return of(first, after, stamp(env));
    }

    PageRequest of(Integer first, String after, Map<String, Object> stamp) {
        int size = first == null ? DEFAULT_PAGE_SIZE : first;
        if (size < 0) {
            throw ApiException.badInput("first must not be negative (got " + size + ")");
        }
        if (size > MAX_PAGE_SIZE) {
            throw ApiException.badInput("first may be at most " + MAX_PAGE_SIZE + " (got " + size
                    + "); page through longer lists with after: pageInfo.endCursor");
        }
        return new PageRequest(size, after == null ? null : keyset(after, stamp), stamp);
    }

    /** The cursor of an item of a page: its keyset and the page's stamp. */
    public String cursor(PageRequest request, Map<String, Object> keyset) {
        Map<String, Object> keys = new LinkedHashMap<>(keyset);
        keys.putAll(request.stamp());
        return cursors.toCursor(ScrollPosition.forward(keys));
    }

    private Map<String, Object> keyset(String cursor, Map<String, Object> stamp) {
        ScrollPosition position;
        try {
            position = cursors.fromCursor(cursor);
        } catch (RuntimeException e) {
            throw badCursor(cursor);
        }
        if (!(position instanceof KeysetScrollPosition keyset) || !keyset.getKeys().containsKey(STAMP)) {
            throw badCursor(cursor);
        }
        if (!stamp.get(STAMP).equals(keyset.getKeys().get(STAMP))) {
            throw ApiException.badInput("The cursor '" + cursor + "' belongs to another order or filter of this list;"
                    + " use cursors from a page fetched with the same orderBy, direction, filter and other arguments");
        }
        Map<String, Object> keys = new LinkedHashMap<>(keyset.getKeys());
        keys.remove(STAMP);
        return keys;
    }

    /**
     * The field's coordinates and its arguments other than paging ones, as a short digest; computed once per list
     * and arguments (a nested connection asks for the same stamp once per parent object).
     */
    private Map<String, Object> stamp(DataFetchingEnvironment env) {
        Map<String, Object> arguments = new TreeMap<>(env.getArguments());
        arguments.keySet().removeAll(PAGING_ARGUMENTS);
        String list = env.getExecutionStepInfo().getObjectType().getName() + "." + env.getField().getName();
        return stamps.get(new Listed(list, arguments), this::digest);
    }

    private Map<String, Object> digest(Listed listed) {
        byte[] text = (listed.list() + json.writeValueAsString(listed.arguments())).getBytes(StandardCharsets.UTF_8);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text);
            return Map.of(STAMP, Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 11));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A keyset value the list expects in every cursor of it; a cursor without it is not one of this list. */
    public static Object required(PageRequest request, String key) {
        if (request.after() != null && !request.after().containsKey(key)) {
            throw ApiException.badInput("The cursor given as after is not a cursor of this list: pass a"
                    + " pageInfo.endCursor or edges.cursor value from a previous page, unchanged");
        }
        return request.after(key);
    }

    private static ApiException badCursor(String cursor) {
        return ApiException.badInput("'" + cursor + "' is not a cursor of this list: pass a pageInfo.endCursor"
                + " or edges.cursor value from a previous page, unchanged");
    }
}
