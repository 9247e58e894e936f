package io.closewright.identity;

/** A new workspace exists; modules add their defaults (stages, templates) in the same transaction. */
public record WorkspaceCreated(long workspaceId) {}
