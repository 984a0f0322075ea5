package org.orggraph.area;

/** 村: a village under a town. */
public record Village(String id, String name, String pinyin, String initials, boolean generated) {
}
