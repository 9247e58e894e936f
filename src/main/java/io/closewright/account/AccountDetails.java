package io.closewright.account;

/**
 * What a user types for an account. On a change, null fields keep their value.
 */
public record AccountDetails(String name, String domain, String industry, Long ownerId) {}
