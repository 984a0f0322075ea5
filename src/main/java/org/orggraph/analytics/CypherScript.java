package org.orggraph.analytics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A Cypher script as analysts write it: statements separated by {@code ;}, with {@code //} and {@code /* *&#47;}
 * comments. Splits it into statements and names the {@code $parameters} each one uses, skipping string literals,
 * quoted names and comments, so that a {@code ;} or {@code $} inside them means nothing.
 */
public final class CypherScript {

    private CypherScript() {
    }

    /** The statements of the script, without their terminating {@code ;}; blank and comment-only ones dropped. */
    public static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean hasCode = false;
        Scanner scanner = new Scanner(script);
        while (scanner.hasNext()) {
            Token token = scanner.next();
            if (token.kind() == Kind.CODE && token.text().equals(";")) {
                if (hasCode) {
                    statements.add(current.toString().strip());
                }
                current.setLength(0);
                hasCode = false;
                continue;
            }
            current.append(token.text());
            hasCode |= token.kind() != Kind.COMMENT && !token.text().isBlank();
        }
        if (hasCode) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    /** The names of the {@code $parameters} a statement uses, in order of first use. */
    public static Set<String> parameterNames(String statement) {
        Set<String> names = new LinkedHashSet<>();
        Scanner scanner = new Scanner(statement);
        while (scanner.hasNext()) {
            Token token = scanner.next();
            if (token.kind() == Kind.PARAMETER) {
                names.add(token.text().substring(1).replace("`", ""));
            }
        }
        return names;
    }

    private enum Kind {
        CODE, STRING, COMMENT, PARAMETER
    }

    private record Token(Kind kind, String text) {
    }

    /** Reads one token at a time: a string, quoted name, comment, parameter, or a single character of code. */
    private static final class Scanner {
        private final String text;
        private int pos;

        Scanner(String text) {
            this.text = text;
        }

        boolean hasNext() {
            return pos < text.length();
        }

        Token next() {
            int start = pos;
            char c = text.charAt(pos);
            if (c == '\'' || c == '"' || c == '`') {
                pos++;
                while (pos < text.length() && text.charAt(pos) != c) {
                    pos += text.charAt(pos) == '\\' && c != '`' ? 2 : 1;
                }
                pos = Math.min(pos + 1, text.length());
                return new Token(Kind.STRING, text.substring(start, pos));
            }
            if (text.startsWith("//", pos)) {
                int end = text.indexOf('\n', pos);
                pos = end < 0 ? text.length() : end;
                return new Token(Kind.COMMENT, text.substring(start, pos));
            }
            if (text.startsWith("/*", pos)) {
                int end = text.indexOf("*/", pos + 2);
                pos = end < 0 ? text.length() : end + 2;
                return new Token(Kind.COMMENT, text.substring(start, pos));
            }
            if (c == '$' && pos + 1 < text.length()) {
                pos++;
                if (text.charAt(pos) == '`') {
                    int end = text.indexOf('`', pos + 1);
                    pos = end < 0 ? text.length() : end + 1;
                } else {
                    while (pos < text.length() && Character.isJavaIdentifierPart(text.charAt(pos))) {
                        pos++;
                    }
                }
                if (pos > start + 1) {
                    return new Token(Kind.PARAMETER, text.substring(start, pos));
                }
                return new Token(Kind.CODE, "$");
            }
            pos++;
            return new Token(Kind.CODE, String.valueOf(c));
        }
    }
}
