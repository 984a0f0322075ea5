package org.orggraph.history;

/** An item of the community access list (社区准入清单) or negative list (负面清单). */
public record DutyListItem(String id, String name, String list, String area) {
}
