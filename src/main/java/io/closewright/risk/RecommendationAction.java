package io.closewright.risk;

/** What a rep is advised to do about a deal at risk. */
public enum RecommendationAction {
    REEVALUATE_CLOSE_DATE("Re-date the deal"),
    NOTIFY_MANAGER("Tell your manager"),
    MOVE_TO_NURTURE("Move to nurture"),
    ADD_STAKEHOLDER("Add a stakeholder"),
    SCHEDULE_CHECKUP("Schedule a checkup");

    private final String label;

    RecommendationAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
