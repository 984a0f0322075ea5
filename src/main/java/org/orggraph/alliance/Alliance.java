package org.orggraph.alliance;

import java.time.LocalDate;

/** The GraphQL {@code Alliance}: a co-builder alliance (党建共同体), filled from the node's properties. */
public record Alliance(String id, String name, String pinyin, String initials, boolean generated,
        boolean urbanRegional, LocalDate founded) {
}
