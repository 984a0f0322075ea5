package org.orggraph.editing;

import org.orggraph.node.NodeResolver;
import org.springframework.stereotype.Component;

/**
 * Reads what a mutation changed after it committed, through the one read path (so a payload shows exactly what a
 * query would, masked the same way).
 */
@Component
class ReadBack {

    private final NodeResolver resolver;

    ReadBack(NodeResolver resolver) {
        this.resolver = resolver;
    }

    /** The object an id names, as {@code type}; null for a null id. */
    <T> T node(String id, Class<T> type) {
        if (id == null) {
            return null;
        }
        Object found = resolver.byId(id);
        return type.isInstance(found) ? type.cast(found) : null;
    }

    /** The object an id names, whatever its type. */
    Object node(String id) {
        return id == null ? null : resolver.byId(id);
    }
}
