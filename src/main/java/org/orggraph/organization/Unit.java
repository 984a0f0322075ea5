package org.orggraph.organization;

/** 机关事业单位 / 企业: an employer whose party organizations join alliances. */
public record Unit(String id, String name, String pinyin, String initials, boolean generated, String kind,
        Integer employees) {
}
