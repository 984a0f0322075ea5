package org.orggraph.editing;

import java.util.List;

/** Thrown inside a mutation's transaction when validation fails: the transaction rolls back, nothing is written. */
final class Rejected extends RuntimeException {

    private final transient List<MutationError> errors;

    Rejected(List<MutationError> errors) {
        super(errors.size() + " validation error(s)", null, false, false);
        this.errors = List.copyOf(errors);
    }

    List<MutationError> errors() {
        return errors;
    }
}
