package org.orggraph.node;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.orggraph.model.NodeLabel;

/**
 * The id prefix of every label of the model ({@code community:07} → {@code Community}); see
 * {@code cypher/schema/README.md}. A fixed table: it is part of the public id contract.
 */
final class IdPrefixes {

    private static final Map<String, NodeLabel> BY_PREFIX;
    private static final Map<NodeLabel, String> BY_LABEL;

    static {
        Map<NodeLabel, String> byLabel = new EnumMap<>(NodeLabel.class);
        byLabel.put(NodeLabel.City, "city");
        byLabel.put(NodeLabel.Street, "street");
        byLabel.put(NodeLabel.Town, "town");
        byLabel.put(NodeLabel.Village, "village");
        byLabel.put(NodeLabel.Community, "community");
        byLabel.put(NodeLabel.ResidentialCompound, "compound");
        byLabel.put(NodeLabel.Building, "building");
        byLabel.put(NodeLabel.IndustrialPark, "park");
        byLabel.put(NodeLabel.Grid, "grid");
        byLabel.put(NodeLabel.Unit, "unit");
        byLabel.put(NodeLabel.PartyOrganization, "po");
        byLabel.put(NodeLabel.Alliance, "alliance");
        byLabel.put(NodeLabel.ServiceCenter, "sc");
        byLabel.put(NodeLabel.VanguardTeam, "team");
        byLabel.put(NodeLabel.Person, "person");
        byLabel.put(NodeLabel.Need, "need");
        byLabel.put(NodeLabel.Resource, "resource");
        byLabel.put(NodeLabel.Project, "project");
        byLabel.put(NodeLabel.Activity, "activity");
        byLabel.put(NodeLabel.Summons, "summons");
        byLabel.put(NodeLabel.ChangeEvent, "event");
        byLabel.put(NodeLabel.DutyListItem, "duty");
        Map<String, NodeLabel> byPrefix = new LinkedHashMap<>();
        byLabel.forEach((label, prefix) -> byPrefix.put(prefix, label));
        BY_LABEL = Collections.unmodifiableMap(byLabel);
        BY_PREFIX = Collections.unmodifiableMap(byPrefix);
    }

    private IdPrefixes() {
    }

    static Optional<NodeLabel> labelOf(String id) {
        int colon = id == null ? -1 : id.indexOf(':');
        if (colon <= 0 || colon == id.length() - 1) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_PREFIX.get(id.substring(0, colon)));
    }

    static String prefixOf(NodeLabel label) {
        return BY_LABEL.get(label);
    }

    static String known() {
        return String.join(", ", BY_PREFIX.keySet());
    }
}
