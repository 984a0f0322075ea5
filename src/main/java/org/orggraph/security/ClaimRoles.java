package org.orggraph.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.orggraph.api.Role;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The roles of a JWT bearer token: the values of one claim ({@code orggraph.security.roles-claim}, default
 * {@code roles}), a list or a space-separated string, matched to {@link Role} names in any case. Values that name
 * no role are ignored: an identity provider's other groups mean nothing here.
 */
final class ClaimRoles implements Converter<Jwt, Collection<GrantedAuthority>> {

    private final String claim;

    ClaimRoles(String claim) {
        this.claim = claim;
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        Object value = jwt.getClaims().get(claim);
        Stream<String> names;
        if (value == null) {
            names = Stream.empty();
        } else if (value instanceof Collection<?> list) {
            names = list.stream().map(String::valueOf);
        } else {
            names = Arrays.stream(String.valueOf(value).split("[\\s,]+"));
        }
        List<Role> roles = names.map(name -> name.strip().toUpperCase(Locale.ROOT))
                .flatMap(name -> Arrays.stream(Role.values()).filter(role -> role.name().equals(name)))
                .distinct().toList();
        return Accounts.authorities(roles);
    }
}
