package org.orggraph.alliance;

import java.util.List;

/** Nodes to act on: how many there are, and the first of them by id (GraphQL objects, through the read path). */
record GapList(int totalCount, List<Object> nodes) {
}
