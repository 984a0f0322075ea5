package org.orggraph.analytics;

import java.util.ArrayList;
import java.util.List;

/**
 * The two procedure libraries the analyses use. OrgGraph's embedded database has both; a Neo4j server needs them
 * installed as plugins, and when one is missing the error says which and where the README explains it.
 */
public enum PluginRequirement {

    APOC("apoc.", "APOC core (the apoc-<version>-core.jar matching the server's version, from the server's labs/ folder)"),
    GDS("gds.", "Graph Data Science (neo4j-graph-data-science 2.13.x for Neo4j 5.26)");

    private final String prefix;
    private final String plugin;

    PluginRequirement(String prefix, String plugin) {
        this.prefix = prefix;
        this.plugin = plugin;
    }

    /**
     * An extra sentence for an error about a missing procedure or function: which of APOC and GDS the statement
     * uses, and where the README says how to install them. Empty for other errors.
     */
    public static String hintFor(String message, String statement) {
        if (message == null) {
            return "";
        }
        boolean missing = message.contains("There is no procedure") || message.contains("Unknown function")
                || message.contains("is not registered") || message.contains("no function");
        if (!missing) {
            return "";
        }
        List<String> needed = new ArrayList<>();
        for (PluginRequirement requirement : values()) {
            if (message.contains(requirement.prefix) || (statement != null && statement.contains(requirement.prefix))) {
                needed.add(requirement.plugin);
            }
        }
        if (needed.isEmpty()) {
            return "";
        }
        return "\nThis query needs " + String.join(" and ", needed) + ". OrgGraph's embedded database has both; on"
                + " a Neo4j server, install the plugins and allow them (dbms.security.procedures.unrestricted="
                + "apoc.*,gds.*) as README.md's 'Cypher for analysts' section describes.";
    }
}
