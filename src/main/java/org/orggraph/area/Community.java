package org.orggraph.area;

/** 社区: a neighbourhood committee area; an organization that can belong to an alliance. */
public record Community(String id, String name, String pinyin, String initials, boolean generated, boolean mainUrban,
        Integer households, Long serviceFundYuan, Long officeFundYuan) {
}
