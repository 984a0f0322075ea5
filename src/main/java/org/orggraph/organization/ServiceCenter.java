package org.orggraph.organization;

/** 党群服务中心: a party-and-people service center. */
public record ServiceCenter(String id, String name, String pinyin, String initials, boolean generated, String level,
        Double floorAreaM2, boolean inNewBuilding) {
}
