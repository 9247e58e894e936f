package io.closewright.forecast;

import io.closewright.identity.Visibility;

/**
 * Whose deals a figure covers: one person's own deals, or (team) the person and everyone below them in
 * the hierarchy. The viewer's visibility rule applies on top, inside the same SQL.
 */
record ForecastScope(long userId, String name, boolean team) {

    /** The SQL predicate on {@code o.owner_id}, binding {@code :scopeUser} and {@code :viewerId}. */
    String ownerPredicate(String ownerColumn) {
        String scope = team
                ? ownerColumn + " IN (SELECT t.user_id FROM user_reach t WHERE t.viewer_id = :scopeUser)"
                : ownerColumn + " = :scopeUser";
        return scope + " AND " + Visibility.visibleOwner(ownerColumn);
    }

    String label() {
        return team ? name + " and team" : name;
    }
}
