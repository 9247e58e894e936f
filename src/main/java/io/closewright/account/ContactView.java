package io.closewright.account;

import org.jspecify.annotations.Nullable;

/** A contact as pages and the API show it. */
public record ContactView(
        long id,
        long accountId,
        String name,
        @Nullable String email,
        @Nullable String title,
        @Nullable String phone,
        ContactRole role,
        long version) {}
