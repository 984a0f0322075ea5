package org.orggraph.activity;

import java.time.LocalDate;

/** 街道吹哨、部门报到: a case the street or a community raised and units answered. */
public record Summons(String id, String name, LocalDate date, String category) {
}
