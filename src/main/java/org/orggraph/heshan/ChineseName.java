package org.orggraph.heshan;

import org.orggraph.names.ChinesePinyin;

/**
 * A Chinese name with the two spellings the {@code names} full-text index needs besides the hanzi: toneless
 * lower-case pinyin with the syllables joined ({@code shapingjiedao}) and the syllables' initials
 * ({@code spjd}). Always built through {@link #of}, {@link #ofParts} or {@link #ofPerson}, which spell it with
 * {@link ChinesePinyin}, so the three never disagree.
 */
public record ChineseName(String name, String pinyin, String initials) {

    /** A place, organization, activity or other name that is not a person's. */
    static ChineseName of(String name) {
        return with(name, ChinesePinyin.of(name));
    }

    /** A name put together from parts, each read on its own (see {@link ChinesePinyin#ofParts}). */
    static ChineseName ofParts(String... parts) {
        return with(String.join("", parts), ChinesePinyin.ofParts(parts));
    }

    /** A person's name: surname read as a surname. */
    static ChineseName ofPerson(String name) {
        return with(name, ChinesePinyin.ofPerson(name));
    }

    private static ChineseName with(String name, ChinesePinyin.Spelling spelling) {
        return new ChineseName(name, spelling.pinyin(), spelling.initials());
    }
}
