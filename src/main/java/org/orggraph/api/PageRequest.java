package org.orggraph.api;

import java.util.Map;

/**
 * A validated {@code first}/{@code after} of one list: how many items, and the keyset after which they start
 * ({@code null} for the first page). The keyset is what the cursor of the last item seen held — the list's sort key
 * and id — so the next page is a range condition, not a count of rows to skip: page 200 costs what page 1 costs,
 * and items inserted between two requests are neither skipped nor repeated. Made by {@link PageRequests}.
 *
 * @param size  items wanted (0 to {@value PageRequests#MAX_PAGE_SIZE})
 * @param after the keyset after which the page starts, or {@code null}
 * @param stamp what a cursor of this list, with these arguments, carries besides its keyset
 */
public record PageRequest(int size, Map<String, Object> after, Map<String, Object> stamp) {

    /** Items to fetch: one more than wanted, to know whether there is a next page. */
    public int limit() {
        return size + 1;
    }

    /** A value of the {@code after} keyset, or {@code null} for the first page. */
    public Object after(String key) {
        return after == null ? null : after.get(key);
    }
}
