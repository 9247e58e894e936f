package io.closewright.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin of an empty database, from {@code CLOSEWRIGHT_ADMIN_EMAIL} and
 * {@code CLOSEWRIGHT_ADMIN_PASSWORD}; without a password one is generated and printed once.
 */
@ConfigurationProperties("closewright.admin")
record FirstAdminSettings(String email, String password, String workspace) {}
