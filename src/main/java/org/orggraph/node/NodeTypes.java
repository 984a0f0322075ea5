package org.orggraph.node;

import java.util.List;

/**
 * The GraphQL record types a feature contributes (one bean per feature): the record of each label it owns, and
 * the records of relationships with properties it shows (e.g. {@code Membership}: a person, a party organization,
 * since and until). Their simple class names are the GraphQL type names.
 */
public record NodeTypes(List<NodeType> nodes, List<Class<? extends Record>> relationships) {
}
