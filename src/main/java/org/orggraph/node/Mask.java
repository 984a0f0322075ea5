package org.orggraph.node;

/**
 * How a personal value looks to a caller whose role does not reach it, the way Chinese rosters print them: the
 * structure stays recognizable (a mobile number, an identity number, a date), the person does not.
 */
public enum Mask {
    /** 曾小贤 → 曾**: the surname's first character, a star for each other character. */
    NAME {
        @Override
        String text(String value) {
            return value.isEmpty() ? value : value.substring(0, value.offsetByCodePoints(0, 1))
                    + "*".repeat(value.codePointCount(0, value.length()) - 1);
        }
    },
    /** Nothing at all (pinyin and initials would spell the name). */
    HIDE {
        @Override
        String text(String value) {
            return null;
        }
    },
    /** 13812345678 → 138****5678. */
    PHONE {
        @Override
        String text(String value) {
            return keep(value, 3, 4);
        }
    },
    /** 44078419850307123X → 4407**********123X. */
    ID_NUMBER {
        @Override
        String text(String value) {
            return keep(value, 4, 4);
        }
    },
    /** 1985-03-07 → 1985-**-**: the year, which aggregates use, stays. */
    DATE {
        @Override
        String text(String value) {
            return value.length() < 4 ? "*".repeat(value.length()) : value.substring(0, 4) + value.substring(4).replaceAll("\\d", "*");
        }
    },
    /** 广东省鹤山市示例路12号3栋502 → 广东省鹤山市****: the city stays, where in it goes. */
    ADDRESS {
        @Override
        String text(String value) {
            int city = value.indexOf('市');
            int kept = city >= 0 ? city + 1 : Math.min(3, value.length());
            return value.substring(0, kept) + "****";
        }
    };

    /** The masked form of a value ({@code null} stays {@code null}). */
    public Object apply(Object value) {
        return value == null ? null : text(value.toString());
    }

    abstract String text(String value);

    private static String keep(String value, int head, int tail) {
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail) + value.substring(value.length() - tail);
    }
}
