package org.orggraph.dashboard;

/** Activity in one calendar month ({@code 2021-03}). */
record MonthlyActivity(String month, int activities, int participations, int beneficiaries) {
}
