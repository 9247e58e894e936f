package io.closewright.account;

/** A contact as pages and the API show it. */
public record ContactView(
        long id,
        long accountId,
        String name,
        String email,
        String title,
        String phone,
        ContactRole role,
        long version) {}
