package io.closewright.opportunity;

/** Where a deal is in its life: open in the pipeline, won, lost, or parked in a nurture campaign. */
public enum OpportunityStatus {
    OPEN,
    WON,
    LOST,
    NURTURE
}
