package org.orggraph.startup;

/**
 * The steps of a start that run after the web server is up, in this order. Each phase has a share of the
 * percentage shown by the readiness probe, roughly its share of a first start at scale 1 (the reference data load is
 * most of it; on a restart the database and the warm-up are).
 */
public enum StartupPhase {
    DATABASE("database", 0, 30),
    PROCEDURES("procedures", 30, 35),
    MIGRATIONS("migrations", 35, 40),
    REFERENCE_DATA("reference data", 40, 85),
    WARM_UP("warm-up", 85, 100);

    private final String label;
    private final int fromPercent;
    private final int toPercent;

    StartupPhase(String label, int fromPercent, int toPercent) {
        this.label = label;
        this.fromPercent = fromPercent;
        this.toPercent = toPercent;
    }

    /** The phase's name in the log, the readiness details and the GraphQL error. */
    public String label() {
        return label;
    }

    /** The start's percentage when this phase is {@code fraction} (0 to 1) done. */
    int percent(double fraction) {
        double bounded = Math.max(0, Math.min(1, fraction));
        return (int) Math.floor(fromPercent + bounded * (toPercent - fromPercent));
    }
}
