package org.orggraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** The roles of a bearer token: from the configured claim, a list or a string, any case, other groups ignored. */
class ClaimRolesTest {

    private static List<String> roles(String claim, Object value) {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("li.ming").issuedAt(Instant.now())
                .claim(claim, value).build();
        return new ClaimRoles("groups").convert(jwt).stream().map(GrantedAuthority::getAuthority).toList();
    }

    @Test
    void aListOrAStringOfRoleNamesInAnyCaseBecomesTheirAuthorities() {
        assertThat(roles("groups", List.of("viewer", "Analyst", "sales", "ANALYST")))
                .containsExactly("ROLE_VIEWER", "ROLE_ANALYST");
        assertThat(roles("groups", "planner editor")).containsExactly("ROLE_PLANNER", "ROLE_EDITOR");
        assertThat(roles("groups", "admin,viewer")).containsExactly("ROLE_ADMIN", "ROLE_VIEWER");
    }

    @Test
    void anotherClaimOrNoRoleNameGivesNoRole() {
        assertThat(roles("roles", List.of("ADMIN"))).isEmpty();
        assertThat(roles("groups", List.of("ROLE_ADMIN", "administrators"))).isEmpty();
    }
}
