package org.orggraph.api;

/** The GraphQL {@code NameOrderField}: lists of named things sort by name (its pinyin) or id. */
public enum NameOrderField {
    NAME("pinyin"), ID("id");

    private final String property;

    NameOrderField(String property) {
        this.property = property;
    }

    public SortKey key() {
        return SortKey.of(this, property);
    }
}
