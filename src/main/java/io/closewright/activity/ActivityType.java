package io.closewright.activity;

/**
 * The kinds of activity a rep logs. Calls and meetings last a while and may be scheduled ahead; notes
 * and emails are written about what already happened.
 */
public enum ActivityType {
    NOTE("Note", "bi-sticky", false),
    CALL("Call", "bi-telephone", true),
    MEETING("Meeting", "bi-people", true),
    EMAIL("Email", "bi-envelope", false);

    private final String label;
    private final String icon;
    private final boolean timed;

    ActivityType(String label, String icon, boolean timed) {
        this.label = label;
        this.icon = icon;
        this.timed = timed;
    }

    public String label() {
        return label;
    }

    /** The bootstrap-icons class of the type. */
    public String icon() {
        return icon;
    }

    /** Whether it has a duration and may be scheduled in the future. */
    public boolean timed() {
        return timed;
    }
}
