package io.closewright.risk;

/**
 * The risk signals of an open deal, each with its weight in the level (see {@link RiskLevelPolicy}) and
 * words for people.
 */
public enum SignalCode {
    PLAN_OFF_TRACK(Severity.MAJOR, "Plan off track"),
    CLOSE_DATE_PAST(Severity.MAJOR, "Close date passed"),
    STEP_OVERDUE(Severity.MODERATE, "Step overdue"),
    BUYER_STEP_OVERDUE(Severity.MODERATE, "Buyer step overdue"),
    ASK_OVERDUE(Severity.MODERATE, "Ask overdue"),
    BLOCKER_AGING(Severity.MODERATE, "Blocker aging"),
    CLOSE_DATE_PUSHED(Severity.MODERATE, "Close date pushed"),
    STALE(Severity.MODERATE, "Stale"),
    NO_PLAN(Severity.MODERATE, "No close plan"),
    NO_RECENT_CHECKUP(Severity.MINOR, "No recent checkup"),
    SINGLE_THREADED(Severity.MINOR, "Single-threaded");

    /** How much a signal weighs: a major one alone makes a deal HIGH risk. */
    public enum Severity {
        MAJOR,
        MODERATE,
        MINOR
    }

    private final Severity severity;
    private final String label;

    SignalCode(Severity severity, String label) {
        this.severity = severity;
        this.label = label;
    }

    public Severity severity() {
        return severity;
    }

    public String label() {
        return label;
    }
}
