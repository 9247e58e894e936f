package io.closewright.identity;

/** What it takes to add a user: the password is at least 10 characters and is stored only hashed. */
public record NewUser(String email, String name, String password, Role role, Long managerId) {}
