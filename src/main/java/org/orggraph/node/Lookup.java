package org.orggraph.node;

import org.orggraph.model.NodeLabel;
import org.springframework.stereotype.Component;

/** Typed root lookups ({@code community(id:)}, {@code unit(id:)}, …): wrong kind of id BAD_USER_INPUT, no such node NOT_FOUND. */
@Component
public class Lookup {

    private final NodeResolver resolver;

    public Lookup(NodeResolver resolver) {
        this.resolver = resolver;
    }

    public <T> T one(String id, NodeLabel label, Class<T> type) {
        IdArguments.requireKind("id", id, label);
        return resolver.require(id, type);
    }
}
