package io.closewright.opportunity;

/** The orders a deal list can be sorted in, each with the column it sorts by. */
public enum OpportunitySort {
    NAME("LOWER(o.name)"),
    ACCOUNT("LOWER(a.name)"),
    OWNER("LOWER(u.name)"),
    AMOUNT("o.amount"),
    STAGE("s.sort_order"),
    CLOSE_DATE("o.close_date"),
    UPDATED("o.updated_at"),
    LAST_ACTIVITY("o.last_activity_at");

    final String column;

    OpportunitySort(String column) {
        this.column = column;
    }
}
