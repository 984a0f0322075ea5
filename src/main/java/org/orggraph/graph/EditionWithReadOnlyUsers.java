package org.orggraph.graph;

import java.nio.file.Path;
import java.util.function.Function;

import org.neo4j.configuration.Config;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilderImplementation;
import org.neo4j.graphdb.factory.module.GlobalModule;
import org.neo4j.graphdb.factory.module.edition.AbstractEditionModule;
import org.neo4j.graphdb.factory.module.edition.CommunityEditionModule;

/**
 * Neo4j Community with {@link ReadOnlyBoltUsers}: the edition module is where Neo4j makes its security module, and
 * {@link DatabaseManagementServiceBuilderImplementation#getEditionFactory} is the place Neo4j gives embedders to choose
 * the edition ({@code DatabaseManagementServiceBuilder} itself is final and always Community).
 */
final class EditionWithReadOnlyUsers extends CommunityEditionModule {

    private EditionWithReadOnlyUsers(GlobalModule global) {
        super(global);
    }

    @Override
    public void createSecurityModule(GlobalModule global) {
        super.createSecurityModule(global);
        setSecurityProvider(new ReadOnlyBoltUsers(getSecurityProvider(), EmbeddedCredentials.USERNAME));
    }

    /** Builds Community with this edition module; otherwise as {@code new DatabaseManagementServiceBuilder(home)}. */
    static final class Builder extends DatabaseManagementServiceBuilderImplementation {

        Builder(Path home) {
            super(home);
        }

        @Override
        protected Function<GlobalModule, AbstractEditionModule> getEditionFactory(Config config) {
            return EditionWithReadOnlyUsers::new;
        }
    }
}
