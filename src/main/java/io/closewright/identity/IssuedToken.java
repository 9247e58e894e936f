package io.closewright.identity;

import java.time.Instant;

/** A freshly issued API token: shown once, never stored in clear. */
public record IssuedToken(String token, Instant expiresAt) {}
