package org.orggraph.graph;

import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AbstractSecurityLog;
import org.neo4j.internal.kernel.api.security.AccessMode;
import org.neo4j.internal.kernel.api.security.AdminAccessMode;
import org.neo4j.internal.kernel.api.security.AdminActionOnResource;
import org.neo4j.internal.kernel.api.security.AuthSubject;
import org.neo4j.internal.kernel.api.security.LoginContext;
import org.neo4j.internal.kernel.api.security.PermissionState;
import org.neo4j.internal.kernel.api.security.SecurityContext;
import org.neo4j.kernel.database.PrivilegeDatabaseReference;

/**
 * The login of a read-only Bolt user: authenticated by Community's own realm, then authorized with
 * {@link ReadOnlyAccessMode} instead of Community's full access, on every database (the system database included,
 * where Community would let any user create users or change the administrator's password).
 */
final class ReadOnlyLogin extends LoginContext {

    private final LoginContext community;

    ReadOnlyLogin(LoginContext community) {
        super(community.subject(), community.connectionInfo());
        this.community = community;
    }

    @Override
    public boolean nativelyAuthenticated() {
        return community.nativelyAuthenticated();
    }

    @Override
    public SecurityContext authorize(IdLookup idLookup, PrivilegeDatabaseReference database, AbstractSecurityLog log) {
        SecurityContext full = community.authorize(idLookup, database, log);
        // A user who must change the password first may do only that, as in Community.
        if (full.mode() == AccessMode.Static.CREDENTIALS_EXPIRED) {
            return full;
        }
        return new ReadOnly(full.subject(), ReadOnlyAccessMode.create(), full.connectionInfo(), full.database());
    }

    /** Read-only also when Neo4j narrows the mode for a procedure call ({@link #withMode}): no admin action. */
    static final class ReadOnly extends SecurityContext {

        ReadOnly(AuthSubject subject, AccessMode mode, ClientConnectionInfo connection, String database) {
            super(subject, mode, connection, database);
        }

        @Override
        public PermissionState allowsAdminAction(AdminActionOnResource action) {
            return PermissionState.EXPLICIT_DENY;
        }

        @Override
        public PermissionState allowExecuteAdminProcedure(int procedureId) {
            return PermissionState.EXPLICIT_DENY;
        }

        @Override
        public SecurityContext authorize(IdLookup idLookup, PrivilegeDatabaseReference database,
                AbstractSecurityLog log) {
            return this;
        }

        @Override
        public SecurityContext withMode(AccessMode mode) {
            return new ReadOnly(subject(), mode, connectionInfo(), database());
        }

        @Override
        public SecurityContext withMode(AdminAccessMode mode) {
            return this;
        }
    }
}
