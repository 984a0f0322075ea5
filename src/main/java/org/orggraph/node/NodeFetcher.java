package org.orggraph.node;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.orggraph.model.NodeLabel;

/**
 * Fetches the GraphQL objects of some labels by their global ids. Every feature that owns GraphQL types of the
 * model contributes one as a bean; {@link NodeResolver} collects them for {@code node(id:)}, {@code nodes(ids:)}
 * and for anything that needs "whatever object this id names".
 *
 * <p>The objects are records whose simple class name is the GraphQL type name (e.g. {@code Community}), so that
 * Spring's {@code ClassNameTypeResolver} resolves the {@code Node} and {@code Organization} interfaces.
 */
public interface NodeFetcher {

    /** The labels this fetcher answers for; no two fetchers share a label. */
    Set<NodeLabel> labels();

    /**
     * The objects for those of {@code ids} that exist, keyed by id; ids that name nothing are simply absent.
     * All ids are of this fetcher's labels. Implementations run one statement per label present in {@code ids}.
     */
    Map<String, Object> fetch(Collection<String> ids);
}
