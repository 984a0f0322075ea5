package org.orggraph.area;

/** 工业园区: an industrial park; an organization that can belong to an alliance. */
public record IndustrialPark(String id, String name, String pinyin, String initials, boolean generated) {
}
