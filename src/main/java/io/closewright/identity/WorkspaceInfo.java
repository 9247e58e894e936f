package io.closewright.identity;

/** A workspace as other modules see it: its name, currency and time zone. */
public record WorkspaceInfo(long id, String name, String currency, String timeZone) {}
