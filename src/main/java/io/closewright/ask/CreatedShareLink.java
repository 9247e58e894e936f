package io.closewright.ask;

import java.time.Instant;

/** A new share link; its secret token is shown here once and never stored in clear. */
public record CreatedShareLink(long id, String token, Instant expiresAt) {}
