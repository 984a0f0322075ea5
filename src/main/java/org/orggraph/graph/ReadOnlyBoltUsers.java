package org.orggraph.graph;

import java.util.Map;

import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AuthenticationResult;
import org.neo4j.internal.kernel.api.security.LoginContext;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.api.security.exception.InvalidAuthTokenException;
import org.neo4j.kernel.api.security.provider.SecurityProvider;

/**
 * Neo4j Community gives every user full access: it has no roles. Here every Neo4j user but the app's own
 * ({@code neo4j}, whose password is in {@code <data-dir>/credentials}) reads only: analysts' Bolt users, made with
 * {@code user add NAME --role ANALYST --bolt}, and any user an administrator creates with {@code CREATE USER}. Read-only
 * is the default, so a forgotten user is never a writer. Authentication itself stays Community's (its system graph,
 * its rate limit on failed logins).
 */
final class ReadOnlyBoltUsers implements SecurityProvider {

    private final SecurityProvider community;
    private final String writer;

    ReadOnlyBoltUsers(SecurityProvider community, String writer) {
        this.community = community;
        this.writer = writer;
    }

    @Override
    public AuthManager authManager() {
        return new ReadOnlyAuthManager(community.authManager());
    }

    @Override
    public AuthManager inClusterAuthManager() {
        return new ReadOnlyAuthManager(community.inClusterAuthManager());
    }

    @Override
    public AuthManager loopbackAuthManager() {
        return new ReadOnlyAuthManager(community.loopbackAuthManager());
    }

    private final class ReadOnlyAuthManager extends AuthManager {

        private final AuthManager community;

        ReadOnlyAuthManager(AuthManager community) {
            this.community = community;
        }

        @Override
        public LoginContext login(Map<String, Object> authToken, ClientConnectionInfo connection)
                throws InvalidAuthTokenException {
            LoginContext login = community.login(authToken, connection);
            AuthenticationResult result = login.subject().getAuthenticationResult();
            boolean authenticated = result == AuthenticationResult.SUCCESS
                    || result == AuthenticationResult.PASSWORD_CHANGE_REQUIRED;
            if (!authenticated || login.subject().hasUsername(writer)) {
                return login;
            }
            return new ReadOnlyLogin(login);
        }

        @Override
        public LoginContext impersonate(LoginContext login, String userToImpersonate) {
            // Enterprise only: Community refuses it.
            return community.impersonate(login, userToImpersonate);
        }
    }
}
