package org.orggraph.member;

import org.orggraph.node.Personal;

/**
 * 人 / 党员: a person; {@code isMember} when they carry the {@code Member} label (a party member). The roster's
 * personal data (mobile, identity number, birth date, address) is masked by role (see the SDL's {@code @personal}).
 */
public record Person(String id, String name, String pinyin, String initials, boolean generated, String gender,
        Integer birthYear, boolean isMember, String mobile, String idNumber, String birthDate, String address)
        implements Personal {
}
