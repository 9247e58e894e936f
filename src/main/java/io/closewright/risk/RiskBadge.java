package io.closewright.risk;

/** The risk badge of a deal: its level and, for the hover, the signals named. */
public record RiskBadge(long opportunityId, RiskLevel level, String summary) {}
