package org.orggraph.alliance;

/** How much evidence of one kind a link has. */
public record LinkKindCount(LinkKind kind, int count) {
}
