package org.orggraph.backup;

/** How many nodes and relationships a database or a backup file holds. */
public record GraphSize(long nodes, long relationships) {

    public boolean empty() {
        return nodes == 0 && relationships == 0;
    }

    @Override
    public String toString() {
        return nodes + " nodes and " + relationships + " relationships";
    }
}
