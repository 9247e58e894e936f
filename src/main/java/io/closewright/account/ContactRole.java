package io.closewright.account;

/** The part a contact plays in buying decisions. */
public enum ContactRole {
    CHAMPION,
    ECONOMIC_BUYER,
    DECISION_MAKER,
    INFLUENCER,
    LEGAL,
    PROCUREMENT,
    SECURITY,
    USER,
    OTHER;

    /** "Economic buyer" for ECONOMIC_BUYER. */
    public String label() {
        String words = name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
