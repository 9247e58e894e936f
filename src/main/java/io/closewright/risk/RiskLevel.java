package io.closewright.risk;

/** How much a deal is at risk; see docs/adr/0012 for the rules. */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH;

    /** Words for people: {@code Low risk}. */
    public String label() {
        return switch (this) {
            case LOW -> "Low risk";
            case MEDIUM -> "Medium risk";
            case HIGH -> "High risk";
        };
    }

    /** The Tabler badge classes of the level: green, amber, red with their readable foregrounds. */
    public String badgeClass() {
        return switch (this) {
            case LOW -> "bg-green text-green-fg";
            case MEDIUM -> "bg-yellow text-yellow-fg";
            case HIGH -> "bg-red text-red-fg";
        };
    }
}
