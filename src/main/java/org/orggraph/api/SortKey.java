package org.orggraph.api;

/**
 * What a list is sorted by: the GraphQL enum constant's name (it names the order in cursors) and the property of
 * the list's node {@code n}, named by the SDL ({@code @sortBy} on the order enum's values, see {@code node/RootLists}),
 * so only property names the schema declares are ever spliced into a statement.
 */
public record SortKey(String name, String property) {

    public SortKey {
        checked(property);
    }

    /** A property name that may be spliced into a statement: letters and digits only. */
    public static String checked(String property) {
        if (property == null || !property.matches("[A-Za-z][A-Za-z0-9]*")) {
            throw new IllegalStateException("Not a property name: " + property);
        }
        return property;
    }
}
