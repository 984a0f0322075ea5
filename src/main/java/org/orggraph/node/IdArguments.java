package org.orggraph.node;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.orggraph.api.ApiException;
import org.orggraph.model.NodeLabel;

/** Checks id arguments of filters before they reach Cypher, so a mistyped id is a clear error, not an empty list. */
public final class IdArguments {

    private IdArguments() {
    }

    /**
     * @throws ApiException BAD_USER_INPUT when {@code id} (if given) is not an id of one of {@code allowed}
     */
    public static void requireKind(String argument, String id, NodeLabel... allowed) {
        if (id == null) {
            return;
        }
        NodeLabel label = NodeResolver.labelOf(id);
        if (allowed.length > 0 && Arrays.stream(allowed).noneMatch(l -> l == label)) {
            throw ApiException.badInput(argument + " must be the id of a " + Arrays.stream(allowed)
                    .map(l -> l.name() + " ('" + IdPrefixes.prefixOf(l) + ":…')").collect(Collectors.joining(" or "))
                    + "; '" + id + "' is a " + label.name());
        }
    }
}
