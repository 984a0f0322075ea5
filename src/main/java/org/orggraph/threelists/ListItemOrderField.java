package org.orggraph.threelists;

import org.orggraph.api.SortKey;

/** GraphQL {@code ListItemOrderField}: DATE is each list's own date property. */
enum ListItemOrderField {
    NAME, ID, DATE;

    SortKey key(String dateProperty) {
        return SortKey.of(this, switch (this) {
            case NAME -> "name";
            case ID -> "id";
            case DATE -> dateProperty;
        });
    }
}
