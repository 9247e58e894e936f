package io.closewright.account;

/** What a user types for a contact. */
public record ContactDetails(String name, String email, String title, String phone, ContactRole role) {}
