package org.orggraph.alliance;

import org.orggraph.explore.Path;

/** One evidence item of a link: its kind, its witness and the path from the link's source to its target. */
public record LinkEvidence(LinkKind kind, String witness, Path path) {

    public String description() {
        return path.description();
    }
}
