package org.orggraph.security;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.orggraph.api.Role;
import org.orggraph.graph.OwnerOnly;

/**
 * The users added with {@code java -jar orggraph.jar user add}: {@code <data-dir>/users}, owner-only, a Java
 * properties file with {@code NAME.password} (the hash, {@code {bcrypt}…}) and {@code NAME.roles} per user. Read
 * at every login, so a user added or removed while the app runs counts at once.
 */
public final class UserFile {

    /** Letters, digits and {@code . _ @ -}: safe as a properties key and in a log line. */
    public static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");
    private static final String PASSWORD = ".password";
    private static final String ROLES = ".roles";

    private final Path file;

    public UserFile(Path file) {
        this.file = file;
    }

    public static UserFile in(Path dataDir) {
        return new UserFile(dataDir.resolve("users"));
    }

    public Path path() {
        return file;
    }

    /** A stored user: the password hash and the roles. */
    public record StoredUser(String name, String passwordHash, Set<Role> roles) {

        @Override
        public String toString() {
            return "StoredUser[name=" + name + ", roles=" + roles + "]";
        }
    }

    public Optional<StoredUser> find(String name) {
        Properties properties = read();
        String hash = properties.getProperty(name + PASSWORD);
        return hash == null ? Optional.empty()
                : Optional.of(new StoredUser(name, hash, roles(properties.getProperty(name + ROLES, ""))));
    }

    /** Every stored user by name, sorted. */
    public Map<String, StoredUser> all() {
        Properties properties = read();
        Map<String, StoredUser> users = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.endsWith(PASSWORD)) {
                String name = key.substring(0, key.length() - PASSWORD.length());
                users.put(name, new StoredUser(name, properties.getProperty(key),
                        roles(properties.getProperty(name + ROLES, ""))));
            }
        }
        return users;
    }

    /** Adds the user, or replaces their password and roles. */
    public void put(StoredUser user) {
        if (!NAME.matcher(user.name()).matches()) {
            throw new IllegalArgumentException("A user name has 1 to 64 letters, digits or . _ @ - (got '"
                    + user.name() + "')");
        }
        Properties properties = read();
        properties.setProperty(user.name() + PASSWORD, user.passwordHash());
        properties.setProperty(user.name() + ROLES,
                user.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")));
        write(properties);
    }

    /** Removes the user; false if there was none of that name. */
    public boolean remove(String name) {
        Properties properties = read();
        boolean removed = properties.remove(name + PASSWORD) != null;
        properties.remove(name + ROLES);
        if (removed) {
            write(properties);
        }
        return removed;
    }

    private static Set<Role> roles(String text) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Role::valueOf)
                .forEach(roles::add);
        return roles;
    }

    private Properties read() {
        return OwnerOnly.load(file);
    }

    private void write(Properties properties) {
        OwnerOnly.store(file, properties, "OrgGraph's users (java -jar orggraph.jar user add|remove|list); passwords hashed");
    }
}
