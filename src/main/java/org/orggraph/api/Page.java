package org.orggraph.api;

import java.util.List;
import java.util.Map;

/**
 * One page of a list, before Spring for GraphQL turns it into a Relay connection ({@link PageConnections}): the
 * items, the keyset of each (the sort key and id that its cursor encodes), whether items follow, and the total
 * when the query selected {@code totalCount} ({@code null} otherwise: it costs a statement of its own).
 *
 * @param items    the items, in order
 * @param keysets  per item, the values its cursor holds (the list's sort key and the id)
 * @param request  the request this page answers (its cursor stamp and whether it started after a cursor)
 * @param hasNext  whether items follow this page
 * @param total    how many items the whole list has, or {@code null} when not asked
 */
public record Page<T>(List<T> items, List<Map<String, Object>> keysets, PageRequest request, boolean hasNext,
        Integer total) {

    public Page {
        if (items.size() != keysets.size()) {
            throw new IllegalArgumentException("one keyset per item");
        }
    }

    /** Whether items precede this page: it was asked for after a cursor. */
    public boolean hasPrevious() {
        return request.after() != null;
    }

    /**
     * The page of {@code fetched}, which holds up to {@link PageRequest#limit()} items (one more than wanted, to
     * know whether there is a next page).
     */
    public static <T> Page<T> of(List<T> fetched, List<Map<String, Object>> keysets, PageRequest request,
            Integer total) {
        int size = Math.min(request.size(), fetched.size());
        return new Page<>(List.copyOf(fetched.subList(0, size)), List.copyOf(keysets.subList(0, size)), request,
                fetched.size() > request.size(), total);
    }

    /** The same page with other items (e.g. mapped to the GraphQL type), keysets unchanged. */
    public <R> Page<R> map(java.util.function.Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), keysets, request, hasNext, total);
    }
}
