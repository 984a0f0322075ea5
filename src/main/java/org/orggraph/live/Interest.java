package org.orggraph.live;

import java.util.List;
import java.util.Set;

/**
 * What a subscriber wants of the feed: the change types (empty: all), and an area and an alliance the subjects must
 * be in (null: anywhere).
 */
record Interest(Set<String> types, String areaId, String allianceId) {

    Interest {
        types = Set.copyOf(types);
    }

    boolean wantsType(String type) {
        return types.isEmpty() || types.contains(type);
    }

    boolean needsPlaces() {
        return areaId != null || allianceId != null;
    }

    static Interest of(List<String> types, String areaId, String allianceId) {
        return new Interest(types == null ? Set.of() : Set.copyOf(types), areaId, allianceId);
    }
}
