package org.orggraph.startup;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Whether a TCP port can be listened on, tried before anything is started or written, so that a taken port is
 * reported in the first seconds and names the property that moves it.
 */
public final class PortCheck {

    private PortCheck() {
    }

    /**
     * @param address  where the server will listen; {@code null} for all interfaces
     * @param port     the configured port; 0 or less (a free port, or no server) is not checked
     * @param property the property that sets the port, named in the message
     * @throws StartupProblem when the port is taken (or may not be used)
     */
    public static void requireFree(InetAddress address, int port, String property) {
        if (port <= 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(address, port));
        } catch (IOException e) {
            String where = (address == null ? "" : address.getHostAddress() + ":") + port;
            throw new StartupProblem("Port " + where + " (" + property + ") is already in use or may not be used: "
                    + e.getMessage() + ".",
                    "Stop the process listening on port " + port + " (e.g. another OrgGraph), or pass another port: --"
                            + property + "=PORT (0 picks a free one).",
                    e);
        }
    }
}
