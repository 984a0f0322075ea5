package org.orggraph.graph;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;

import org.neo4j.internal.kernel.api.security.AccessMode;
import org.neo4j.internal.kernel.api.security.PermissionState;

/**
 * What a read-only Bolt user may do: Neo4j's own {@link AccessMode.Static#READ} (read everything, write nothing, no
 * schema, no new labels or property keys), less loading files ({@code LOAD CSV}) and administrative procedures,
 * which {@code READ} allows. A proxy rather than fifty delegating methods: every other question is answered by
 * {@code READ} itself, also those a later Neo4j adds to the interface.
 */
final class ReadOnlyAccessMode {

    static final String NAME = "read-only";

    private static final Set<String> DENIED = Set.of("allowsLoadAllData", "allowsLoadUri",
            "allowExecuteAdminProcedures");

    private ReadOnlyAccessMode() {
    }

    static AccessMode create() {
        return (AccessMode) Proxy.newProxyInstance(AccessMode.class.getClassLoader(), new Class<?>[] {AccessMode.class},
                (proxy, method, args) -> {
                    if (DENIED.contains(method.getName())) {
                        return PermissionState.EXPLICIT_DENY;
                    }
                    switch (method.getName()) {
                        case "name":
                            return NAME;
                        case "equals":
                            return proxy == args[0];
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "toString":
                            return "AccessMode[" + NAME + "]";
                        default:
                            try {
                                return method.invoke(AccessMode.Static.READ, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                    }
                });
    }
}
