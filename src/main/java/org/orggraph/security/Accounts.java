package org.orggraph.security;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.orggraph.api.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Everyone who may log in with a password (the login page, HTTP Basic): the administrator, then the users of the
 * configuration ({@link OfficeUsers}), then those of {@code <data-dir>/users} ({@link UserFile}), first match wins.
 */
final class Accounts implements UserDetailsService {

    private final Optional<AdminAccount> admin;
    private final OfficeUsers office;
    private final UserFile file;

    Accounts(Optional<AdminAccount> admin, OfficeUsers office, UserFile file) {
        this.admin = admin;
        this.office = office;
        this.file = file;
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        return find(name).orElseThrow(() -> new UsernameNotFoundException("No user " + name));
    }

    private Optional<UserDetails> find(String name) {
        if (admin.isPresent() && admin.get().username().equals(name)) {
            return Optional.of(user(name, admin.get().passwordHash(), Set.of(Role.ADMIN)));
        }
        OfficeUsers.OfficeUser configured = office.users().get(name);
        if (configured != null && configured.password() != null) {
            return Optional.of(user(name, configured.password(), configured.roles()));
        }
        return file.find(name).map(stored -> user(name, stored.passwordHash(), stored.roles()));
    }

    private static UserDetails user(String name, String hash, Collection<Role> roles) {
        return User.withUsername(name).password(hash).authorities(authorities(roles)).build();
    }

    static Collection<GrantedAuthority> authorities(Collection<Role> roles) {
        return roles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
    }
}
