package org.orggraph.area;

/** 网格: a large grid of the street. */
public record Grid(String id, String name, String pinyin, String initials, boolean generated, Integer number) {
}
