package org.orggraph.area;

/** 市: the top of the area hierarchy (Heshan). Properties as in the model. */
public record City(String id, String name, String pinyin, String initials, boolean generated, Double areaKm2,
        Integer population, Long specialFundYuan, Integer specialFundSince, Long communityWorkerPayBudgetYuan) {
}
