package org.orggraph.api;

/** Sort direction of a list; ties are always broken by ascending id, so every order is total and stable. */
public enum SortDirection {
    ASC, DESC
}
