package org.orggraph.member;

/** 人 / 党员: a person; {@code isMember} when they carry the {@code Member} label (a party member). */
public record Person(String id, String name, String pinyin, String initials, boolean generated, String gender,
        Integer birthYear, boolean isMember) {
}
