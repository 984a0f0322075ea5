package org.orggraph.loadtest;

/** What a client of the load does in one request; reported apart. */
enum OperationKind {
    /** One of the cookbook's queries (docs/cookbook.md, graphql/examples/). */
    COOKBOOK(true),
    /** A search by a name part, pinyin or initials. */
    SEARCH(true),
    /** Pages of communities and units. */
    LIST(true),
    /** createPerson: a new member of a branch, with a unique name. */
    CREATE_PERSON(false),
    /** transferMember: a member the client created moves to another branch. */
    TRANSFER_MEMBER(false),
    /** After the load: one created person read back. */
    READ_BACK(true);

    private final boolean read;

    OperationKind(boolean read) {
        this.read = read;
    }

    boolean read() {
        return read;
    }
}
