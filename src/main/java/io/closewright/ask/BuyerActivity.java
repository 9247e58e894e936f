package io.closewright.ask;

import java.time.Instant;

/** Something the buyer did on the shared page: a visit or a comment, for the rep to see. */
public record BuyerActivity(String kind, String contactName, String body, Instant at) {}
