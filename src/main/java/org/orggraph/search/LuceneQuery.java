package org.orggraph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.orggraph.api.ApiException;

/**
 * Builds the Lucene query for the {@code names} index from what a user typed, so that no Lucene syntax of the
 * user's ever reaches the parser. The text is cut into words: runs of Chinese characters and runs of latin
 * letters/digits; everything else separates words. Each word becomes one clause, and all clauses must match:
 * <ul>
 * <li>two or more Chinese characters: the phrase in {@code name} (the cjk analyzer indexes bigrams, so any part
 * of a name matches);</li>
 * <li>one Chinese character: names with a bigram starting with it ({@code name:沙*});</li>
 * <li>latin letters/digits (lower-cased): a prefix of the pinyin or of the initials, or of a latin word of the
 * name; an exact pinyin or initials match counts more.</li>
 * </ul>
 */
final class LuceneQuery {

    static final int MAX_LENGTH = 100;
    static final int MAX_WORDS = 8;
    private static final Pattern WORD = Pattern.compile("(\\p{IsHan}+)|([\\p{IsLatin}\\p{Nd}]+)");
    private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

    private LuceneQuery() {
    }

    static String of(String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.badInput("search text must not be empty: type a part of a name, its pinyin or initials");
        }
        if (text.length() > MAX_LENGTH) {
            throw ApiException.badInput("search text may be at most " + MAX_LENGTH + " characters (got "
                    + text.length() + ")");
        }
        List<String> clauses = new ArrayList<>();
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            if (words.group(1) != null) {
                String han = escape(words.group(1));
                clauses.add(han.codePointCount(0, han.length()) == 1 ? "name:" + han + "*" : "name:\"" + han + "\"");
            } else {
                String latin = escape(words.group(2).toLowerCase(Locale.ROOT));
                clauses.add("(pinyin:" + latin + "* OR initials:" + latin + "* OR name:" + latin + "*"
                        + " OR pinyin:" + latin + "^4 OR initials:" + latin + "^4)");
            }
        }
        if (clauses.isEmpty()) {
            throw ApiException.badInput("'" + text + "' has nothing to search for: use Chinese characters, pinyin"
                    + " or initials (letters and digits); punctuation is ignored");
        }
        if (clauses.size() > MAX_WORDS) {
            throw ApiException.badInput("search text may have at most " + MAX_WORDS + " words (got "
                    + clauses.size() + ")");
        }
        return String.join(" AND ", clauses);
    }

    /** Backslash before every character Lucene's query syntax gives a meaning. */
    static String escape(String word) {
        StringBuilder escaped = new StringBuilder(word.length());
        for (char c : word.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
