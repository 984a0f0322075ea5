package org.orggraph.model;

/**
 * The labels of the OrgGraph model. They are a public contract: analysts write Cypher against them,
 * and Cypher templates may only ever name a label through this enum, never through user input.
 */
public enum NodeLabel {
    City, Town, Street, Village, Community, ResidentialCompound, Building, IndustrialPark, Grid,
    Unit, PartyOrganization, Alliance, ServiceCenter, VanguardTeam,
    Person, Member,
    Need, Resource, Project, Activity, Summons, ChangeEvent, DutyListItem;

    private static final java.util.Map<String, NodeLabel> BY_NAME = java.util.Arrays.stream(values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Enum::name, l -> l));

    /** The label of this name, or {@code null} when the model has none. */
    public static NodeLabel of(String name) {
        return BY_NAME.get(name);
    }

    /** The Cypher spelling; safe to splice into a statement because it comes from this enum only. */
    public String cypher() {
        return "`" + name() + "`";
    }
}
