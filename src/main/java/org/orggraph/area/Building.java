package org.orggraph.area;

/** 楼栋: a block of a residential compound. */
public record Building(String id, String name, String pinyin, String initials, boolean generated, Integer stairwells) {
}
