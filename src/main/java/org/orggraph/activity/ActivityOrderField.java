package org.orggraph.activity;

import org.orggraph.api.SortKey;

/** GraphQL {@code ActivityOrderField}. */
enum ActivityOrderField {
    DATE("date"), ID("id"), NAME("name"), BENEFICIARIES("beneficiaries");

    private final String property;

    ActivityOrderField(String property) {
        this.property = property;
    }

    SortKey key() {
        return SortKey.of(this, property);
    }
}
