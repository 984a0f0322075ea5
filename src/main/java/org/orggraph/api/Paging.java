package org.orggraph.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Cursor pagination shared by every list of the API. A cursor is an opaque token naming a position in one
 * particular order of one list; it is only valid with the same order it was issued for. Pages hold at most
 * {@value #MAX_PAGE_SIZE} items; {@value #DEFAULT_PAGE_SIZE} when {@code first} is omitted.
 */
public final class Paging {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_PAGE_SIZE = 20;
    private static final String PREFIX = "orggraph:v1:";

    private Paging() {
    }

    /**
     * A validated page request.
     *
     * @param offset items to skip
     * @param size   items wanted (0 to {@value #MAX_PAGE_SIZE})
     * @param order  the order the cursors belong to (e.g. {@code NAME_ASC})
     */
    public record Window(int offset, int size, String order) {

        /** Items to fetch: one more than wanted, to know whether there is a next page. */
        public int limit() {
            return size + 1;
        }

        public <T> Connection<T> connection(List<T> fetched, Integer totalCount) {
            return connection(fetched, totalCount, Function.identity());
        }

        /** The connection of {@code fetched} (up to {@link #limit()} items starting at {@link #offset()}). */
        public <S, T> Connection<T> connection(List<S> fetched, Integer totalCount, Function<S, T> mapper) {
            List<Edge<T>> edges = new ArrayList<>(Math.min(size, fetched.size()));
            for (int i = 0; i < Math.min(size, fetched.size()); i++) {
                edges.add(new Edge<>(cursor(order, offset + i + 1), mapper.apply(fetched.get(i))));
            }
            PageInfo info = new PageInfo(fetched.size() > size, offset > 0,
                    edges.isEmpty() ? null : edges.get(0).cursor(),
                    edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
            return new Connection<>(edges, info, totalCount);
        }
    }

    /**
     * Validates {@code first}/{@code after} of a list in the given order.
     *
     * @throws ApiException BAD_USER_INPUT for a negative or too large {@code first} or a cursor that is not one
     *                      of this list in this order
     */
    public static Window window(Integer first, String after, String order) {
        int size = first == null ? DEFAULT_PAGE_SIZE : first;
        if (size < 0) {
            throw ApiException.badInput("first must not be negative (got " + size + ")");
        }
        if (size > MAX_PAGE_SIZE) {
            throw ApiException.badInput("first may be at most " + MAX_PAGE_SIZE + " (got " + size
                    + "); page through longer lists with after: pageInfo.endCursor");
        }
        return new Window(after == null ? 0 : offsetOf(after, order), size, order);
    }

    static String cursor(String order, int position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + order + ":" + position).getBytes(StandardCharsets.UTF_8));
    }

    private static int offsetOf(String cursor, String order) {
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw badCursor(cursor);
        }
        String expected = PREFIX + order + ":";
        if (!decoded.startsWith(expected)) {
            if (decoded.startsWith(PREFIX)) {
                throw ApiException.badInput("The cursor '" + cursor + "' belongs to another order of this list;"
                        + " use cursors from a page fetched with the same orderBy and direction");
            }
            throw badCursor(cursor);
        }
        try {
            int position = Integer.parseInt(decoded.substring(expected.length()));
            if (position < 0) {
                throw badCursor(cursor);
            }
            return position;
        } catch (NumberFormatException e) {
            throw badCursor(cursor);
        }
    }

    private static ApiException badCursor(String cursor) {
        return ApiException.badInput("'" + cursor + "' is not a cursor of this list: pass a pageInfo.endCursor"
                + " or edges.cursor value from a previous page, unchanged");
    }
}
