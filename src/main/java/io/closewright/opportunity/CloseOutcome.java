package io.closewright.opportunity;

/** How a deal ended. */
public enum CloseOutcome {
    WON,
    LOST
}
