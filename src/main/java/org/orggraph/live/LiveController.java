package org.orggraph.live;

import java.util.List;

import graphql.GraphQLContext;
import org.orggraph.api.ApiError;
import org.orggraph.api.ApiException;
import org.orggraph.api.Caller;
import org.orggraph.model.NodeLabel;
import org.orggraph.node.NodeResolver;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/**
 * {@code Subscription.changes}: checks the caller and the arguments before anything streams (a bad argument is a
 * GraphQL error of the subscription, with its code), then hands over to {@link LiveChanges}. The objects it emits
 * are {@code ChangeEvent}s read through the read path; their subjects ({@code changed}) are fetched and masked by
 * the caller's role like anywhere else.
 */
@Controller
class LiveController {

    private static final NodeLabel[] AREAS = {NodeLabel.City, NodeLabel.Street, NodeLabel.Town, NodeLabel.Village,
        NodeLabel.Community, NodeLabel.ResidentialCompound, NodeLabel.IndustrialPark};

    private final LiveChanges live;
    private final NodeResolver resolver;

    LiveController(LiveChanges live, NodeResolver resolver) {
        this.live = live;
        this.resolver = resolver;
    }

    @SubscriptionMapping
    Flux<LiveChange> changes(@Argument List<String> types, @Argument String areaId, @Argument String allianceId,
            @Argument String after, GraphQLContext context) {
        if (Caller.of(context).equals(Caller.NOBODY)) {
            // The security configuration lets no anonymous request through; this keeps it so for any new transport.
            throw new ApiException(ApiError.UNAUTHENTICATED, "Log in to subscribe to changes");
        }
        long start = after == null ? -1 : FeedCursor.seq(after);
        existing("areaId", areaId, "area", AREAS);
        existing("allianceId", allianceId, "alliance", NodeLabel.Alliance);
        return live.after(start < 0 ? live.now() : start, Interest.of(types, areaId, allianceId));
    }

    private void existing(String argument, String id, String what, NodeLabel... labels) {
        if (id != null) {
            NodeResolver.requireKind(argument, id, labels);
            if (resolver.byId(id) == null) {
                throw ApiException.notFound(what, id);
            }
        }
    }
}
