package io.closewright.focus;

/** Whether a rep's task is still to do. */
public enum TaskStatus {
    OPEN,
    DONE
}
