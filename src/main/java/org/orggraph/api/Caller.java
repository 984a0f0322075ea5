package org.orggraph.api;

import java.util.EnumSet;
import java.util.Set;

import graphql.GraphQLContext;

/**
 * Who sends a GraphQL request, as the read path and the mutations need it: a name for the history and the audit
 * trail, and the roles. Put into each request's {@link GraphQLContext} under {@link #KEY} by the security
 * configuration; a request without one is treated as {@link #NOBODY}, who may see nothing personal.
 */
public record Caller(String name, Set<Role> roles) {

    public static final String KEY = Caller.class.getName();

    public static final Caller NOBODY = new Caller("anonymous", EnumSet.noneOf(Role.class));

    public Caller {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** Whether one of the caller's roles has the reach of {@code role}. */
    public boolean has(Role role) {
        return roles.stream().anyMatch(own -> own.includes(role));
    }

    /** The caller of a request, {@link #NOBODY} when the context has none. */
    public static Caller of(GraphQLContext context) {
        Caller caller = context == null ? null : context.get(KEY);
        return caller == null ? NOBODY : caller;
    }
}
