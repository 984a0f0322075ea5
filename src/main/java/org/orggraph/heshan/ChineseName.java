package org.orggraph.heshan;

/**
 * A Chinese name with the two spellings the {@code names} full-text index needs besides the hanzi: toneless
 * lower-case pinyin with the syllables joined ({@code shapingjiedao}) and the syllables' initials
 * ({@code spjd}). Always built through {@link Pinyin#of(String)}, so the three never disagree.
 */
public record ChineseName(String name, String pinyin, String initials) {
}
