package org.orggraph.area;

/** 小区: a housing estate inside a community. */
public record ResidentialCompound(String id, String name, String pinyin, String initials, boolean generated) {
}
