package org.orggraph.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import com.github.houbb.pinyin.util.PinyinHelper;

/**
 * Toneless pinyin and initials of any Chinese text, for the {@code pinyin} and {@code initials} properties that the
 * {@code names} full-text index searches besides the hanzi. The readings come from the {@code com.github.houbb:pinyin}
 * dictionary (one reading per character, and a phrase dictionary read by word segmentation, so 银行 is yin-hang and
 * 重阳 chong-yang); everything is in the jar, nothing is fetched at run time. The library's own extension files,
 * {@code pinyin_dict_char_define.txt} and {@code pinyin_dict_phrase_define.txt} in {@code src/main/resources},
 * correct the few entries it gets wrong in names (支行 zhi-hang, 名都 ming-du, 晟 sheng).
 *
 * <p>The format: lower-case syllables joined without separator ({@code shapingjiedao}), ü written {@code v}
 * ({@code lv}); the initials are each syllable's first letter ({@code spjd}). A run of ASCII letters or digits
 * counts as one syllable and keeps all its digits in the initials ({@code 第11网格 -> di11wangge, d11wg});
 * full-width forms count as their ASCII twins, accents are dropped, and anything else without a reading
 * (punctuation, spaces, ·, a character the dictionary lacks) is left out. Nothing throws.
 *
 * <p>The dictionary has no surname mode, so {@link #ofPerson} reads the first character of a personal name on its
 * own, with {@link #SURNAMES} where the surname reading differs from the character's default (曾 zeng, not ceng),
 * and the given name after it as text (so 叶韵 is ye-yun, not the phrase xie-yun).
 */
public final class ChinesePinyin {

    /** A text's two spellings. */
    public record Spelling(String pinyin, String initials) {
    }

    /** Surnames whose reading differs from the character's default reading in the dictionary. */
    private static final Map<Character, String> SURNAMES = surnames("""
            曾zeng 单shan 解xie 区ou 仇qiu 朴piao 查zha 翟zhai 盖ge 缪miao 覃qin 乐yue 种chong 员yun 秘bi 召shao
            句gou 繁po 黑he 祭zhai 洗xian 折she 能nai 重chong 长chang 隗wei 薄bo 都du 卜bu 莘xin 郇xun 藏zang""");

    private ChinesePinyin() {
    }

    /** The pinyin and initials of a text: a place, an organization, an activity, anything but a person's name. */
    public static Spelling of(String text) {
        return spell(syllables(text));
    }

    /**
     * The pinyin and initials of a name made of parts, each read on its own so that no phrase spans two of them:
     * 河冈山庄 + 重阳敬老 + 活动 keeps chong-yang, where the whole text would read 庄重 zhuang-zhong.
     */
    public static Spelling ofParts(String... parts) {
        List<String> syllables = new ArrayList<>();
        for (String part : parts) {
            syllables.addAll(syllables(part));
        }
        return spell(syllables);
    }

    /** The pinyin and initials of a personal name: like {@link #of}, with the surname read as a surname. */
    public static Spelling ofPerson(String name) {
        return spell(personSyllables(name));
    }

    /** The toneless syllables of a text, one per Chinese character and one per run of ASCII letters or digits. */
    public static List<String> syllables(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            int j = i + Character.charCount(c);
            if (isAsciiLetterOrDigit(c)) {
                while (j < s.length() && isAsciiLetterOrDigit(s.charAt(j))) {
                    j++;
                }
                out.add(s.substring(i, j).toLowerCase(Locale.ROOT));
            } else if (isReadable(c)) {
                while (j < s.length() && isReadable(s.charAt(j))) {
                    j++;
                }
                readHanzi(s.substring(i, j), out);
            }
            i = j;
        }
        return out;
    }

    /** The syllables of a personal name: the surname's reading, then the rest of the name as text. */
    public static List<String> personSyllables(String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty() || !isReadable(trimmed.charAt(0))) {
            return syllables(trimmed);
        }
        String surname = SURNAMES.get(trimmed.charAt(0));
        List<String> out = new ArrayList<>(surname != null ? List.of(surname) : syllables(trimmed.substring(0, 1)));
        out.addAll(syllables(trimmed.substring(1)));
        return out;
    }

    private static Spelling spell(List<String> syllables) {
        StringBuilder pinyin = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        for (String s : syllables) {
            pinyin.append(s);
            initials.append(Character.isDigit(s.charAt(0)) ? s : s.substring(0, 1));
        }
        return new Spelling(pinyin.toString(), initials.toString());
    }

    /**
     * Adds the readings of a run of Chinese characters. The run goes to the dictionary whole, so that its word
     * segmentation sees the phrases; a character it cannot read comes back as itself and is left out.
     */
    private static void readHanzi(String run, List<String> out) {
        for (String syllable : PinyinHelper.toPinyin(run, PinyinStyleEnum.INPUT, " ").split(" ")) {
            if (!syllable.isEmpty() && syllable.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
                out.add(syllable);
            }
        }
    }

    /** Chinese characters of the basic plane (the dictionary reads those; 〇 included). */
    private static boolean isReadable(int c) {
        return c < Character.MIN_SUPPLEMENTARY_CODE_POINT && Character.isIdeographic(c);
    }

    private static boolean isAsciiLetterOrDigit(int c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static Map<Character, String> surnames(String table) {
        return java.util.Arrays.stream(table.strip().split("\\s+"))
                .collect(java.util.stream.Collectors.toUnmodifiableMap(e -> e.charAt(0), e -> e.substring(1)));
    }
}
