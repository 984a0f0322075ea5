package org.orggraph.api;

/**
 * The Cypher condition "after this keyset" for a list ordered by one sort key and then by ascending id, with the
 * keyset as parameters {@code $afterKey} and {@code $afterId} (both {@code null} on the first page). Cypher puts
 * nulls last in ascending and first in descending order; the condition follows that, so items whose sort key is
 * missing are paged like the others. The expressions are fixed fragments chosen from enums, never user input.
 */
public final class Keyset {

    private Keyset() {
    }

    /**
     * @param key  the sort key, e.g. {@code n.pinyin}
     * @param desc whether the key sorts descending (ties always by ascending id)
     * @param id   the id expression, e.g. {@code n.id}
     */
    public static String after(String key, boolean desc, String id) {
        String sameKeyLaterId = "(" + key + " = $afterKey AND " + id + " > $afterId)";
        String whenKeyNull = desc
                ? "(" + key + " IS NOT NULL OR " + id + " > $afterId)"
                : "(" + key + " IS NULL AND " + id + " > $afterId)";
        String whenKey = desc
                ? "(" + key + " < $afterKey OR " + sameKeyLaterId + ")"
                : "(" + key + " > $afterKey OR " + key + " IS NULL OR " + sameKeyLaterId + ")";
        return "($afterId IS NULL OR ($afterKey IS NULL AND " + whenKeyNull + ") OR ($afterKey IS NOT NULL AND "
                + whenKey + "))";
    }
}
