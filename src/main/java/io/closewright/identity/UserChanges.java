package io.closewright.identity;

import java.util.Optional;

/**
 * An admin's change to a user. A null field keeps its current value; {@code managerId} is
 * {@code Optional.empty()} to remove the manager.
 */
public record UserChanges(String name, Role role, Optional<Long> managerId, Boolean active) {}
