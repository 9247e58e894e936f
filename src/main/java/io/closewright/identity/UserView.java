package io.closewright.identity;

import org.jspecify.annotations.Nullable;

/** A user as lists, forms and the API show them; never carries the password hash. */
public record UserView(
        long id,
        String email,
        String name,
        Role role,
        @Nullable Long managerId,
        boolean active,
        long version) {}
