package org.orggraph.node;

/**
 * A GraphQL object that may describe a person. Fields declared {@code @personal} are masked on objects that are
 * personal: a {@code Person} always; a drawing's node or a search hit only when it is one. Objects of other classes
 * are treated as personal, so that a forgotten case masks too much rather than too little.
 */
public interface Personal {

    default boolean personal() {
        return true;
    }
}
