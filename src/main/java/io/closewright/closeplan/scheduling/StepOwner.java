package io.closewright.closeplan.scheduling;

/** The side of the deal that owns a step. */
public enum StepOwner {
    SELLER,
    BUYER,
    JOINT
}
