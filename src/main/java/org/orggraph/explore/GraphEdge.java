package org.orggraph.explore;

import java.util.List;

/** A relationship as a drawing needs it; its id ({@code source-TYPE->target}) is stable across restarts. */
public record GraphEdge(String id, String type, String source, String target, List<Property> properties) {
}
