package org.orggraph.area;

import org.orggraph.api.SortKey;

/** The GraphQL {@code CommunityOrderField}. */
enum CommunityOrderField {
    NAME("pinyin"), ID("id"), HOUSEHOLDS("households");

    private final String property;

    CommunityOrderField(String property) {
        this.property = property;
    }

    SortKey key() {
        return SortKey.of(this, property);
    }
}
