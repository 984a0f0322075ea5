package org.orggraph.live;

import org.orggraph.history.ChangeEvent;

/** The GraphQL type {@code LiveChange}: a committed change and the cursor to resume after it. */
record LiveChange(String cursor, ChangeEvent change) {
}
