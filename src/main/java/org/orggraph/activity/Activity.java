package org.orggraph.activity;

import java.time.LocalDate;

/** 活动: a service activity, joint meeting or the epidemic campaign. */
public record Activity(String id, String name, String kind, String meetingLevel, LocalDate date,
        Integer beneficiaries) {
}
