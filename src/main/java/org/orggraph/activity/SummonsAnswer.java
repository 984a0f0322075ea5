package org.orggraph.activity;

import java.time.LocalDate;

import org.orggraph.organization.Unit;

/** A unit's answer to a summons ({@code ANSWERED {date}}). */
public record SummonsAnswer(Unit unit, Summons summons, LocalDate date) {
}
