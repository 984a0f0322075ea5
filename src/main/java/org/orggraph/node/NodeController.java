package org.orggraph.node;

import java.util.List;

import org.orggraph.api.ApiException;
import org.orggraph.api.PageRequests;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code node(id:)} and {@code nodes(ids:)}: any object of the graph by its global id (Relay). */
@Controller
class NodeController {

    private final NodeResolver resolver;

    NodeController(NodeResolver resolver) {
        this.resolver = resolver;
    }

    @QueryMapping
    Object node(@Argument String id) {
        return resolver.byId(id);
    }

    @QueryMapping
    List<Object> nodes(@Argument List<String> ids) {
        if (ids.size() > PageRequests.MAX_PAGE_SIZE) {
            throw ApiException.badInput("nodes(ids:) takes at most " + PageRequests.MAX_PAGE_SIZE + " ids (got " + ids.size() + ")");
        }
        return resolver.byIds(ids);
    }
}
