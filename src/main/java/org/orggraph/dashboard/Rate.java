package org.orggraph.dashboard;

/** {@code covered} of {@code total}, and their ratio (null when there is nothing to cover). */
record Rate(int covered, int total, Double rate) {

    static Rate of(int covered, int total) {
        return new Rate(covered, total, total == 0 ? null : Math.round(10_000.0 * covered / total) / 10_000.0);
    }
}
