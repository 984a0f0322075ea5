package org.orggraph.security;

import java.util.EnumSet;
import java.util.Set;

import org.orggraph.api.Caller;
import org.orggraph.api.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The {@link Caller} of an authenticated principal: its name and the roles among its authorities. */
final class Callers {

    private Callers() {
    }

    static Caller of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Caller.NOBODY;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return new Caller(authentication.getName(), roles);
    }
}
