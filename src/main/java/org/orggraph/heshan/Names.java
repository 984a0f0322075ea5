package org.orggraph.heshan;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Generated names: people, places and enterprises, built from the vocabularies in {@link Texts}. One instance per generation run; it remembers the place and brand names already given so that
 * two communities, villages or compounds never share a name (the set is only asked, never iterated).
 */
final class Names {

    private static final String[] NUMERALS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private final Set<String> usedPlaces = new HashSet<>();
    private final Set<String> usedOthers = new HashSet<>();

    /** A person's name: a surname (frequent ones more often) and one or two given-name characters. */
    static ChineseName person(Random random, boolean female) {
        // skewed draw: the first surnames of the list (李, 黄, 陈, 梁 …) are the most common in Jiangmen
        int index = (int) (Texts.SURNAMES.size() * Math.pow(random.nextDouble(), 1.8));
        String surname = Texts.SURNAMES.get(index);
        String given = female ? Texts.FEMALE_GIVEN : Texts.MALE_GIVEN;
        StringBuilder name = new StringBuilder(surname);
        name.append(given.charAt(random.nextInt(given.length())));
        if (random.nextDouble() < 0.7) {
            name.append(given.charAt(random.nextInt(given.length())));
        }
        return ChineseName.ofPerson(name.toString());
    }

    /** A two-character place name not given before (for communities, villages, compounds, schools). */
    String place(Random random) {
        for (int attempt = 0; attempt < 10_000; attempt++) {
            String name = "" + Texts.PLACE_FIRST.charAt(random.nextInt(Texts.PLACE_FIRST.length()))
                    + Texts.PLACE_SECOND.charAt(random.nextInt(Texts.PLACE_SECOND.length()));
            if (name.charAt(0) != name.charAt(1) && usedPlaces.add(name)) {
                return name;
            }
        }
        throw new IllegalStateException("ran out of place names");
    }

    /** A compound name: a new place name and a suffix such as 花园 or 华庭. */
    String compound(Random random) {
        return place(random) + Texts.COMPOUND_SUFFIXES.get(random.nextInt(Texts.COMPOUND_SUFFIXES.size()));
    }

    /** A private enterprise's name, unique: 鹤山市宏达五金制品有限公司. */
    String enterprise(Random random) {
        for (int attempt = 0; attempt < 10_000; attempt++) {
            String b = Texts.BRAND_SYLLABLES;
            String brand = "" + b.charAt(random.nextInt(b.length())) + b.charAt(random.nextInt(b.length()));
            String industry = Texts.INDUSTRIES.get(random.nextInt(Texts.INDUSTRIES.size()));
            double form = random.nextDouble();
            String name = form < 0.7 ? "鹤山市" + brand + industry + "有限公司"
                    : form < 0.9 ? "广东" + brand + industry + "有限公司" : "江门" + brand + industry + "股份有限公司";
            if (brand.charAt(0) != brand.charAt(1) && usedOthers.add(brand)) {
                return name;
            }
        }
        throw new IllegalStateException("ran out of enterprise names");
    }

    /** A name that must be unique among the {@link #unique} ones (for generated institutions). */
    boolean unique(String name) {
        return usedOthers.add(name);
    }

    /** Chinese numerals 1–99 as in 第十一网格, 第二十八党支部. */
    static String numeral(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("numeral out of range: " + n);
        }
        if (n < 10) {
            return NUMERALS[n];
        }
        return (n / 10 == 1 ? "" : NUMERALS[n / 10]) + "十" + NUMERALS[n % 10];
    }
}
