package io.closewright.identity;

/**
 * The one visibility rule, as SQL: a rep sees their own records, a manager everyone below them in
 * the hierarchy, an admin the whole workspace. The rule is materialised in {@code user_reach} (one
 * row per viewer and visible user) so that every read path applies it inside its own SQL, and paging
 * and totals stay right.
 *
 * <p>Queries bind the viewer's id as the named parameter {@code viewerId}.
 */
public final class Visibility {

    private Visibility() {}

    /**
     * A predicate that holds when the user id in {@code ownerColumn} is visible to the viewer bound as
     * {@code :viewerId}.
     */
    public static String visibleOwner(String ownerColumn) {
        return ownerColumn + " IN (SELECT r.user_id FROM user_reach r WHERE r.viewer_id = :viewerId)";
    }
}
