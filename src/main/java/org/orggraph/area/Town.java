package org.orggraph.area;

/** 镇: a town of the city. */
public record Town(String id, String name, String pinyin, String initials, boolean generated) {
}
