package org.orggraph.area;

/** 街道: a subdistrict of the city. */
public record Street(String id, String name, String pinyin, String initials, boolean generated) {
}
