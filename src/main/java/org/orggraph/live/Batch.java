package org.orggraph.live;

import java.util.List;

/**
 * What one poll of the change feed found: the changes numbered {@code from < seq <= to}, in order. A subscriber
 * whose cursor is at least {@code from} takes them from memory; one further behind reads the gap from the database
 * first ({@link LiveChanges}).
 */
record Batch(long from, long to, List<Numbered> changes) {

    /** Not a poll: makes a new subscriber read everything after its cursor from the database. */
    static Batch catchUp() {
        return new Batch(Long.MAX_VALUE, Long.MAX_VALUE, List.of());
    }
}
