package io.closewright.identity;

/** A user as lists, forms and the API show them; never carries the password hash. */
public record UserView(long id, String email, String name, Role role, Long managerId, boolean active, long version) {}
