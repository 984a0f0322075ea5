package org.orggraph.api;

/**
 * The HTTP connection a GraphQL request came on, as far as the watch of running requests needs it
 * ({@link RunningRequests}): whether its client has gone away. Put into each HTTP request's attributes under
 * {@link #ATTRIBUTE} by {@link TomcatClientConnections}.
 */
interface ClientConnection {

    String ATTRIBUTE = ClientConnection.class.getName();

    /**
     * Whether the client closed (or reset) the connection. Called from the watch's own thread while the request's
     * thread executes it and neither reads nor writes the connection; never blocks.
     */
    boolean gone();
}
