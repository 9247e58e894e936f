package io.closewright.ask;

/** Where an ask stands; an OPEN ask past its due date is overdue. */
public enum AskStatus {
    OPEN,
    DONE,
    DECLINED
}
