package io.closewright.closeplan.scheduling;

/** Whether a step is still to do or done. */
public enum StepStatus {
    OPEN,
    DONE
}
