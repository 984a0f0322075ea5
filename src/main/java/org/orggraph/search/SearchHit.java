package org.orggraph.search;

import org.orggraph.node.Personal;

/** A search result: the node found (as its GraphQL object), its score, label and name. */
public record SearchHit(double score, Object node, String label, String name) implements Personal {

    /** A person's name is masked by role like the person's own. */
    @Override
    public boolean personal() {
        return label.equals("Person");
    }
}
