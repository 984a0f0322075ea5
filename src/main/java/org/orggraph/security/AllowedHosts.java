package org.orggraph.security;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.orggraph.api.ApiError;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Against DNS rebinding: with {@code orggraph.security.allowed-hosts} set, a request whose Host names another host
 * (a page of another site that made its own name resolve to this server) gets 421 MISDIRECTED_REQUEST before
 * anything else looks at it. Without the list every host is answered.
 */
final class AllowedHosts extends OncePerRequestFilter {

    private final Set<String> hosts;
    private final GraphQlErrorResponses responses;

    AllowedHosts(List<String> hosts, GraphQlErrorResponses responses) {
        this.hosts = hosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        this.responses = responses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String host = request.getServerName() == null ? "" : request.getServerName().toLowerCase(Locale.ROOT);
        if (!hosts.isEmpty() && !hosts.contains(host)) {
            responses.write(response, 421, ApiError.MISDIRECTED_REQUEST, "This server does not answer to the host '"
                    + host + "' (orggraph.security.allowed-hosts)");
            return;
        }
        chain.doFilter(request, response);
    }
}
